//! Ctrl-C during a run that writes the store: the first asks it to stop
//! after the batch in flight (the run then says how far it got and exits
//! 130); a second ends the process at once, as Ctrl-C usually does.

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_interrupt(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
    // SAFETY: `signal` is async-signal-safe; the next Ctrl-C terminates.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
    }
}

/// Catches Ctrl-C from now on; the flag is set once it was pressed.
pub fn stop_flag() -> &'static AtomicBool {
    #[cfg(unix)]
    // SAFETY: the handler only stores to an atomic and calls `signal`, both
    // async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_interrupt as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
    &INTERRUPTED
}
