//! The view's own words, Bahasa Indonesia first. The checklist's and the findings' words
//! come from sop-core (`checklist::HEADING`, `Severity::prefix`), shared with the app.

use sop_core::Lang;

/// Heading of the findings.
pub fn findings_heading(lang: Lang) -> &'static str {
    lang.pick("Hasil pemeriksaan", "Check results")
}

/// The count of errors and warnings under the findings heading.
pub fn findings_count(lang: Lang, errors: usize, warnings: usize) -> String {
    match lang {
        Lang::Id => format!("{errors} kesalahan, {warnings} peringatan"),
        Lang::En => format!(
            "{errors} error{}, {warnings} warning{}",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" }
        ),
    }
}

/// Shown instead of a findings list when nothing is wrong.
pub fn no_problems(lang: Lang) -> &'static str {
    lang.pick(
        "Tidak ada kesalahan atau peringatan pada SOP ini.",
        "This SOP has no errors or warnings.",
    )
}

/// The summary of the suggestions (collapsed).
pub fn suggestions(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Id => format!("Saran perbaikan ({count})"),
        Lang::En => format!("Suggestions ({count})"),
    }
}

/// Heading of the official document.
pub fn document_heading(lang: Lang) -> &'static str {
    lang.pick("SOP dalam format resmi", "The SOP in the official format")
}

/// The note under it.
pub fn document_note(lang: Lang) -> &'static str {
    lang.pick(
        "Format A4 lanskap sesuai Permenpan RB 35/2012. Tanda DRAF tampil sampai status SOP \"berlaku\".",
        "A4 landscape per Permenpan RB 35/2012. The DRAF mark shows until the SOP's status is \"berlaku\".",
    )
}

/// A page's name for screen readers.
pub fn page_label(lang: Lang, number: usize) -> String {
    match lang {
        Lang::Id => format!("Halaman {number}"),
        Lang::En => format!("Page {number}"),
    }
}

/// The heading over "Nomor" and "Status" when the SOP has no name yet.
pub fn unnamed(lang: Lang) -> &'static str {
    lang.pick("SOP tanpa nama", "Unnamed SOP")
}

/// Heading of the message shown instead of the SOP.
pub fn cannot_show(lang: Lang) -> &'static str {
    lang.pick("SOP tidak dapat ditampilkan", "The SOP cannot be shown")
}

/// The hint under that message.
pub fn check_attributes(lang: Lang) -> &'static str {
    lang.pick(
        "Periksa atribut data-* pada elemen <sop-checklist> dan alamat berkasnya.",
        "Check the data-* attributes of the <sop-checklist> element and the file's address.",
    )
}

/// `data-lang` is not a language.
pub fn bad_lang(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Id => format!("data-lang \"{value}\" tidak dikenal: gunakan \"id\" atau \"en\"."),
        Lang::En => format!("data-lang \"{value}\" is not known: use \"id\" or \"en\"."),
    }
}

/// `data-src` is missing.
pub fn src_required(lang: Lang) -> &'static str {
    lang.pick(
        "data-mode \"view\" memerlukan data-src (alamat berkas SOP).",
        "data-mode \"view\" needs data-src (the address of an SOP file).",
    )
}

/// Fetching `data-src` failed.
pub fn src_failed(lang: Lang, src: &str, reason: &str) -> String {
    match lang {
        Lang::Id => format!("Berkas SOP {src} tidak dapat diambil: {reason}."),
        Lang::En => format!("The SOP file {src} could not be fetched: {reason}."),
    }
}

/// The file was fetched but is not an SOP file that can be read.
pub fn unreadable(lang: Lang, src: &str, line: usize, column: usize, message: &str) -> String {
    match lang {
        Lang::Id => {
            format!("Berkas SOP {src} tidak dapat dibaca (baris {line}, kolom {column}): {message}")
        }
        Lang::En => {
            format!("The SOP file {src} cannot be read (line {line}, column {column}): {message}")
        }
    }
}

/// The agency profile could not be fetched or read.
pub fn bad_profile(lang: Lang, url: &str, reason: &str) -> String {
    match lang {
        Lang::Id => format!("Profil instansi {url} tidak dapat dibaca: {reason}"),
        Lang::En => format!("The agency profile {url} could not be read: {reason}"),
    }
}
