//! sop-core in the browser (wasm32, headless Chromium): parsing and checking report the
//! same findings at the same places as the native build (`tests/parity.rs`).
//!
//! `WASM_BINDGEN_USE_BROWSER=1 cargo test --target wasm32-unknown-unknown -p sop-core --test wasm`

#![cfg(target_arch = "wasm32")]
// `#[wasm_bindgen_test]` functions are tests, but clippy does not know them as such.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

mod common;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_example_reports_nothing() {
    let (_, report) =
        sop_core::check_source(common::EXAMPLE, sop_core::Format::Yaml, &common::options());
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    assert!(report.complete);
    assert!(report.checklist.iter().all(|i| i.done));
}

#[wasm_bindgen_test]
fn a_one_branch_decision_reports_sop403_on_its_cabang() {
    let case = common::cases()
        .into_iter()
        .find(|c| c.name.contains("one-branch"))
        .expect("the case exists");
    common::run(&case).unwrap_or_else(|e| panic!("{e}"));
}

#[wasm_bindgen_test]
fn every_case_reports_what_the_native_build_reports() {
    let failures: Vec<String> = common::cases()
        .iter()
        .filter_map(|case| common::run(case).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn a_bare_no_is_text() {
    common::bare_scalars_are_text().unwrap_or_else(|e| panic!("{e}"));
}
