//! The editor's wasm entry point: mount the editor in the page's body.
//! Natively this binary has nothing to do.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    live_agenda_editor::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "live-agenda-editor is a WebAssembly page: build it with `make dist` (dist/editor/)."
    );
    std::process::exit(2);
}
