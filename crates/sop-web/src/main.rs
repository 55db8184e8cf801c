//! Entry point of the standalone page: mounts the app to `<body>`.
//!
//! Built by Trunk from the root `index.html` (`make run`, `make test`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast;
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    sop_web::mount(body, sop_web::Config::default()).forget();
}

/// Natively there is nothing to mount; the binary only exists so that
/// `cargo build --workspace` and `cargo clippy --workspace` stay green.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("sop-web is a browser app: run `make run` and open http://127.0.0.1:8080/");
}
