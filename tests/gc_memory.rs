//! Memory grows with live data, not with allocation history: ten million short-lived
//! lists must leave the collector's own peak-heap counter bounded.

use pvm::vm::Vm;

#[test]
fn short_lived_lists_keep_the_heap_bounded() {
    let mut vm = Vm::new();
    // This test is about the normal pacing, whatever the suite's environment says.
    vm.heap.set_stress(false);
    let src = "def churn(n):\n    keep = None\n    i = 0\n    while i < n:\n        keep = [i, i + 1, i + 2]\n        i += 1\n    return keep\nprint(churn(10000000))\n";
    match vm.run_source(src, "<churn>") {
        Ok(_) => {}
        Err(pvm::vm::RunError::Syntax(e)) => panic!("syntax error: {:?}", e),
        Err(pvm::vm::RunError::Exception(e)) => panic!("exception: {}", pvm::vm::traceback::format_exception(&mut vm, e.0)),
    }
    assert_eq!(String::from_utf8(vm.out.clone()).unwrap_or_default(), "[9999999, 10000000, 10000001]\n");
    let stats = &vm.heap.stats;
    assert!(stats.bytes_allocated_total > 500_000_000, "the loop really allocated ({} bytes)", stats.bytes_allocated_total);
    assert!(stats.collections > 10, "the collector ran ({} collections)", stats.collections);
    assert!(stats.peak_heap < 64 << 20, "peak heap {} bytes is not bounded", stats.peak_heap);
}
