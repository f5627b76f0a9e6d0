//! Minifies the widget's stylesheet for `crate::STYLESHEET`, and sets the
//! wasm stack of the release widget's two modules.
//!
//! The stylesheet is compiled into the main module, so its comments and
//! spaces are bytes every page downloads. Lightning CSS parses and reprints
//! it without lowering anything for older browsers (no `targets`): custom
//! properties, `:host`, `@container`, `@media` and `@keyframes` come out as
//! written, only shorter.
//!
//! The stack: Rust's default is 1 MiB, and
//! since linear memory is never given back, every page that embeds the widget
//! would hold that megabyte. The deepest documents the widget accepts touch
//! about 35 KB of the main module's stack and 51 KB of the formats module's
//! in the release build (e2e/deep.test.mjs measures both and checks they
//! render), so 128 KiB leaves more than twice that.
//!
//! Set here rather than in .cargo/config.toml because it applies to the
//! widget's binaries alone: the wasm-bindgen-test binaries, built without
//! optimisation and with far larger frames, keep the default, and changing it
//! does not rebuild every dependency.
use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};

fn main() {
    minify_stylesheet();
    const WASM_STACK_BYTES: u32 = 128 * 1024;
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let release = std::env::var("PROFILE").is_ok_and(|profile| profile == "release");
    if wasm && release {
        println!("cargo:rustc-link-arg-bins=-zstack-size={WASM_STACK_BYTES}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}

/// `style/widget.css` minified into `$OUT_DIR/widget.css`. A sheet Lightning
/// CSS cannot parse fails the build rather than shipping a broken rule.
fn minify_stylesheet() {
    const SOURCE: &str = "style/widget.css";
    println!("cargo:rerun-if-changed={SOURCE}");
    let css = std::fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let mut sheet = StyleSheet::parse(&css, ParserOptions { filename: SOURCE.into(), ..ParserOptions::default() })
        .unwrap_or_else(|e| panic!("{e}"));
    sheet.minify(MinifyOptions::default()).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let minified = sheet
        .to_css(PrinterOptions { minify: true, ..PrinterOptions::default() })
        .unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("widget.css");
    std::fs::write(&out, minified.code).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
