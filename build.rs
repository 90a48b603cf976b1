//! Link settings for the `pvm` binary (Linux, x86_64, with the toolchain's default
//! linker, LLD).
//!
//! - `-no-pie`: a position-independent executable has the loader rewrite every pointer
//!   in its read-only data at start-up (`.rela.dyn`, 338 KiB, and `.data.rel.ro`, 272
//!   KiB, mostly regex-syntax's Unicode tables), which made those pages private and
//!   resident in every run. A fixed-address executable has them resolved at link
//!   time.
//! - `--symbol-ordering-file=perf/symbol-order.txt` (release builds): lays out the
//!   functions that programs run side by side, so fewer 64 KiB windows of code become
//!   resident; `perf/symbol_order` writes the file and says why it matters. Functions it
//!   does not name (new or renamed since it was written) are placed after the named
//!   ones; missing names are not warned about.
//!
//! Set `PVM_PLAIN_LINK=1` to link with neither (another linker, another platform).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=perf/symbol-order.txt");
    println!("cargo:rerun-if-env-changed=PVM_PLAIN_LINK");
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    let linux_x86_64 = var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ARCH") == "x86_64" && var("CARGO_CFG_TARGET_ENV") == "gnu";
    if !linux_x86_64 || var("PVM_PLAIN_LINK") == "1" {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    let order = std::path::Path::new(&var("CARGO_MANIFEST_DIR")).join("perf/symbol-order.txt");
    if var("PROFILE") == "release" && order.exists() {
        println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}", order.display());
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}
