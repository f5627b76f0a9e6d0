//! Starts the app in the browser. The component tree is in `app.rs`, which
//! the root crate's `tests/leptos_app.rs` also renders to HTML with Leptos'
//! `ssr`, and `render.rs` writes into the page the hydrate build makes live.

mod app;

fn main() {
    // The page the server rendered, made live where it stands.
    #[cfg(feature = "hydrate")]
    leptos::mount::hydrate_body(app::App);
    // The page built in the browser.
    #[cfg(not(feature = "hydrate"))]
    leptos::mount::mount_to_body(app::App);
}
