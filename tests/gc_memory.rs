//! Memory grows with live data, not with allocation history: ten million short-lived
//! lists must leave the collector's own peak-heap counter bounded.

use pvm::vm::Vm;

/// Runs `src` with the normal collector pacing (whatever the suite's environment says)
/// and checks its output.
fn run(src: &str, expected: &str) -> Vm {
    let mut vm = Vm::new();
    vm.heap.set_stress(false);
    match vm.run_source(src, "<gc test>") {
        Ok(_) => {}
        Err(pvm::vm::RunError::Syntax(e)) => panic!("syntax error: {:?}", e),
        Err(pvm::vm::RunError::Exception(e)) => panic!("exception: {}", pvm::vm::traceback::format_exception(&mut vm, e.0)),
    }
    assert_eq!(String::from_utf8(vm.out.clone()).unwrap_or_default(), expected);
    vm
}

#[test]
fn short_lived_lists_keep_the_heap_bounded() {
    let src = "def churn(n):\n    keep = None\n    i = 0\n    while i < n:\n        keep = [i, i + 1, i + 2]\n        i += 1\n    return keep\nprint(churn(10000000))\n";
    let vm = run(src, "[9999999, 10000000, 10000001]\n");
    let stats = &vm.heap.stats;
    assert!(stats.bytes_allocated_total > 500_000_000, "the loop really allocated ({} bytes)", stats.bytes_allocated_total);
    assert!(stats.collections > 10, "the collector ran ({} collections)", stats.collections);
    assert!(stats.peak_heap < 64 << 20, "peak heap {} bytes is not bounded", stats.peak_heap);
}

#[test]
fn long_lived_data_is_not_traced_by_every_collection() {
    // 200,000 strs stay live in a list that keeps being appended to while 3 million
    // short-lived lists come and go: the young collections must not rescan the list.
    let src = "def main():\n    keep = []\n    for i in range(200000):\n        keep.append(str(i))\n    total = 0\n    for j in range(3000000):\n        t = [j, j]\n        total += len(t)\n        if j % 1000 == 0:\n            keep.append(str(j))\n    print(len(keep), total, keep[-1])\nmain()\n";
    let vm = run(src, "203000 6000000 2999000\n");
    let stats = &vm.heap.stats;
    assert!(stats.collections > 20, "the collector ran ({} collections)", stats.collections);
    assert!(stats.major_collections * 10 < stats.collections, "{} of {} collections were full ones", stats.major_collections, stats.collections);
    assert!(stats.peak_heap < 64 << 20, "peak heap {} bytes is not bounded", stats.peak_heap);
}

#[test]
fn old_garbage_is_reclaimed_by_full_collections() {
    // Each round builds a list of 100,000 strs that lives long enough to be promoted,
    // then drops it: only full collections can free it, and they must keep up.
    let src = "def main():\n    n = 0\n    for r in range(30):\n        big = []\n        for i in range(100000):\n            big.append(str(i + r))\n        n += len(big)\n    print(n)\nmain()\n";
    let vm = run(src, "3000000\n");
    let stats = &vm.heap.stats;
    assert!(stats.major_collections >= 3, "{} full collections", stats.major_collections);
    assert!(stats.peak_heap < 64 << 20, "peak heap {} bytes is not bounded", stats.peak_heap);
}

#[test]
fn unreachable_instances_classes_and_cycles_are_collected() {
    // Each round makes a class, instances that point at each other (a cycle through
    // their __dict__s), a bound method and an exception instance, then drops them all.
    let src = "def main():\n    total = 0\n    for r in range(20000):\n        class Node:\n            def __init__(self, v):\n                self.v = v\n                self.peer = None\n            def get(self):\n                return self.v\n        a = Node(r)\n        b = Node(r + 1)\n        a.peer = b\n        b.peer = a\n        m = a.get\n        e = ValueError(a)\n        total += m() + b.peer.v - e.args[0].v\n    print(total)\nmain()\n";
    let vm = run(src, "199990000\n");
    let stats = &vm.heap.stats;
    assert!(stats.collections > 5, "the collector ran ({} collections)", stats.collections);
    // about 25 MB are allocated in all; what is live at any time is a few rounds' worth
    assert!(stats.bytes_allocated_total > 20 << 20, "the loop really allocated ({} bytes)", stats.bytes_allocated_total);
    assert!(stats.peak_heap < 8 << 20, "peak heap {} bytes: dead classes or instances were kept", stats.peak_heap);
    assert!(vm.heap.live_objects() < 60_000, "{} objects still live", vm.heap.live_objects());
}

#[test]
fn data_dropped_by_a_returning_function_is_collected_soon() {
    // `build` fills a list of 300,000 strs that is promoted while it is built and dies
    // when the function returns; `keep` then builds one as big that stays live. The
    // old generation's growth alone would call for a full collection only once it is
    // half as big again, so both lists would be in the heap together.
    let src = "def build(n):\n    parts = []\n    for i in range(n):\n        parts.append(str(i) + '-part')\n    return len(parts)\ndef keep(n):\n    out = []\n    for i in range(n):\n        out.append(str(i) + '-kept')\n    return out\ndef main():\n    a = build(300000)\n    b = keep(300000)\n    print(a, len(b), b[-1])\nmain()\n";
    let vm = run(src, "300000 300000 299999-kept\n");
    let stats = &vm.heap.stats;
    // one list of 300,000 strs is about 21 MB; both together about 37 MB
    assert!(stats.peak_heap < 30 << 20, "peak heap {} bytes: the dropped list was kept", stats.peak_heap);
}

#[test]
fn values_replaced_in_old_instances_die_young() {
    // 2,000 old instances whose attribute is replaced by a new list at every step: a
    // minor collection must keep only the lists the instances hold now, not every list
    // stored since the last one, or the old generation fills with them and full
    // collections run again and again.
    let src = "class Box:\n    def __init__(self, v):\n        self.v = v\ndef main():\n    boxes = [Box([0]) for i in range(2000)]\n    for step in range(500):\n        for b in boxes:\n            b.v = [step, b.v[0]]\n    print(sum(b.v[0] for b in boxes))\nmain()\n";
    let vm = run(src, "998000\n");
    let stats = &vm.heap.stats;
    assert!(stats.collections > 20, "the collector ran ({} collections)", stats.collections);
    assert!(stats.major_collections * 5 < stats.collections, "{} of {} collections were full ones", stats.major_collections, stats.collections);
}

#[test]
fn the_result_register_of_a_pending_call_does_not_keep_its_old_value() {
    // `total += measure(build(n))`: while `build` runs, the register its result will
    // go to still holds the previous round's list, which nothing else refers to.
    // CPython frees that list as soon as `measure` returns; PVM's collector must not
    // take it for live, or every round would hold two lists.
    let src = "def build(n):\n    return [str(i) + '-part' for i in range(n)]\ndef measure(parts):\n    return len(parts)\ndef main():\n    total = 0\n    for r in range(6):\n        total += measure(build(300000))\n    print(total)\nmain()\n";
    let vm = run(src, "1800000\n");
    let stats = &vm.heap.stats;
    // one list of 300,000 strs is about 21 MB
    assert!(stats.peak_heap < 36 << 20, "peak heap {} bytes: the previous round's list was kept", stats.peak_heap);
}
