//! The wasm entry point: mount a widget in every `[data-live-agenda]`
//! element. Natively this binary has nothing to do (the native tool is
//! `check-programme`).

#[cfg(target_arch = "wasm32")]
fn main() {
    // The release build aborts on a panic without running any hook
    // (`-Cpanic=immediate-abort`, Makefile): the hook would be dead weight.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    live_agenda::browser::mount::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "live-agenda is a WebAssembly widget: build it with `make dist` or run `make serve`."
    );
    std::process::exit(2);
}
