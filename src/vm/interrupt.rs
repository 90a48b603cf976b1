//! Ctrl-C: SIGINT becomes a KeyboardInterrupt raised in the running Python code.
//!
//! The handler only sets a flag and zeroes the collection threshold of the heap whose
//! interpreter loop is running. Every safepoint (a call or a loop back-edge) already
//! compares the heap's size against that threshold, so the next one takes its slow
//! path (`Vm::safepoint_slow`), which sees the flag and raises. The hot path pays
//! nothing it did not pay before.
//!
//! Only the thread that called [`install`] registers a threshold, and only while
//! `Vm::run_code` has the VM borrowed, so the heap cannot move or be dropped while it
//! is registered. The `pvm` binary blocks SIGINT in its main thread before it starts
//! the interpreter thread ([`block_on_this_thread`]), so the handler always runs on
//! the interpreter thread itself, never concurrently with a registration ending.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};

/// A SIGINT arrived and no safepoint has turned it into a KeyboardInterrupt yet.
static PENDING: AtomicBool = AtomicBool::new(false);
/// The collection threshold of the heap whose interpreter loop runs now, or null.
static RUNNING_THRESHOLD: AtomicPtr<AtomicUsize> = AtomicPtr::new(std::ptr::null_mut());

thread_local! {
    /// This thread installed the handler and takes the signal.
    static TAKES_SIGINT: Cell<bool> = const { Cell::new(false) };
}

extern "C" fn on_sigint(_sig: libc::c_int) {
    PENDING.store(true, Ordering::SeqCst);
    let threshold = RUNNING_THRESHOLD.load(Ordering::SeqCst);
    if !threshold.is_null() {
        // SAFETY: a threshold is registered only by the thread that takes SIGINT and
        // only while `Vm::run_code` borrows its VM (see the module comment), so the
        // heap it belongs to is alive and in place; an atomic store is
        // async-signal-safe.
        unsafe { (*threshold).store(0, Ordering::SeqCst) };
    }
}

/// True when a Ctrl-C waits to be raised.
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Forgets a Ctrl-C not yet raised (the interactive prompt takes its own Ctrl-C).
pub fn clear() {
    PENDING.store(false, Ordering::SeqCst);
}

fn sigint_set() -> libc::sigset_t {
    // SAFETY: sigset_t is plain data; sigemptyset initialises it before sigaddset.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        set
    }
}

/// Keeps SIGINT away from the calling thread (and the threads it starts later, which
/// inherit its mask). The `pvm` binary's main thread calls it before it starts the
/// interpreter thread, which then calls [`install`].
pub fn block_on_this_thread() {
    let set = sigint_set();
    // SAFETY: changes only the calling thread's signal mask.
    unsafe { libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) };
}

/// Makes Ctrl-C raise KeyboardInterrupt in code run by this thread. As in CPython,
/// nothing changes when SIGINT was ignored at start-up (`nohup`, background jobs).
/// Other threads should block SIGINT ([`block_on_this_thread`]).
pub fn install() {
    // SAFETY: sigaction with a null new action only reads the current disposition;
    // the handler installed after it touches nothing but atomics; sigaction is plain
    // data, zeroed then filled in.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) != 0 || old.sa_sigaction == libc::SIG_IGN {
            return;
        }
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t;
        libc::sigemptyset(&mut action.sa_mask);
        // no SA_RESTART: a blocking read at the prompt returns EINTR, as in CPython
        action.sa_flags = 0;
        if libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut()) != 0 {
            return;
        }
        let set = sigint_set();
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
    }
    TAKES_SIGINT.with(|t| t.set(true));
}

/// Registers the threshold of the heap whose loop starts running; returns what to
/// restore when it stops (runs nest: a module body can run while another runs).
pub fn enter(threshold: &AtomicUsize) -> *mut AtomicUsize {
    if !TAKES_SIGINT.with(|t| t.get()) {
        return std::ptr::null_mut();
    }
    let outer = RUNNING_THRESHOLD.swap(threshold as *const AtomicUsize as *mut AtomicUsize, Ordering::SeqCst);
    if pending() {
        // a Ctrl-C that came while nothing ran is raised at the first safepoint
        threshold.store(0, Ordering::SeqCst);
    }
    outer
}

/// Ends the registration made by the matching [`enter`].
pub fn leave(outer: *mut AtomicUsize) {
    if TAKES_SIGINT.with(|t| t.get()) {
        RUNNING_THRESHOLD.store(outer, Ordering::SeqCst);
    }
}

/// Ends the process the way CPython does after an uncaught KeyboardInterrupt: killed
/// by SIGINT, so that a calling shell sees it (status 130) and stops a script of its
/// own. Returns 130 only if the signal could not be delivered.
pub fn exit_by_sigint() -> u8 {
    let set = sigint_set();
    // SAFETY: restoring the default disposition and signalling our own process; with
    // SIGINT unblocked on this thread the signal is delivered before kill returns.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    130
}
