//! The app's server half, as small as one can be: renders `App` with Leptos'
//! `ssr` and writes it into the `<body>` of the index.html that
//! `trunk build --features hydrate` made, so the browser shows the page at
//! once and the wasm makes that same page live (`hydrate_body`).
//!
//! ```sh
//! cargo run -p leptos-app-example --no-default-features --features ssr --bin render -- dist-hydrate/index.html
//! ```

use std::process::ExitCode;

use leptos::prelude::*;

#[path = "app.rs"]
mod app;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: render <index.html from trunk build --features hydrate>");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("render: {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let body = Owner::new().with(|| view! { <app::App/> }.to_html());
    let Some(page) = page.split_once("<body>").and_then(|(head, rest)| {
        let (_, tail) = rest.split_once("</body>")?;
        Some(format!("{head}<body>{body}</body>{tail}"))
    }) else {
        eprintln!("render: {path} has no <body></body>");
        return ExitCode::FAILURE;
    };
    if let Err(error) = std::fs::write(&path, page) {
        eprintln!("render: {path}: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
