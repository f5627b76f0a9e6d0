//! Mounts the app. The component tree is in `app.rs`, which the root
//! crate's `tests/leptos_app.rs` also renders to HTML with Leptos' `ssr`.

mod app;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
