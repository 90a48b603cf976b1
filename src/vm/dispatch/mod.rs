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
