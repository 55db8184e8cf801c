//! The widget's HTML: a heading, the official document, the findings and the checklist,
//! or the reasons the SOP cannot be shown. Pure string building; every text that comes
//! from the file, the attributes or the network is escaped. The classes are the app's
//! (`style/app.css`, `style/preview.css`), so both look the same in the widget.

use std::fmt::Write;

use sop_core::layout::svg::{self, escape, Target};
use sop_core::layout::{self, LayoutOptions};
use sop_core::model::Status;
use sop_core::{
    checklist, labels, Audience, CheckOptions, Date, Format, Lang, LineIndex, Profile, Report,
    Severity, Sop,
};

use crate::words;
use crate::ViewRequest;

/// Milliseconds in a day.
const DAY_MS: f64 = 86_400_000.0;

/// The HTML for `request` (see [`crate::render`]).
pub fn render(request: &ViewRequest) -> String {
    let (lang, mut problems) = match given(&request.lang) {
        None => (Lang::Id, Vec::new()),
        Some(v) => match Lang::from_key(v) {
            Some(l) => (l, Vec::new()),
            None => (Lang::Id, vec![Problem::Lang(v.to_string())]),
        },
    };
    let profile = match (
        given(&request.profile_url),
        &request.profile_text,
        &request.profile_error,
    ) {
        (None, ..) => Profile::default(),
        (Some(url), _, Some(reason)) => {
            problems.push(Problem::Profile(url.to_string(), reason.clone()));
            Profile::default()
        }
        (Some(url), text, None) => match Profile::from_json(text.as_deref().unwrap_or_default()) {
            Ok(p) => p,
            Err(e) => {
                problems.push(Problem::Profile(url.to_string(), e.to_string()));
                Profile::default()
            }
        },
    };
    let Some(src) = given(&request.src) else {
        problems.push(Problem::SrcRequired);
        return refusal(lang, &problems);
    };
    let text = match (&request.text, &request.src_error) {
        (Some(text), None) => text,
        (_, reason) => {
            let reason = reason.clone().unwrap_or_else(|| "—".into());
            problems.push(Problem::Fetch(src.to_string(), reason));
            return refusal(lang, &problems);
        }
    };
    if !problems.is_empty() {
        return refusal(lang, &problems);
    }
    let parsed = sop_core::parse(text, Format::from_address(src));
    if parsed.failed {
        let index = LineIndex::new(text);
        for d in &parsed.diagnostics {
            let at = parsed.span_of(d).map(|s| index.position(s.start));
            let (line, column) = at.map_or((1, 1), |p| (p.line, p.column));
            problems.push(Problem::Unreadable {
                src: src.to_string(),
                line,
                column,
                message: d.text(Audience::Form, lang).message,
            });
        }
        return refusal(lang, &problems);
    }
    let options = CheckOptions {
        today: request
            .local_now_ms
            .filter(|ms| ms.is_finite())
            .map(|ms| Date::from_unix_days((ms / DAY_MS).floor() as i64)),
        profile,
    };
    let report = sop_core::check_parsed(&parsed, &options);
    document(lang, &parsed.sop, &report)
}

/// A present, non-blank attribute value, trimmed.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Why the SOP cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Problem {
    /// `data-lang` is not a language.
    Lang(String),
    /// No `data-src`.
    SrcRequired,
    /// Fetching `data-src` failed: the address and why.
    Fetch(String, String),
    /// The profile at this address could not be fetched or read, and why.
    Profile(String, String),
    /// The file cannot be read as an SOP file (SOP001): where and why.
    Unreadable {
        src: String,
        line: usize,
        column: usize,
        message: String,
    },
}

impl Problem {
    fn message(&self, lang: Lang) -> String {
        match self {
            Problem::Lang(v) => words::bad_lang(lang, v),
            Problem::SrcRequired => words::src_required(lang).to_string(),
            Problem::Fetch(src, reason) => words::src_failed(lang, src, reason),
            Problem::Profile(url, reason) => words::bad_profile(lang, url, reason),
            Problem::Unreadable {
                src,
                line,
                column,
                message,
            } => words::unreadable(lang, src, *line, *column, message),
        }
    }
}

/// The reasons, in both languages (the widget's first): whoever reads the page may not
/// read the language the page's author chose, and the author must fix it either way.
fn refusal(first: Lang, problems: &[Problem]) -> String {
    let mut out = String::from(r#"<div class="notice notice--error widget-error" role="alert">"#);
    for lang in [first, other(first)] {
        let _ = write!(
            out,
            r#"<div class="widget-error__lang" lang="{}"><h2 class="widget-error__title">{}</h2><ul class="widget-error__list">"#,
            lang.key(),
            words::cannot_show(lang)
        );
        for p in problems {
            let _ = write!(out, "<li>{}</li>", escape(&p.message(lang)));
        }
        let _ = write!(
            out,
            r#"</ul><p class="widget-error__hint">{}</p></div>"#,
            escape(words::check_attributes(lang))
        );
    }
    out.push_str("</div>");
    out
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    }
}

/// The SOP: its name, number and status, the pages, the findings, the checklist.
fn document(lang: Lang, sop: &Sop, report: &Report) -> String {
    let mut out = format!(r#"<article class="sop-view" lang="{}">"#, lang.key());
    let name = sop.identity.name.trim();
    let _ = write!(
        out,
        r#"<h1 class="sop-view__title">{}</h1><p class="sop-view__meta">"#,
        escape(if name.is_empty() {
            words::unnamed(lang)
        } else {
            name
        })
    );
    let number = sop.identity.number.trim();
    if !number.is_empty() {
        let _ = write!(
            out,
            "{} {} · ",
            lang.pick("Nomor", "Number"),
            escape(number)
        );
    }
    let _ = write!(out, "Status {}</p>", labels::status(sop.status).get(lang));
    // A reader comes for the document; the checks that vouch for it follow.
    pages_html(&mut out, lang, sop);
    findings_html(&mut out, lang, report);
    checklist_html(&mut out, lang, report);
    out.push_str("</article>");
    out
}

/// The 12 items with their status, as the app's checklist (without links: there is no
/// form to go to).
fn checklist_html(out: &mut String, lang: Lang, report: &Report) {
    let _ = write!(
        out,
        r#"<section class="checklist" aria-labelledby="checklist-heading"><h2 class="checklist__heading" id="checklist-heading">{}</h2><p class="checklist__count">{}</p>"#,
        checklist::HEADING.get(lang),
        checklist::done_count(lang, report.done(), report.checklist.len())
    );
    out.push_str(r#"<ul class="task-list">"#);
    for item in &report.checklist {
        let (class, tag, status) = if item.done {
            (" task-list__item--done", "tag--done", checklist::DONE)
        } else {
            ("", "tag--todo", checklist::NOT_DONE)
        };
        let _ = write!(
            out,
            r#"<li class="task-list__item{class}"><span class="task-list__name">{}</span> <strong class="tag {tag}">{}</strong></li>"#,
            item.title(lang),
            status.get(lang)
        );
    }
    out.push_str("</ul></section>");
}

/// Errors and warnings in a list, suggestions collapsed below; or that nothing is wrong.
fn findings_html(out: &mut String, lang: Lang, report: &Report) {
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    let _ = write!(
        out,
        r#"<section class="sop-view__findings" aria-labelledby="findings-heading"><h2 id="findings-heading">{}</h2><p>{}</p>"#,
        words::findings_heading(lang),
        if errors + warnings == 0 {
            words::no_problems(lang).to_string()
        } else {
            words::findings_count(lang, errors, warnings)
        }
    );
    let list = |out: &mut String, class: &str, keep: &dyn Fn(Severity) -> bool| {
        let _ = write!(out, r#"<ul class="{class}">"#);
        for d in report.diagnostics.iter().filter(|d| keep(d.severity)) {
            let (li, prefix) = match d.severity {
                Severity::Error => ("message message--error", "visually-hidden"),
                Severity::Warning => ("message message--warning", "tag tag--warning"),
                Severity::Info => ("message message--info", "visually-hidden"),
            };
            let _ = write!(
                out,
                r#"<li class="{li}"><span class="{prefix}">{}</span> {}</li>"#,
                d.severity.prefix(lang),
                escape(&d.text(Audience::Form, lang).message)
            );
        }
        out.push_str("</ul>");
    };
    if errors + warnings > 0 {
        list(out, "summary__list", &|s| s >= Severity::Warning);
    }
    let infos = report.count(Severity::Info);
    if infos > 0 {
        let _ = write!(
            out,
            r#"<details class="summary__suggestions"><summary>{}</summary>"#,
            words::suggestions(lang, infos)
        );
        list(out, "summary__list summary__list--info", &|s| {
            s == Severity::Info
        });
        out.push_str("</details>");
    }
    out.push_str("</section>");
}

/// Every page of the official document as SVG, with the DRAF mark until the SOP is in
/// force (as the app's preview and `sopcheck render`).
fn pages_html(out: &mut String, lang: Lang, sop: &Sop) {
    let whole = layout::layout(sop, &LayoutOptions::default());
    let _ = write!(
        out,
        r#"<section class="preview" aria-labelledby="document-heading"><h2 id="document-heading">{}</h2><p class="preview-note">{}</p><div class="sheets">"#,
        words::document_heading(lang),
        escape(words::document_note(lang))
    );
    for page in &whole.pages {
        out.push_str(r#"<div class="sheet">"#);
        out.push_str(&svg::page_element(
            &whole,
            page,
            &words::page_label(lang, page.number),
            Target::Browser,
        ));
        if sop.status != Status::Berlaku {
            out.push_str(r#"<div class="watermark" aria-hidden="true">DRAF</div>"#);
        }
        out.push_str("</div>");
    }
    out.push_str("</div></section>");
}

#[cfg(test)]
mod tests {
    use super::*;

    const PPID: &str = include_str!("../../../widget/demo/ppid.sop.yaml");

    fn request(lang: &str, text: &str) -> ViewRequest {
        ViewRequest {
            lang: Some(lang.into()),
            src: Some("/sop/ppid.sop.yaml".into()),
            text: Some(text.into()),
            // 1 December 2026: after the demo's planned review date.
            local_now_ms: Some(20_788.0 * DAY_MS),
            ..ViewRequest::default()
        }
    }

    /// The HTML with the escaped quotes back (the assertions read the text).
    fn shown(html: &str) -> String {
        html.replace("&quot;", "\"").replace("&#39;", "'")
    }

    fn pages(html: &str) -> usize {
        html.matches(r#"<svg xmlns="http://www.w3.org/2000/svg" class="sop-page""#)
            .count()
    }

    #[test]
    fn shows_the_name_checklist_findings_and_every_page() {
        let html = render(&request("id", PPID));
        assert!(html
            .contains(r#"<h1 class="sop-view__title">Pelayanan Permohonan Informasi Publik</h1>"#));
        assert!(html.contains("Nomor 05/PP.01-SOP/53/2025 · Status Berlaku"));
        assert!(html.contains("Kelengkapan SOP"));
        assert_eq!(html.matches(r#"<li class="task-list__item"#).count(), 12);
        assert!(html.contains(" dari 12 bagian lengkap"));
        assert!(html.contains("Hasil pemeriksaan"));
        // The layout's own page count: the identity page and the procedure.
        let whole = layout::layout(
            &sop_core::parse(PPID, Format::Yaml).sop,
            &LayoutOptions::default(),
        );
        assert!(whole.pages.len() >= 2);
        assert_eq!(pages(&html), whole.pages.len());
        assert!(html.contains(r#"aria-label="Halaman 1""#));
        // In force: no DRAF mark.
        assert!(!html.contains(r#"class="watermark""#));
    }

    #[test]
    fn english_is_english() {
        let html = render(&request("en-GB", PPID));
        assert!(html.contains(r#"<article class="sop-view" lang="en">"#));
        assert!(html.contains("SOP completeness") && html.contains(" of 12 sections complete"));
        assert!(html.contains("Check results") && html.contains(r#"aria-label="Page 1""#));
        assert!(html.contains("Status In force"));
        assert!(!html.contains("Kelengkapan SOP"));
    }

    #[test]
    fn findings_use_the_form_wording_with_the_severity_in_words() {
        let draft = "identitas:\n  nama: Contoh\nkegiatan:\n  - {nomor: 1, uraian: Mulai, pelaksana: x, simbol: mulai}\n";
        let html = render(&request("id", draft));
        assert!(html.contains("kesalahan, "), "the count: {html}");
        assert!(html.contains(r#"<span class="visually-hidden">Kesalahan:</span>"#));
        // A draft carries the DRAF mark on every page.
        assert_eq!(html.matches(r#"class="watermark""#).count(), pages(&html));
        for file_word in ["identitas.", "kegiatan[", "`"] {
            assert!(!html.contains(file_word), "file words in {html}");
        }
    }

    #[test]
    fn a_complete_sop_says_there_is_nothing_wrong() {
        // The demo SOP is complete (`sopcheck check`: 12/12, no finding).
        let html = render(&request("id", PPID));
        assert!(html.contains("12 dari 12 bagian lengkap"));
        assert!(html.contains(words::no_problems(Lang::Id)));
        assert!(!html.contains("summary__list"));
    }

    #[test]
    fn user_text_is_escaped_and_the_page_needs_no_inline_style() {
        let hostile = "identitas:\n  nama: \"<img src=x onerror=alert(1)>\"\n  nomor: \"</p><script>x</script>\"\n  logo: \"javascript:alert(1)\"\npelaksana:\n  - {id: a, nama: \"<b>A</b>\"}\nkegiatan:\n  - {nomor: 1, uraian: \"</text><script>y</script>\", pelaksana: a, simbol: mulai}\n";
        let html = render(&request("id", hostile));
        for raw in ["<img", "<script", "<b>", "javascript:"] {
            assert!(!html.contains(raw), "{raw} in {html}");
        }
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(!html.contains("<style") && !html.contains("style="));
    }

    #[test]
    fn a_logo_is_shown_only_from_an_address_the_browser_can_load() {
        let with = |logo: &str| PPID.replace("logo: logo-kpu.svg", &format!("logo: \"{logo}\""));
        assert!(!render(&request("id", &with("logo-kpu.svg"))).contains("<image"));
        assert!(render(&request("id", &with("https://kpu.go.id/logo.svg")))
            .contains(r#"<image href="https://kpu.go.id/logo.svg""#));
    }

    #[test]
    fn an_unreadable_file_is_placed_in_both_languages() {
        let html = render(&request("id", "identitas:\n  nama: [tidak ditutup\n"));
        assert!(html.contains(r#"role="alert""#));
        assert!(html.contains("Berkas SOP /sop/ppid.sop.yaml tidak dapat dibaca (baris "));
        assert!(html.contains("The SOP file /sop/ppid.sop.yaml cannot be read (line "));
        assert!(!html.contains("sop-page"));
    }

    #[test]
    fn hostile_files_are_refused_with_a_reason() {
        let bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
        let deep = format!("{}x{}", "[".repeat(10_000), "]".repeat(10_000));
        let huge = "# ".repeat(3 * 1024 * 1024);
        for text in [bomb, deep.as_str(), huge.as_str()] {
            let html = render(&request("id", text));
            assert!(
                html.contains(r#"role="alert""#) && html.contains("tidak dapat dibaca"),
                "{}",
                &html[..html.len().min(400)]
            );
            assert!(!html.contains("sop-page"));
        }
    }

    #[test]
    fn attribute_and_network_problems_are_explained_together() {
        let mut r = request("fr", PPID);
        r.text = None;
        r.src_error = Some("HTTP 404".into());
        r.profile_url = Some("/profil.json".into());
        r.profile_text = Some(r#"{"rules":{"ignore":["SOP999"]}}"#.into());
        let html = shown(&render(&r));
        assert!(html.contains("data-lang \"fr\" tidak dikenal"));
        assert!(html.contains("Berkas SOP /sop/ppid.sop.yaml tidak dapat diambil: HTTP 404."));
        assert!(html
            .contains("Profil instansi /profil.json tidak dapat dibaca: unknown rule code SOP999"));
        // Indonesian first (the default), then English.
        let (id, en) = (html.find("tidak dikenal"), html.find("is not known"));
        assert!(id < en && en.is_some());
        let missing = shown(&render(&ViewRequest::default()));
        assert!(missing.contains("data-mode \"view\" memerlukan data-src"));
    }

    #[test]
    fn a_profile_changes_the_findings() {
        let plain = render(&request("id", PPID));
        let mut strict = request("id", PPID);
        strict.profile_url = Some("/profil.json".into());
        strict.profile_text = Some(r#"{"agency":{"nomor_pattern":"SOP-\\d+"}}"#.into());
        let html = render(&strict);
        let finding = "Nomor SOP “05/PP.01-SOP/53/2025” tidak mengikuti pola penomoran instansi";
        assert!(html.contains(finding), "the numbering finding: {html}");
        assert!(!plain.contains(finding));
        assert!(!html.contains(words::no_problems(Lang::Id)));
    }
}
