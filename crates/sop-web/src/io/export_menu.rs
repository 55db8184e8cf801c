//! The export menu: download the open SOP as YAML or JSON.

use leptos::prelude::*;
use sop_core::Sop;

use super::export::{export_file_name, export_text, ExportFormat};
use crate::i18n::{tr, use_lang, T};
use crate::platform;
use crate::ui::sig;

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
    /// The SOP to download (read when a button is pressed).
    #[prop(into)]
    sop: Signal<Sop>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |key: T| key.get(lang.get());
    let status: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let export = move |format: ExportFormat| {
        let result = sop.with_untracked(|s| download_sop(s, format));
        status.set(Some(result));
    };
    view! {
        <div class="export" role="group" aria-label=tr(T::ExportGroup)>
            <button type="button" class="button" on:click=move |_| export(ExportFormat::Yaml)>
                {tr(T::DownloadYaml)}
            </button>
            <button
                type="button"
                class="button button--secondary"
                on:click=move |_| export(ExportFormat::Json)
            >
                {tr(T::DownloadJson)}
            </button>
            <p class="export__status" role="status">
                {sig(move || match status.get() {
                    Some(Ok(name)) => format!("{} {name}", t(T::Downloaded)),
                    Some(Err(e)) => format!("{} {e}", t(T::DownloadFailed)),
                    None => String::new(),
                })}
            </p>
        </div>
    }
}
