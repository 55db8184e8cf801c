//! The cases that `tests/wasm.rs` runs in the browser, run natively: both builds must
//! report the same findings at the same places.

#![cfg(not(target_arch = "wasm32"))]

mod common;

#[test]
fn native_build_reports_the_expected_findings() {
    let failures: Vec<String> = common::cases()
        .iter()
        .filter_map(|case| common::run(case).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn native_build_reads_a_bare_no_as_text() {
    common::bare_scalars_are_text().unwrap_or_else(|e| panic!("{e}"));
}
