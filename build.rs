//! Sets the wasm stack of the release widget's two modules (the main one
//! and the formats module). Rust's default is 1 MiB, and
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
fn main() {
    const WASM_STACK_BYTES: u32 = 128 * 1024;
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let release = std::env::var("PROFILE").is_ok_and(|profile| profile == "release");
    if wasm && release {
        println!("cargo:rustc-link-arg-bins=-zstack-size={WASM_STACK_BYTES}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
