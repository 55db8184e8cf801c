//! Entry point of the browser app: mounts [`sop_web::App`] to `<body>`.
//!
//! Built by Trunk from the root `index.html` (`make run`, `make test`).

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(sop_web::App);
}

/// Natively there is nothing to mount; the binary only exists so that
/// `cargo build --workspace` and `cargo clippy --workspace` stay green.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("sop-web is a browser app: run `make run` and open http://127.0.0.1:8080/");
}
