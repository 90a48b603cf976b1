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

#[test]
fn every_way_of_resuming_deep_chains_raises_or_ends() {
    // tests/py/generator_deep_chain.py at 100,000 (where CPython 3.11 itself crashes):
    // next, send, throw, list, sum and close on a deep yield-from chain, and a chain of
    // awaits as deep; the expected output is CPython's at 20,000.
    let src = "def source():\n    yield 1\n    yield 2\n\n\ndef relay(inner):\n    return (yield from inner)\n\n\ng = source()\nfor _ in range(100000):\n    g = relay(g)\ntry:\n    print(next(g))\nexcept RecursionError as e:\n    print(\"RecursionError:\", e)\nfor step in (lambda: g.send(None), lambda: g.throw(ValueError(\"x\")), lambda: list(g), lambda: sum(g)):\n    try:\n        print(step())\n    except (RecursionError, ValueError, StopIteration) as e:\n        print(type(e).__name__ + \":\", e)\ng.close()\n\nasync def leaf():\n    return \"leaf\"\n\n\nasync def link(inner):\n    return await inner\n\n\nc = leaf()\nfor _ in range(100000):\n    c = link(c)\ntry:\n    c.send(None)\nexcept RecursionError as e:\n    print(\"RecursionError:\", e)\nexcept StopIteration as e:\n    print(\"StopIteration\", e.value)\nc.close()\n\ng = source()\nfor _ in range(50):\n    g = relay(g)\nprint(list(g))\n";
    let (_vm, out) = run(src);
    assert_eq!(
        out,
        "RecursionError: maximum recursion depth exceeded\nStopIteration: \nValueError: x\n[]\n0\nRecursionError: maximum recursion depth exceeded\n[1, 2]\n"
    );
}

#[test]
fn dropped_suspended_delegating_generators_and_coroutines_are_collected() {
    // Each round leaves suspended: a generator in a yield from of another, a coroutine
    // in an await, and an async generator in an await inside its body, all holding
    // lists of their own; then drops them.
    let src = "class Pause:\n    def __await__(self):\n        yield 'paused'\n\ndef inner(n):\n    payload = [n] * 40\n    yield payload[0]\n    yield n\n\ndef outer(n):\n    keep = [n] * 40\n    yield from inner(n)\n\nasync def coro(n):\n    keep = [n] * 40\n    await Pause()\n\nasync def agen(n):\n    keep = [n] * 40\n    await Pause()\n    yield n\n\ndef main():\n    total = 0\n    for r in range(30000):\n        g = outer(r)\n        total += next(g)\n        c = coro(r)\n        c.send(None)\n        a = agen(r)\n        a.asend(None).send(None)\n    print(total)\nmain()\n";
    let (vm, out) = run(src);
    assert_eq!(out, "449985000\n");
    let stats = &vm.heap.stats;
    assert!(stats.collections > 5, "the collector ran ({} collections)", stats.collections);
    assert!(vm.heap.live_objects() < 60_000, "{} objects still live", vm.heap.live_objects());
    assert!(stats.peak_heap < 24 << 20, "peak heap {} bytes: suspended generators were kept", stats.peak_heap);
}
