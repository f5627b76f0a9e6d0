//! The crate as `cargo package` would publish it: the library, its binaries
//! and what their build reads, and nothing of the repository around it (the
//! demo, fixtures, tests, node modules, build output). The list comes from
//! Cargo's own `cargo package --list`, so it is what `include` in Cargo.toml
//! really selects.

use std::process::Command;

fn packaged_files() -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["package", "--list", "--allow-dirty", "--offline", "--quiet"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(output.status.success(), "cargo package --list failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("paths are UTF-8").lines().map(str::to_owned).collect()
}

// Nothing that is not the crate ends up in it, however the repository grows.
#[test]
fn the_package_holds_no_fixtures_tests_node_modules_or_build_output() {
    let files = packaged_files();
    let outside = [
        "fixtures/",
        "tests/",
        "e2e/",
        "examples/",
        "node_modules/",
        "dist/",
        "release/",
        "target/",
        "demo/",
        "benches/",
        "fuzz/",
        "docs/",
        "scripts/",
        ".ci/",
    ];
    for file in &files {
        assert!(!outside.iter().any(|dir| file.starts_with(dir)), "{file} is packaged");
        assert!(!file.ends_with(".png") && !file.ends_with(".html"), "{file} is packaged");
    }
}

// What building the packaged crate needs is in it: the library and binaries,
// the stylesheet build.rs minifies, the JS modules the embed feature imports,
// and the licences.
#[test]
fn the_package_holds_the_crate_and_what_its_build_reads() {
    let files = packaged_files();
    for needed in [
        "Cargo.toml",
        "build.rs",
        "src/lib.rs",
        "src/main.rs",
        "src/bin/formats.rs",
        "src/components/widget.rs",
        "style/widget.css",
        "js/element.js",
        "js/formats.js",
        "js/prefetch.js",
        "js/timing.js",
        "README.md",
        "CHANGELOG.md",
        "LICENSE-MIT",
        "LICENSE-APACHE",
    ] {
        assert!(files.iter().any(|file| file == needed), "{needed} is missing from {files:?}");
    }
}
