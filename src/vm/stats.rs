//! Execution statistics for `pvm --stats`.
//!
//! Opcode counts are taken only by the counting variants of the dispatch backends
//! (`Cx<true>`), so an ordinary run pays nothing for them. Specializations and deopts
//! are counted where they happen, on paths that are already cold.

use crate::bytecode::opcodes::Op;
use std::fmt::Write;

pub struct Stats {
    /// Executions per opcode byte.
    pub ops: [u64; 256],
    /// Specializations per family (indexed by the generic opcode).
    pub specializations: [u64; 256],
    /// Specialization attempts that found no form for the operands, per family.
    pub failures: [u64; 256],
    /// Deoptimizations (guard misses) per family.
    pub deopts: [u64; 256],
    /// Calls made by call instructions that pushed a Python frame.
    pub python_calls: u64,
    /// Calls made by call instructions that ran native code (builtins, types).
    pub native_calls: u64,
}

impl Default for Stats {
    fn default() -> Self {
        Stats { ops: [0; 256], specializations: [0; 256], failures: [0; 256], deopts: [0; 256], python_calls: 0, native_calls: 0 }
    }
}

impl Stats {
    #[inline(always)]
    pub fn count(&mut self, op_byte: u8) {
        self.ops[op_byte as usize] += 1;
    }

    /// The report printed after a run: per-opcode counts, per-family cache figures,
    /// calls and the collector's figures.
    pub fn report(&self, gc: &crate::heap::GcStats, dispatch: &str, specialize: bool) -> String {
        let mut out = String::new();
        let total: u64 = self.ops.iter().sum();
        let _ = writeln!(out, "== pvm statistics (dispatch: {}, specialization: {})", dispatch, if specialize { "on" } else { "off" });
        let _ = writeln!(out, "instructions executed: {}", total);
        let _ = writeln!(out, "\n-- instructions per opcode (generic and specialized)");
        let mut rows: Vec<(Op, u64)> = Op::ALL.iter().map(|&op| (op, self.ops[op as usize])).filter(|&(_, n)| n > 0).collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.name().cmp(b.0.name())));
        for (op, n) in &rows {
            let kind = if op.is_specialized() { "specialized" } else { "generic" };
            let _ = writeln!(out, "  {:<20} {:>14}  {:>5.1}%  {}", op.name(), n, pct(*n, total), kind);
        }
        let _ = writeln!(out, "\n-- inline caches per family: hits (specialized runs), misses (deopts), generic runs");
        let _ = writeln!(out, "  {:<14} {:>14} {:>10} {:>14} {:>8} {:>8} {:>8}", "family", "hits", "misses", "generic", "hit %", "spec.", "failed");
        let mut fams: Vec<Op> =
            Op::ALL.iter().copied().filter(|op| !op.is_specialized() && Op::ALL.iter().any(|s| s.is_specialized() && s.family() == *op)).collect();
        fams.sort_by_key(|op| std::cmp::Reverse(self.family_total(*op)));
        let (mut th, mut tm) = (0u64, 0u64);
        for fam in fams {
            let spec_runs: u64 = Op::ALL.iter().filter(|s| s.is_specialized() && s.family() == fam).map(|s| self.ops[*s as usize]).sum();
            let misses = self.deopts[fam as usize];
            let hits = spec_runs.saturating_sub(misses);
            let generic = self.ops[fam as usize];
            if spec_runs + generic == 0 {
                continue;
            }
            th += hits;
            tm += misses + generic;
            let _ = writeln!(
                out,
                "  {:<14} {:>14} {:>10} {:>14} {:>7.1}% {:>8} {:>8}",
                fam.name(),
                hits,
                misses,
                generic,
                pct(hits, hits + misses + generic),
                self.specializations[fam as usize],
                self.failures[fam as usize]
            );
        }
        let _ = writeln!(out, "  {:<14} {:>14} {:>10}", "all", th, tm);
        let spec: u64 = self.specializations.iter().sum();
        let deopts: u64 = self.deopts.iter().sum();
        let _ = writeln!(out, "\nspecializations: {}, deopts: {}", spec, deopts);
        let _ = writeln!(out, "calls: {} ({} Python frames, {} native)", self.python_calls + self.native_calls, self.python_calls, self.native_calls);
        let _ = writeln!(
            out,
            "gc: {} collections ({} minor, {} full), {:.3} ms, {} bytes allocated, peak heap {} bytes, {} objects freed",
            gc.collections,
            gc.collections - gc.major_collections,
            gc.major_collections,
            gc.time.as_secs_f64() * 1e3,
            gc.bytes_allocated_total,
            gc.peak_heap,
            gc.objects_freed
        );
        out
    }

    fn family_total(&self, fam: Op) -> u64 {
        Op::ALL.iter().filter(|s| s.family() == fam).map(|s| self.ops[*s as usize]).sum()
    }
}

fn pct(n: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        n as f64 * 100.0 / total as f64
    }
}
