//! A future spawned on the page's event loop and owned by a handle: dropping
//! the handle stops it at its next await, dropping what it holds (a timer is
//! cleared, a fetch's response is no longer waited for).

use std::future::Future;

use futures::future::{abortable, AbortHandle};

pub(super) struct Task(AbortHandle);

impl Task {
    pub(super) fn spawn(future: impl Future<Output = ()> + 'static) -> Task {
        let (future, handle) = abortable(future);
        wasm_bindgen_futures::spawn_local(async {
            // Aborted means its owner dropped it: nothing is left to do.
            let _ = future.await;
        });
        Task(handle)
    }
}

impl Drop for Task {
    fn drop(&mut self) {
        self.0.abort();
    }
}
