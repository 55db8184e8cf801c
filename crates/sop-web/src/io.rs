//! Import (file picker, drag and drop) and export (YAML, JSON download) of SOP files, and
//! the download of values that storage kept aside.
//!
//! Import reads the file's bytes (never more than [`MAX_BYTES`]: a bigger file gets a
//! message before anything is read), parses them with `sop-core` by extension exactly as the
//! CLI does ([`sop_core::parse_bytes`]), runs every rule, and keeps each finding's line and
//! column. TOML is not in the browser build (`sop-core` without its `toml` feature): a
//! `.sop.toml` file gets SOP001 "toml-unsupported", shown like any other reading problem.
//!
//! Components for the app: [`ImportControl`] (file picker + drop zone + the "new draft or
//! replace?" question + the findings with line and column), [`ExportMenu`] (download YAML
//! or JSON) and [`AsideNotice`] (values kept aside by storage: download or discard).

use leptos::prelude::*;
use sop_core::{
    check_parsed, emit, parse_bytes, CheckOptions, Diagnostic, Format, Lang, Limits, LineIndex,
    Parsed, Position, Report, Severity, Sop,
};

use crate::storage::{self, DraftStore};

/// What the file picker offers (`accept` attribute).
pub const ACCEPT: &str = ".yaml,.yml,.json,.toml";

/// Largest file imported: `sop-core`'s default limit (5 MB), as the CLI.
pub const MAX_BYTES: usize = Limits::DEFAULT_MAX_BYTES;

// ---------------------------------------------------------------------------- import

/// One finding of an imported file, with its place in the file when known.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The finding (code, severity, pointer, message arguments).
    pub diagnostic: Diagnostic,
    /// 1-based line and column in the imported text.
    pub position: Option<Position>,
}

impl Finding {
    /// "baris 3, kolom 7" / "line 3, column 7".
    pub fn location(&self, lang: Lang) -> Option<String> {
        self.position.map(|p| match lang {
            Lang::Id => format!("baris {}, kolom {}", p.line, p.column),
            Lang::En => format!("line {}, column {}", p.line, p.column),
        })
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.diagnostic.message(lang).message
    }

    /// "SOP001 · baris 3, kolom 7: message" — one line for lists and tests.
    pub fn line(&self, lang: Lang) -> String {
        match self.location(lang) {
            Some(at) => format!("{} · {at}: {}", self.diagnostic.code(), self.message(lang)),
            None => format!("{}: {}", self.diagnostic.code(), self.message(lang)),
        }
    }
}

/// A file that was read (possibly with problems).
#[derive(Debug, Clone)]
pub struct Imported {
    /// The file's name as the user chose it.
    pub file_name: String,
    /// Its format, from the extension.
    pub format: Format,
    /// Its text (invalid UTF-8 replaced; the finding says where).
    pub text: String,
    /// The model (partial when parts could not be read), spans and reading problems.
    pub parsed: Parsed,
    /// Every rule on the model, with the reading problems.
    pub report: Report,
    /// The report's findings with line and column, in document order.
    pub findings: Vec<Finding>,
    /// True when the file could not be read at all (SOP001): there is no model to use.
    pub failed: bool,
}

impl Imported {
    /// The model read from the file.
    pub fn sop(&self) -> &Sop {
        &self.parsed.sop
    }

    /// Number of findings that are errors.
    pub fn errors(&self) -> usize {
        self.report.count(Severity::Error)
    }
}

/// Why a file was not read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// Not `.yaml`, `.yml`, `.json` or `.toml`.
    UnsupportedType {
        /// The file name.
        name: String,
    },
    /// Bigger than [`MAX_BYTES`].
    TooLarge {
        /// The file name.
        name: String,
        /// Its size in bytes.
        bytes: f64,
    },
    /// The browser could not read the file (removed, no permission).
    Unreadable {
        /// The file name.
        name: String,
    },
}

fn megabytes(bytes: f64) -> String {
    format!("{:.1}", bytes / 1_048_576.0)
}

impl ImportError {
    /// What to tell the user, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ImportError::UnsupportedType { name }, Lang::Id) => format!(
                "Berkas «{name}» bukan berkas SOP: pilih berkas berakhiran .sop.yaml, \
                 .sop.yml atau .sop.json."
            ),
            (ImportError::UnsupportedType { name }, Lang::En) => format!(
                "«{name}» is not an SOP file: choose a file ending in .sop.yaml, \
                 .sop.yml or .sop.json."
            ),
            (ImportError::TooLarge { name, bytes }, Lang::Id) => format!(
                "Berkas «{name}» terlalu besar ({} MB); batasnya {} MB. Berkas tidak dibaca.",
                megabytes(*bytes),
                megabytes(MAX_BYTES as f64)
            ),
            (ImportError::TooLarge { name, bytes }, Lang::En) => format!(
                "«{name}» is too large ({} MB); the limit is {} MB. The file was not read.",
                megabytes(*bytes),
                megabytes(MAX_BYTES as f64)
            ),
            (ImportError::Unreadable { name }, Lang::Id) => {
                format!("Berkas «{name}» tidak dapat dibaca oleh peramban.")
            }
            (ImportError::Unreadable { name }, Lang::En) => {
                format!("The browser could not read «{name}».")
            }
        }
    }
}

/// Reads an SOP file given as bytes: format by extension, size limit, parse, every rule,
/// line and column of every finding. Pure (no browser), so it is tested natively too.
pub fn import_bytes(
    name: &str,
    bytes: &[u8],
    options: &CheckOptions,
) -> Result<Imported, ImportError> {
    let format = Format::from_extension(name).ok_or_else(|| ImportError::UnsupportedType {
        name: name.to_string(),
    })?;
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            name: name.to_string(),
            bytes: bytes.len() as f64,
        });
    }
    let (text, parsed) = parse_bytes(bytes, format, Limits::default());
    let report = check_parsed(&parsed, options);
    let findings = locate(&text, &parsed, &report.diagnostics);
    Ok(Imported {
        file_name: name.to_string(),
        format,
        failed: parsed.failed,
        text,
        parsed,
        report,
        findings,
    })
}

/// The findings with their line and column in `text`.
pub fn locate(text: &str, parsed: &Parsed, diagnostics: &[Diagnostic]) -> Vec<Finding> {
    let lines = LineIndex::new(text);
    diagnostics
        .iter()
        .map(|d| Finding {
            diagnostic: d.clone(),
            position: parsed.span_of(d).map(|s| lines.position(s.start)),
        })
        .collect()
}

/// Reads a file chosen in the picker or dropped: refuses wrong types and files over
/// [`MAX_BYTES`] before reading a byte, then [`import_bytes`].
pub async fn import_file(
    file: &web_sys::File,
    options: &CheckOptions,
) -> Result<Imported, ImportError> {
    let name = file.name();
    if Format::from_extension(&name).is_none() {
        return Err(ImportError::UnsupportedType { name });
    }
    let size = file.size();
    if size > MAX_BYTES as f64 {
        return Err(ImportError::TooLarge { name, bytes: size });
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ImportError::Unreadable { name: name.clone() })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    import_bytes(&name, &bytes, options)
}

/// Today in the browser's time zone (for the date rules SOP501–SOP503).
pub fn today() -> Option<sop_core::Date> {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        sop_core::Date::new(
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The options the app checks with: today's date, no profile.
pub fn check_options() -> CheckOptions {
    CheckOptions {
        today: today(),
        ..CheckOptions::default()
    }
}

// ---------------------------------------------------------------------------- export

/// The download formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    /// `.sop.yaml` (the default: what people edit and review).
    #[default]
    Yaml,
    /// `.sop.json`.
    Json,
}

impl ExportFormat {
    /// The `sop-core` format.
    pub fn format(self) -> Format {
        match self {
            ExportFormat::Yaml => Format::Yaml,
            ExportFormat::Json => Format::Json,
        }
    }

    /// `sop.yaml` or `sop.json`.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Yaml => "sop.yaml",
            ExportFormat::Json => "sop.json",
        }
    }

    /// The MIME type of the download.
    pub fn mime(self) -> &'static str {
        match self {
            ExportFormat::Yaml => "application/yaml;charset=utf-8",
            ExportFormat::Json => "application/json;charset=utf-8",
        }
    }
}

/// The SOP as file text.
pub fn export_text(sop: &Sop, format: ExportFormat) -> Result<String, String> {
    emit::to_string(sop, format.format()).map_err(|e| e.to_string())
}

/// A file-name part from any text: lower-case ASCII letters and digits joined by `-`
/// (accents dropped), at most 60 characters; `sop` when nothing is left.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            if out.len() >= 60 {
                break;
            }
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "sop".into()
    } else {
        out
    }
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        other => other,
    }
}

/// `<slug of nama>.sop.yaml` / `.sop.json`.
pub fn export_file_name(sop: &Sop, format: ExportFormat) -> String {
    format!("{}.{}", slugify(&sop.identity.name), format.extension())
}

/// Offers `text` as a download named `file_name` (Blob + object URL + a temporary
/// `<a download>`).
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::download(file_name, mime, text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (file_name, mime, text);
        Err("downloads need a browser".into())
    }
}

/// Downloads the SOP in `format`; returns the file name.
pub fn download_sop(sop: &Sop, format: ExportFormat) -> Result<String, String> {
    let text = export_text(sop, format)?;
    let name = export_file_name(sop, format);
    download(&name, format.mime(), &text)?;
    Ok(name)
}

/// The file name for a value kept aside: `draf-disisihkan-<id>-<ms>.json` when the value
/// is JSON (a stored draft, an index), `.txt` otherwise. The content is never changed.
pub fn aside_file_name(key: &str, raw: &str) -> String {
    let time: String = key
        .rsplit(':')
        .next()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let label = storage::aside_label(key);
    let ext = if serde_json::from_str::<serde::de::IgnoredAny>(raw).is_ok() {
        "json"
    } else {
        "txt"
    };
    if time.is_empty() {
        format!("draf-disisihkan-{label}.{ext}")
    } else {
        format!("draf-disisihkan-{label}-{time}.{ext}")
    }
}

/// Downloads a value kept aside, verbatim; returns the file name.
pub fn download_aside(key: &str, raw: &str) -> Result<String, String> {
    let name = aside_file_name(key, raw);
    let mime = if name.ends_with(".json") {
        "application/json;charset=utf-8"
    } else {
        "text/plain;charset=utf-8"
    };
    download(&name, mime, raw)?;
    Ok(name)
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    fn js_error(e: JsValue) -> String {
        e.as_string()
            .or_else(|| {
                e.dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
            })
            .unwrap_or_else(|| "error".into())
    }

    pub(super) fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
        let window = web_sys::window().ok_or("no window")?;
        let document = window.document().ok_or("no document")?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob =
            web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_error)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(js_error)?;
        let anchor: web_sys::HtmlAnchorElement = document
            .create_element("a")
            .map_err(js_error)?
            .dyn_into()
            .map_err(|_| "not an anchor".to_string())?;
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.set_hidden(true);
        let body = document.body().ok_or("no body")?;
        body.append_child(&anchor).map_err(js_error)?;
        anchor.click();
        anchor.remove();
        // Revoke later: revoking at once can cancel the download in some browsers.
        let revoke = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
        Ok(())
    }
}

// ---------------------------------------------------------------------------- texts

struct Texts {
    pick_label: &'static str,
    drop_hint: &'static str,
    reading: &'static str,
    confirm_question: &'static str,
    new_draft: &'static str,
    replace: &'static str,
    cancel: &'static str,
    cannot_read: &'static str,
    imported_new: &'static str,
    imported_replace: &'static str,
    no_findings: &'static str,
    findings_title: &'static str,
    close: &'static str,
    more: &'static str,
    export_group: &'static str,
    download_yaml: &'static str,
    download_json: &'static str,
    downloaded: &'static str,
    download_failed: &'static str,
    aside_title: &'static str,
    aside_download: &'static str,
    aside_discard: &'static str,
    aside_discard_confirm: &'static str,
    aside_discard_yes: &'static str,
    aside_item: &'static str,
    characters: &'static str,
}

fn texts(lang: Lang) -> Texts {
    match lang {
        Lang::Id => Texts {
            pick_label: "Impor berkas SOP",
            drop_hint: "Pilih berkas .sop.yaml atau .sop.json, atau seret berkas ke kotak ini. \
                        Berkas .sop.toml tidak didukung di peramban. Ukuran maksimum 5 MB.",
            reading: "Membaca berkas…",
            confirm_question: "Sebuah draf sedang dibuka. Jadikan berkas ini draf baru, \
                               atau ganti isi draf yang sedang dibuka?",
            new_draft: "Buat draf baru",
            replace: "Ganti draf ini",
            cancel: "Batal",
            cannot_read: "Berkas tidak dapat dibaca; tidak ada draf yang dibuat atau diubah.",
            imported_new: "Berkas diimpor sebagai draf baru.",
            imported_replace: "Isi draf ini diganti dengan berkas yang diimpor.",
            no_findings: "Tidak ada temuan.",
            findings_title: "Temuan dalam berkas",
            close: "Tutup",
            more: "temuan lain tidak ditampilkan.",
            export_group: "Unduh berkas SOP",
            download_yaml: "Unduh YAML",
            download_json: "Unduh JSON",
            downloaded: "Diunduh:",
            download_failed: "Berkas tidak dapat diunduh:",
            aside_title: "Data draf yang disisihkan",
            aside_download: "Unduh",
            aside_discard: "Buang",
            aside_discard_confirm: "Buang data ini untuk selamanya?",
            aside_discard_yes: "Ya, buang",
            aside_item: "Data disisihkan",
            characters: "karakter",
        },
        Lang::En => Texts {
            pick_label: "Import an SOP file",
            drop_hint: "Choose a .sop.yaml or .sop.json file, or drag a file onto this box. \
                        .sop.toml files are not supported in the browser. Maximum size 5 MB.",
            reading: "Reading the file…",
            confirm_question: "A draft is open. Make this file a new draft, or replace \
                               the content of the open draft?",
            new_draft: "Create a new draft",
            replace: "Replace this draft",
            cancel: "Cancel",
            cannot_read: "The file could not be read; no draft was created or changed.",
            imported_new: "The file was imported as a new draft.",
            imported_replace: "The open draft was replaced by the imported file.",
            no_findings: "No findings.",
            findings_title: "Findings in the file",
            close: "Close",
            more: "more findings not shown.",
            export_group: "Download the SOP file",
            download_yaml: "Download YAML",
            download_json: "Download JSON",
            downloaded: "Downloaded:",
            download_failed: "The file could not be downloaded:",
            aside_title: "Draft data set aside",
            aside_download: "Download",
            aside_discard: "Discard",
            aside_discard_confirm: "Discard this data for good?",
            aside_discard_yes: "Yes, discard",
            aside_item: "Set aside",
            characters: "characters",
        },
    }
}

// ---------------------------------------------------------------------------- components

/// Where an imported SOP goes (the user's answer when a draft is open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportTarget {
    /// Create a new draft (the default, and the only choice when no draft is open).
    NewDraft,
    /// Replace the content of the open draft (only after the user chose it).
    ReplaceCurrent,
}

/// What the import panel shows after a file was chosen.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Refused(ImportError),
    Done {
        file_name: String,
        failed: bool,
        target: Option<ImportTarget>,
        findings: Vec<Finding>,
    },
}

thread_local! {
    /// The outcome of the import being handed to `on_import` (see [`ImportReport`]).
    static LAST_IMPORT: std::cell::RefCell<Option<Outcome>> = const { std::cell::RefCell::new(None) };
}

/// Findings listed at most in the import panel.
const SHOWN_FINDINGS: usize = 200;

/// The import control: a labelled file picker inside a drop zone. A file that can be read
/// (even with findings) is handed to `on_import` with [`ImportTarget::NewDraft`]; when
/// `has_open_draft` is true the user is asked first ("Buat draf baru" / "Ganti draf ini" /
/// "Batal"). A file that cannot be read (SOP001, too large, wrong type) is never handed
/// over: the panel says why, with line and column. Every finding of the file is listed
/// with its code, line and column.
#[component]
pub fn ImportControl(
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// Called with the file's model and where it should go.
    #[prop(into)]
    on_import: Callback<(Imported, ImportTarget)>,
    /// True while a draft is open in the editor (then the user is asked).
    #[prop(into, optional)]
    has_open_draft: Signal<bool>,
    /// Id of the file input (unique on the page); `impor-berkas` by default.
    #[prop(into, optional)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| "impor-berkas".into());
    let hint_id = format!("{id}-petunjuk");
    let question_id = format!("{id}-tanya");
    let t = move || texts(lang.get());
    let busy = RwSignal::new(false);
    let over = RwSignal::new(false);
    let pending: RwSignal<Option<Imported>> = RwSignal::new(None);
    let outcome: RwSignal<Option<Outcome>> = RwSignal::new(None);
    let first_choice = NodeRef::<leptos::html::Button>::new();

    let deliver = move |imported: Imported, target: ImportTarget| {
        let done = Outcome::Done {
            file_name: imported.file_name.clone(),
            failed: false,
            target: Some(target),
            findings: imported.findings.clone(),
        };
        outcome.set(Some(done.clone()));
        // `on_import` may switch screens (unmounting this control): the editor's
        // `ImportReport` takes the findings from here while it mounts.
        LAST_IMPORT.with(|slot| *slot.borrow_mut() = Some(done));
        on_import.try_run((imported, target));
        LAST_IMPORT.with(|slot| slot.borrow_mut().take());
    };

    let handle = move |file: web_sys::File| {
        busy.set(true);
        pending.set(None);
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let result = import_file(&file, &check_options()).await;
            // The control may have been removed while the file was read.
            if busy.try_set(false).is_some() {
                return;
            }
            match result {
                Err(e) => outcome.set(Some(Outcome::Refused(e))),
                Ok(imported) if imported.failed => outcome.set(Some(Outcome::Done {
                    file_name: imported.file_name.clone(),
                    failed: true,
                    target: None,
                    findings: imported.findings,
                })),
                Ok(imported) => {
                    if has_open_draft.try_get_untracked().unwrap_or(true) {
                        pending.set(Some(imported));
                    } else {
                        deliver(imported, ImportTarget::NewDraft);
                    }
                }
            }
        });
    };

    // Move focus to the question when it appears (keyboard and screen-reader users).
    Effect::new(move |_| {
        if pending.with(Option::is_some) {
            if let Some(button) = first_choice.get() {
                let _ = button.focus();
            }
        }
    });

    let choose = move |target: Option<ImportTarget>| {
        if let Some(imported) = pending.get_untracked() {
            pending.set(None);
            if let Some(target) = target {
                deliver(imported, target);
            }
        }
    };

    view! {
        // Long file names and messages wrap instead of widening a 320 px screen.
        <div class="import" style:overflow-wrap="anywhere">
            <div
                class="import__zone"
                class:import__zone--over=move || over.get()
                on:dragenter=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    over.set(true);
                }
                on:dragover=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    over.set(true);
                }
                on:dragleave=move |_| over.set(false)
                on:drop=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    over.set(false);
                    let file = ev
                        .data_transfer()
                        .and_then(|dt| dt.files())
                        .and_then(|files| files.get(0));
                    if let Some(file) = file {
                        handle(file);
                    }
                }
            >
                <label class="import__label" for=id.clone()>{move || t().pick_label}</label>
                <input
                    type="file"
                    id=id.clone()
                    class="import__input"
                    // A native file input is wider than a 320 px screen. Set through the
                    // CSSOM (`style:`), which a CSP without 'unsafe-inline' allows.
                    style:max-width="100%"
                    accept=ACCEPT
                    aria-describedby=hint_id.clone()
                    on:change:target=move |ev| {
                        let input = ev.target();
                        let file = input.files().and_then(|files| files.get(0));
                        // Allow choosing the same file again.
                        input.set_value("");
                        if let Some(file) = file {
                            handle(file);
                        }
                    }
                />
                <p class="import__hint" id=hint_id.clone()>{move || t().drop_hint}</p>
            </div>
            <Show when=move || busy.get()>
                <p class="import__busy" role="status">{move || t().reading}</p>
            </Show>
            <Show when=move || pending.with(Option::is_some)>
                <div
                    class="import__confirm"
                    role="alertdialog"
                    aria-labelledby=question_id.clone()
                >
                    <p id=question_id.clone()>
                        <strong>
                            {move || pending.with(|p| p.as_ref().map(|i| i.file_name.clone()))}
                        </strong>
                        " — "
                        {move || t().confirm_question}
                    </p>
                    <div class="import__choices">
                        <button
                            type="button"
                            class="button"
                            node_ref=first_choice
                            on:click=move |_| choose(Some(ImportTarget::NewDraft))
                        >
                            {move || t().new_draft}
                        </button>
                        <button
                            type="button"
                            class="button button--secondary"
                            on:click=move |_| choose(Some(ImportTarget::ReplaceCurrent))
                        >
                            {move || t().replace}
                        </button>
                        <button
                            type="button"
                            class="button button--secondary"
                            on:click=move |_| choose(None)
                        >
                            {move || t().cancel}
                        </button>
                    </div>
                </div>
            </Show>
            {move || outcome.get().map(|o| outcome_view(o, lang, outcome))}
        </div>
    }
}

fn outcome_view(outcome: Outcome, lang: Signal<Lang>, slot: RwSignal<Option<Outcome>>) -> AnyView {
    let t = move || texts(lang.get());
    let close = move |_| slot.set(None);
    match outcome {
        Outcome::Refused(error) => view! {
            <div class="import__result import__result--error" role="alert">
                <p>{move || error.message(lang.get())}</p>
                <button type="button" class="button button--secondary" on:click=close>
                    {move || t().close}
                </button>
            </div>
        }
        .into_any(),
        Outcome::Done {
            file_name,
            failed,
            target,
            findings,
        } => {
            let total = findings.len();
            let hidden = total.saturating_sub(SHOWN_FINDINGS);
            let shown: Vec<Finding> = findings.into_iter().take(SHOWN_FINDINGS).collect();
            let headline = move || match (failed, target, lang.get()) {
                (true, _, l) => texts(l).cannot_read,
                (false, Some(ImportTarget::ReplaceCurrent), l) => texts(l).imported_replace,
                (false, _, l) => texts(l).imported_new,
            };
            let items = shown
                .into_iter()
                .map(|f| {
                    let severity = f.diagnostic.severity.key();
                    let f2 = f.clone();
                    let f3 = f.clone();
                    view! {
                        <li class=format!("import__finding import__finding--{severity}")>
                            <code class="import__code">{f.diagnostic.code()}</code>
                            {move || {
                                f.location(lang.get())
                                    .map(|at| view! { " " <span class="import__at">{at}</span> })
                            }}
                            ": "
                            {move || f2.message(lang.get())}
                            {failed
                                .then(|| {
                                    let f3 = f3.clone();
                                    view! {
                                        <br/>
                                        <span class="import__help">
                                            {move || f3.diagnostic.message(lang.get()).help}
                                        </span>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view();
            let body = view! {
                <p class="import__file"><strong>{file_name}</strong></p>
                <p class="import__headline">{headline}</p>
                {if total == 0 {
                    view! { <p>{move || t().no_findings}</p> }.into_any()
                } else {
                    view! {
                        <p class="import__findings-title">
                            {move || t().findings_title} " (" {total} ")"
                        </p>
                        <ul class="import__findings">{items}</ul>
                        {(hidden > 0).then(|| view! { <p>{hidden} " " {move || t().more}</p> })}
                    }
                    .into_any()
                }}
                <button type="button" class="button button--secondary" on:click=close>
                    {move || t().close}
                </button>
            };
            if failed {
                view! {
                    <div class="import__result import__result--error" role="alert">{body}</div>
                }
                .into_any()
            } else {
                view! { <div class="import__result" role="status">{body}</div> }.into_any()
            }
        }
    }
}

/// The findings of the file just imported, with line and column, for the screen that
/// `on_import` opened (the import control itself may be gone by then): place it in the
/// editor. It shows what [`ImportControl`] handed over while this component was created,
/// and nothing otherwise (a later visit to the editor shows nothing).
#[component]
pub fn ImportReport(
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let outcome: RwSignal<Option<Outcome>> =
        RwSignal::new(LAST_IMPORT.with(|slot| slot.borrow().clone()));
    move || outcome.get().map(|o| outcome_view(o, lang, outcome))
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
    let t = move || texts(lang.get());
    let status: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let export = move |format: ExportFormat| {
        let result = sop.with_untracked(|s| download_sop(s, format));
        status.set(Some(result));
    };
    view! {
        <div class="export" role="group" aria-label=move || t().export_group>
            <button type="button" class="button" on:click=move |_| export(ExportFormat::Yaml)>
                {move || t().download_yaml}
            </button>
            <button
                type="button"
                class="button button--secondary"
                on:click=move |_| export(ExportFormat::Json)
            >
                {move || t().download_json}
            </button>
            <p class="export__status" role="status">
                {move || match status.get() {
                    Some(Ok(name)) => format!("{} {name}", t().downloaded),
                    Some(Err(e)) => format!("{} {e}", t().download_failed),
                    None => String::new(),
                }}
            </p>
        </div>
    }
}

/// Values that storage kept aside (unreadable drafts, another program's values, a broken
/// index): each can be downloaded verbatim or discarded (after a confirmation). Renders
/// nothing when there are none. The list is re-read whenever `refresh` changes (bump it
/// after a [`crate::storage::Notice::KeptAside`]).
#[component]
pub fn AsideNotice(
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// The drafts store.
    store: DraftStore,
    /// Changes when the list may have changed.
    #[prop(into, optional)]
    refresh: Signal<usize>,
) -> impl IntoView {
    let t = move || texts(lang.get());
    let items: RwSignal<Vec<(String, String)>> = RwSignal::new(store.set_aside());
    let confirming: RwSignal<Option<String>> = RwSignal::new(None);
    let reload = {
        let store = store.clone();
        move || items.set(store.set_aside())
    };
    {
        let reload = reload.clone();
        Effect::new(move |_| {
            refresh.track();
            reload();
        });
    }
    let discard = {
        let store = store.clone();
        move |key: String| {
            store.discard_aside(&key);
            confirming.set(None);
            items.set(store.set_aside());
        }
    };
    let discard = StoredValue::new(discard);
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            <div class="notice notice--warning aside" role="region" aria-label=move || t().aside_title>
                <p class="notice__title"><strong>{move || t().aside_title}</strong></p>
                <p>
                    {move || {
                        storage::Notice::KeptAside {
                            key: String::new(),
                        }
                            .message(lang.get())
                    }}
                </p>
                <ul class="aside__list">
                    <For
                        each=move || items.get()
                        key=|(key, _)| key.clone()
                        children=move |(key, raw)| {
                            let chars = raw.chars().count();
                            let label = storage::aside_label(&key);
                            // Buttons of several items must differ for screen readers.
                            let hidden = format!(" «{label}»");
                            let hidden2 = hidden.clone();
                            let when = storage::date_time(aside_ms(&key));
                            let key_download = key.clone();
                            let key_confirm = key.clone();
                            let key_is = key.clone();
                            let key_discard = key.clone();
                            view! {
                                <li class="aside__item">
                                    <span class="aside__what">
                                        {move || t().aside_item} " «" {label} "» · " {when} " · "
                                        {chars} " " {move || t().characters}
                                    </span>
                                    " "
                                    <button
                                        type="button"
                                        class="button button--secondary"
                                        on:click=move |_| {
                                            let _ = download_aside(&key_download, &raw);
                                        }
                                    >
                                        {move || t().aside_download}
                                        <span class="visually-hidden">{hidden}</span>
                                    </button>
                                    " "
                                    <Show
                                        when=move || {
                                            confirming.with(|c| c.as_deref() == Some(key_is.as_str()))
                                        }
                                        fallback=move || {
                                            let key_confirm = key_confirm.clone();
                                            view! {
                                                <button
                                                    type="button"
                                                    class="button button--warning"
                                                    on:click=move |_| confirming.set(Some(key_confirm.clone()))
                                                >
                                                    {move || t().aside_discard}
                                                    <span class="visually-hidden">{hidden2.clone()}</span>
                                                </button>
                                            }
                                        }
                                    >
                                        <span class="aside__confirm" role="group">
                                            {move || t().aside_discard_confirm} " "
                                            <button
                                                type="button"
                                                class="button button--warning"
                                                on:click={
                                                    let key = key_discard.clone();
                                                    move |_| discard.with_value(|d| d(key.clone()))
                                                }
                                            >
                                                {move || t().aside_discard_yes}
                                            </button>
                                            " "
                                            <button
                                                type="button"
                                                class="button button--secondary"
                                                on:click=move |_| confirming.set(None)
                                            >
                                                {move || t().cancel}
                                            </button>
                                        </span>
                                    </Show>
                                </li>
                            }
                        }
                    />
                </ul>
            </div>
        </Show>
    }
}

fn aside_ms(key: &str) -> f64 {
    key.rsplit(':')
        .next()
        .map(|t| {
            t.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
        })
        .and_then(|t| t.parse::<f64>().ok())
        .unwrap_or(0.0)
}
