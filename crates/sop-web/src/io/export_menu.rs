//! The export menu: download the open SOP as YAML or JSON.

use leptos::prelude::*;
use sop_core::{Lang, Sop};

use super::export::{export_file_name, export_text, ExportFormat};
use crate::i18n::T;
use crate::platform;

/// Downloads the SOP in `format`; returns the file name.
pub fn download_sop(sop: &Sop, format: ExportFormat) -> Result<String, String> {
    let text = export_text(sop, format)?;
    let name = export_file_name(sop, format);
    platform::download(&name, format.mime(), &text)?;
    Ok(name)
}

/// Two buttons: download the SOP as YAML (first, the default) or JSON, and a status line.
#[component]
pub fn ExportMenu(
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// The SOP to download (read when a button is pressed).
    #[prop(into)]
    sop: Signal<Sop>,
) -> impl IntoView {
    let t = move |key: T| key.get(lang.get());
    let status: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let export = move |format: ExportFormat| {
        let result = sop.with_untracked(|s| download_sop(s, format));
        status.set(Some(result));
    };
    view! {
        <div class="export" role="group" aria-label=move || t(T::ExportGroup)>
            <button type="button" class="button" on:click=move |_| export(ExportFormat::Yaml)>
                {move || t(T::DownloadYaml)}
            </button>
            <button
                type="button"
                class="button button--secondary"
                on:click=move |_| export(ExportFormat::Json)
            >
                {move || t(T::DownloadJson)}
            </button>
            <p class="export__status" role="status">
                {move || match status.get() {
                    Some(Ok(name)) => format!("{} {name}", t(T::Downloaded)),
                    Some(Err(e)) => format!("{} {e}", t(T::DownloadFailed)),
                    None => String::new(),
                }}
            </p>
        </div>
    }
}
