//! Unit-level checks of the VM through its library API: the int representation
//! boundaries, the dict, and the compiler's register allocation.

use pvm::bytecode::opcodes::{Instr, Op};
use pvm::objects::ObjKind;
use pvm::vm::Vm;
use pvm::Value;

/// Runs `src` and returns what it printed (the VM's stdout buffer, never flushed here).
fn run(src: &str) -> String {
    let mut vm = Vm::new();
    if vm.run_source(src, "<test>").is_err() {
        panic!("program failed: {}", src);
    }
    String::from_utf8(vm.out.clone()).expect("utf-8 output")
}

#[test]
fn int_representation_boundaries() {
    let mut vm = Vm::new();
    let small_max = vm.new_int((1 << 47) - 1);
    assert!(small_max.is_int());
    let med = vm.new_int(1 << 47);
    assert!(matches!(med.kind(), Some(ObjKind::MedInt(_))));
    let med_neg = vm.new_int(-(1 << 47) - 1);
    assert!(matches!(med_neg.kind(), Some(ObjKind::MedInt(_))));
    let big = vm.new_int_big(num_bigint::BigInt::from(1u128 << 64));
    assert!(matches!(big.kind(), Some(ObjKind::BigInt(_))));
    // a big result that fits again comes back inline
    let back = vm.new_int_big(num_bigint::BigInt::from(12345));
    assert!(back.is_int() && back.as_int() == 12345);
}

#[test]
fn int_arithmetic_crosses_boundaries() {
    let out = run("a = 2**47 - 1\nb = a + 1\nc = b * 2**20\nd = c * c\nprint(a, b, c, d)\nprint(d // c // 2**20 - 1 == a, (b - 1) == a, -b - 1, d - d)\n");
    assert_eq!(out, "140737488355327 140737488355328 147573952589676412928 21778071482940061661655974875633165533184\nTrue True -140737488355329 0\n");
}

#[test]
fn dict_semantics() {
    let out = run("d = {1: 'a'}\nd[1.0] = 'b'\nd[True] = 'c'\nprint(d, len(d))\nd['x'] = 1\nd['y'] = 2\ndel d[1]\nd[1] = 'z'\nprint(list(d))\n");
    assert_eq!(out, "{1: 'c'} 1\n['x', 'y', 1]\n");
}

#[test]
fn dict_versions_track_key_sets_only() {
    let mut vm = Vm::new();
    let d = vm.new_dict();
    let k = vm.intern("k");
    let h = k.as_strobj().expect("str").hash();
    let dict = d.as_dict().expect("dict");
    let v0 = dict.borrow().version;
    dict.borrow_mut().insert(h, k, Value::small_int(1));
    let v1 = dict.borrow().version;
    assert_ne!(v0, v1, "adding a key changes the version");
    dict.borrow_mut().insert(h, k, Value::small_int(2));
    assert_eq!(v1, dict.borrow().version, "updating a value keeps the version");
    dict.borrow_mut().remove(h, k);
    assert_ne!(v1, dict.borrow().version, "removing a key changes the version");
}

#[test]
fn dict_compaction_keeps_order() {
    let out = run("d = {}\nfor i in range(100):\n    d[i] = i\nfor i in range(0, 90):\n    del d[i]\nd[5] = 5\nprint(list(d))\n");
    assert_eq!(out, "[90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 5]\n");
}

/// The code object of the first function defined in `src`.
fn first_function_code(vm: &mut Vm, src: &str) -> Value {
    let module = pvm::compiler::compile_module(vm, src, "<test>").expect("compiles");
    let code = module.as_code().expect("code");
    *code.consts.iter().find(|c| c.as_code().is_some()).expect("a function code object")
}

fn ops_of(code: Value) -> Vec<Instr> {
    code.as_code().expect("code").instrs.iter().map(|w| Instr(w.get())).collect()
}

#[test]
fn locals_are_operands_directly() {
    let mut vm = Vm::new();
    let f = first_function_code(&mut vm, "def f(a, b, c):\n    a = b + c\n    return a\n");
    let ins = ops_of(f);
    // `a = b + c` is a single Add on the locals' own registers, then Return a.
    assert_eq!(ins[0].op(), Op::Add);
    assert_eq!((ins[0].a(), ins[0].b(), ins[0].c()), (0, 1, 2));
    assert_eq!(ins[1].op(), Op::Return);
    assert_eq!(ins[1].a(), 0);
    assert!(!ins.iter().any(|i| i.op() == Op::Move), "no moves needed");
}

#[test]
fn temporaries_live_above_locals() {
    let mut vm = Vm::new();
    let f = first_function_code(&mut vm, "def f(x, y):\n    z = (x + 1) * (y - 2)\n    return z\n");
    let code = f.as_code().expect("code");
    assert_eq!(code.nlocals, 3);
    for i in ops_of(f) {
        if matches!(i.op(), Op::AddImm | Op::SubImm) {
            assert!(i.a() >= 3, "temporary r{} overlaps a local", i.a());
        }
        if i.op() == Op::Mul {
            assert_eq!(i.a(), 2, "the product is written straight into z");
        }
    }
}

#[test]
fn loop_condition_is_one_fused_instruction() {
    let mut vm = Vm::new();
    let f = first_function_code(&mut vm, "def f(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n");
    let ins = ops_of(f);
    assert!(ins.iter().any(|i| i.op() == Op::JumpIfNotLt && i.a() == 1 && i.b() == 0));
    assert!(!ins.iter().any(|i| i.op() == Op::Lt));
}
