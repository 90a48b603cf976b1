//! Dispatch backends: how control passes from one instruction to the next.
//!
//! The semantics of every instruction live once, in `interp.rs`, as handler methods
//! on `Cx`. Each backend here is generated from `for_each_op!` and only decides how
//! the next handler is reached, so strategies can be swapped (and measured against
//! each other) without touching semantics.

pub mod switch;
pub mod threaded;

/// A dispatch strategy, chosen at run time with `pvm --dispatch=NAME`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Dispatch {
    /// One `match` over the opcode inside a loop; LLVM lowers it to a jump table.
    #[default]
    Switch,
    /// One handler function per opcode; each handler tail-calls the next one through a
    /// table, with the hot state in argument registers.
    Threaded,
}

impl Dispatch {
    pub const ALL: [Dispatch; 2] = [Dispatch::Switch, Dispatch::Threaded];

    pub fn name(self) -> &'static str {
        match self {
            Dispatch::Switch => "switch",
            Dispatch::Threaded => "threaded",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Dispatch::Switch => "one match loop over the opcode (a jump table)",
            Dispatch::Threaded => "a handler function per opcode, each tail-calling the next through a table",
        }
    }

    pub fn from_name(name: &str) -> Option<Dispatch> {
        Dispatch::ALL.into_iter().find(|d| d.name() == name)
    }
}

/// Runs the top frame with the VM's strategy, counting per opcode under `--stats`.
pub fn run(vm: &mut crate::vm::Vm) -> crate::vm::PyResult<crate::value::Value> {
    match (vm.dispatch, vm.count_stats) {
        (Dispatch::Switch, false) => switch::run::<false>(vm),
        (Dispatch::Switch, true) => switch::run::<true>(vm),
        (Dispatch::Threaded, false) => threaded::run::<false>(vm),
        (Dispatch::Threaded, true) => threaded::run::<true>(vm),
    }
}

/// An opcode byte no instruction has. The compiler never emits one; this keeps a
/// damaged code object from doing anything but raising.
#[cold]
#[inline(never)]
fn invalid_opcode(vm: &mut crate::vm::Vm, ins: crate::bytecode::opcodes::Instr) -> crate::vm::interp::Stop {
    let c = vm.types.runtime_error;
    crate::vm::interp::Stop::Error(vm.err(c, &format!("invalid opcode {}", ins.op_byte())))
}
