//! Browser tests of the app shell (wasm-bindgen-test in headless Chromium).
//!
//! Run by `make test-wasm`:
//! `WASM_BINDGEN_USE_BROWSER=1 cargo test --target wasm32-unknown-unknown -p sop-web --lib --tests`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used)]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh `<div>` appended to `<body>`, so tests do not see each other's DOM.
fn fresh_container() -> HtmlElement {
    let document = web_sys::window()
        .expect("window")
        .document()
        .expect("document");
    let div: HtmlElement = document
        .create_element("div")
        .expect("create div")
        .dyn_into()
        .expect("div is an HtmlElement");
    document
        .body()
        .expect("body")
        .append_child(&div)
        .expect("append div");
    div
}

fn text_of(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector:?}: did the app mount?"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn app_mounts_and_language_toggle_switches_heading() {
    let root = fresh_container();
    let _mounted = leptos::mount::mount_to(root.clone(), sop_web::App);

    assert_eq!(text_of(&root, "h1"), "Penyusun SOP");
    assert!(
        root.query_selector("main").expect("selector").is_some(),
        "the app has a <main> landmark"
    );
    assert_eq!(text_of(&root, "button.lang-toggle"), "English");

    let toggle: HtmlElement = root
        .query_selector("button.lang-toggle")
        .expect("selector")
        .expect("language toggle rendered")
        .dyn_into()
        .expect("button is an HtmlElement");

    toggle.click();
    leptos::task::tick().await;
    assert_eq!(text_of(&root, "h1"), "SOP Builder");
    assert_eq!(text_of(&root, "button.lang-toggle"), "Bahasa Indonesia");
    let app = root
        .query_selector(".app")
        .expect("selector")
        .expect(".app");
    assert_eq!(app.get_attribute("lang").as_deref(), Some("en"));

    toggle.click();
    leptos::task::tick().await;
    assert_eq!(text_of(&root, "h1"), "Penyusun SOP");
}
