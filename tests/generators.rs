//! Generators as the collector and the Rust stack see them: suspended generators that
//! are dropped are collected with their registers, and a chain of delegating
//! generators far deeper than the recursion limit ends in RecursionError, not a crash.

use pvm::vm::Vm;

fn run(src: &str) -> (Vm, String) {
    run_with(src, false)
}

/// With `stress`, the collector runs (minor, then a checking full one) at every
/// safepoint, and a reachable freed object aborts the process.
fn run_with(src: &str, stress: bool) -> (Vm, String) {
    let mut vm = Vm::new();
    vm.heap.set_stress(stress);
    match vm.run_source(src, "<generator test>") {
        Ok(_) => {}
        Err(pvm::vm::RunError::Syntax(e)) => panic!("syntax error: {:?}", e),
        Err(pvm::vm::RunError::Exception(e)) => panic!("exception: {}", pvm::vm::traceback::format_exception(&mut vm, e.0)),
    }
    let out = String::from_utf8(vm.out.clone()).unwrap_or_default();
    (vm, out)
}

#[test]
fn dropped_suspended_generators_are_collected() {
    // Each round leaves a generator suspended in the middle of its body, holding a
    // list of its own in a register, and drops it.
    let src = "def producer(n):\n    payload = [n] * 50\n    for i in range(n):\n        yield payload[0] + i\n\ndef main():\n    total = 0\n    for r in range(100000):\n        g = producer(r + 10)\n        total += next(g) + next(g)\n    print(total)\nmain()\n";
    let (vm, out) = run(src);
    assert_eq!(out, "10002000000\n");
    let stats = &vm.heap.stats;
    assert!(stats.collections > 5, "the collector ran ({} collections)", stats.collections);
    assert!(stats.peak_heap < 16 << 20, "peak heap {} bytes: suspended generators were kept", stats.peak_heap);
    assert!(vm.heap.live_objects() < 60_000, "{} objects still live", vm.heap.live_objects());
}

#[test]
fn long_lived_generator_keeps_young_values_alive() {
    // One generator lives across many collections (so it is old) while each resumption
    // stores freshly allocated lists in its registers: the collector must still see them.
    let src = "def keeper():\n    held = []\n    while True:\n        held = [len(held)] + [0] * 3\n        x = yield held\n        held.append(x)\n\ndef main():\n    g = keeper()\n    next(g)\n    total = 0\n    for i in range(300000):\n        junk = [i, i, i]\n        v = g.send([i])\n        total += v[0] + len(v)\n    print(total)\nmain()\n";
    let (_vm, out) = run(src);
    assert_eq!(out, "2700000\n");
    // the same under stress: every resumption happens with the generator old
    let (_vm, out) = run_with(&src.replace("300000", "2000"), true);
    assert_eq!(out, "18000\n");
}

#[test]
fn a_deep_yield_from_chain_raises_recursion_error() {
    let src = "def source():\n    yield 1\n\ndef relay(inner):\n    return (yield from inner)\n\ng = source()\nfor _ in range(100000):\n    g = relay(g)\ntry:\n    print(next(g))\nexcept RecursionError as e:\n    print('RecursionError:', e)\n";
    let (_vm, out) = run(src);
    assert_eq!(out, "RecursionError: maximum recursion depth exceeded\n");
}
