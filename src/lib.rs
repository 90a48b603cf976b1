//! PVM: a register-based Python 3 virtual machine.
//!
//! Pipeline: source → `rustpython-parser` AST → [`compiler`] → register bytecode
//! ([`bytecode`]) → [`vm`] over NaN-boxed [`value::Value`]s, with objects in the
//! garbage-collected [`heap`] and Python semantics in [`objects`] and [`builtins`].

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod heap;
pub mod modules;
pub mod objects;
pub mod repl;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::Vm;
