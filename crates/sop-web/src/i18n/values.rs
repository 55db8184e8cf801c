//! Strings with values (a name, a number, a time), one function each, matching on
//! [`Lang`] exhaustively.

use super::{Lang, T};
use crate::platform::LocalTime;

/// A draft's name, or "(tanpa nama)" when it has none.
fn name_or_untitled(lang: Lang, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        T::Untitled.get(lang).to_string()
    } else {
        name.to_string()
    }
}

/// The editor's `<h1>`: "Draf: Pelayanan …".
pub fn draft_heading(lang: Lang, name: &str) -> String {
    let name = name_or_untitled(lang, name);
    match lang {
        Lang::Id => format!("Draf: {name}"),
        Lang::En => format!("Draft: {name}"),
    }
}

/// The page title: "<where> — Penyusun SOP", with "Kesalahan: " first when the error
/// summary shows errors (GOV.UK error summary pattern).
pub fn page_title(lang: Lang, place: &str, errors: bool) -> String {
    let prefix = if errors {
        T::ErrorTitlePrefix.get(lang)
    } else {
        ""
    };
    format!("{prefix}{place} — {}", T::AppTitle.get(lang))
}

/// The draft's name as shown in lists and dialogs.
pub fn draft_name(lang: Lang, name: &str) -> String {
    name_or_untitled(lang, name)
}

/// The body of the delete confirmation.
pub fn delete_body(lang: Lang, name: &str) -> String {
    let name = name_or_untitled(lang, name);
    match lang {
        Lang::Id => format!(
            "Draf “{name}” akan dihapus dari perangkat ini. Tindakan ini tidak dapat dibatalkan."
        ),
        Lang::En => {
            format!("The draft “{name}” will be deleted from this device. This cannot be undone.")
        }
    }
}

/// The save status line: "Tersimpan di perangkat ini · 14.32".
pub fn saved_at(lang: Lang, hour: u32, minute: u32, persistent: bool) -> String {
    match (lang, persistent) {
        (Lang::Id, true) => format!("Tersimpan di perangkat ini · {hour:02}.{minute:02}"),
        (Lang::En, true) => format!("Saved on this device · {hour:02}:{minute:02}"),
        (Lang::Id, false) => format!(
            "Tersimpan sementara di halaman ini (hilang saat halaman ditutup) · {hour:02}.{minute:02}"
        ),
        (Lang::En, false) => format!(
            "Kept on this page only (lost when the page is closed) · {hour:02}:{minute:02}"
        ),
    }
}

/// An item of a repeating list: "Dasar Hukum 2".
pub fn item_label(lang: Lang, list: T, position: usize) -> String {
    format!("{} {position}", list.get(lang))
}

/// "Hapus Dasar Hukum 2": the accessible name of a remove button.
pub fn remove_label(lang: Lang, item: &str) -> String {
    format!("{} {item}", T::Remove.get(lang))
}

/// A lane's group: "Pelaksana 2".
pub fn lane_label(lang: Lang, position: usize) -> String {
    match lang {
        Lang::Id => format!("Pelaksana {position}"),
        Lang::En => format!("Implementer {position}"),
    }
}

/// Names a lane in dialogs: its name, else its id, else its position.
pub fn lane_display(lang: Lang, name: &str, id: &str, position: usize) -> String {
    if !name.trim().is_empty() {
        name.trim().to_string()
    } else if !id.trim().is_empty() {
        id.trim().to_string()
    } else {
        lane_label(lang, position)
    }
}

/// "langkah 2, 3, dan 5" (EYD V: a comma before "dan" in a list of three or more) /
/// "steps 2, 3 and 5".
pub fn step_list(lang: Lang, numbers: &[String]) -> String {
    let (one, many, and) = match lang {
        Lang::Id => ("langkah", "langkah", "dan"),
        Lang::En => ("step", "steps", "and"),
    };
    match numbers {
        [] => String::new(),
        [n] => format!("{one} {n}"),
        [a, b] => format!("{many} {a} {and} {b}"),
        [init @ .., last] => {
            let comma = if lang == Lang::Id { "," } else { "" };
            format!("{many} {}{comma} {and} {last}", init.join(", "))
        }
    }
}

/// The body of the confirmation before removing a lane that steps use.
pub fn remove_lane_body(lang: Lang, lane: &str, steps: &[String]) -> String {
    let used = step_list(lang, steps);
    match lang {
        Lang::Id => format!(
            "Pelaksana “{lane}” dipakai oleh {used}. Jika dihapus, pelaksana ini juga dilepas dari {}.",
            if steps.len() == 1 { "langkah itu" } else { "langkah-langkah itu" }
        ),
        Lang::En => format!(
            "The implementer “{lane}” is used by {used}. Removing it also removes it from {}.",
            if steps.len() == 1 { "that step" } else { "those steps" }
        ),
    }
}

/// A step's heading: "Langkah 3", or "Baris 3 (tanpa nomor)" when it has no number.
pub fn step_heading(lang: Lang, number: Option<u32>, index: usize) -> String {
    match (lang, number) {
        (Lang::Id, Some(n)) => format!("Langkah {n}"),
        (Lang::En, Some(n)) => format!("Step {n}"),
        (Lang::Id, None) => format!("Baris {} (tanpa nomor)", index + 1),
        (Lang::En, None) => format!("Row {} (no number)", index + 1),
    }
}

/// An option naming a step: "Langkah 4", or "Langkah 9 (tidak ada)" for a number no step has.
pub fn step_option(lang: Lang, number: u32, exists: bool) -> String {
    match (lang, exists) {
        (Lang::Id, true) => format!("Langkah {number}"),
        (Lang::En, true) => format!("Step {number}"),
        (Lang::Id, false) => format!("Langkah {number} (tidak ada)"),
        (Lang::En, false) => format!("Step {number} (does not exist)"),
    }
}

/// The body of the confirmation before removing a step.
pub fn remove_step_body(lang: Lang, step: &str, referenced_by: &[String]) -> String {
    let mut text = match lang {
        Lang::Id => format!("{step} akan dihapus beserta isinya."),
        Lang::En => format!("{step} will be removed with everything in it."),
    };
    if !referenced_by.is_empty() {
        let from = step_list(lang, referenced_by);
        text.push(' ');
        text.push_str(&match lang {
            Lang::Id => format!("Arah dari {from} ke langkah ini akan dikosongkan."),
            Lang::En => format!("The links from {from} to this step will be cleared."),
        });
    }
    text
}

/// A branch of a decision: "Cabang 1".
pub fn branch_label(lang: Lang, position: usize) -> String {
    match lang {
        Lang::Id => format!("Cabang {position}"),
        Lang::En => format!("Branch {position}"),
    }
}

/// A symbol written in the file that is not one of the four.
pub fn unknown_symbol(lang: Lang, raw: &str) -> String {
    match lang {
        Lang::Id => format!("Tidak dikenal: “{raw}”"),
        Lang::En => format!("Unknown: “{raw}”"),
    }
}

/// A step's pelaksana entry that names no lane.
pub fn unknown_performer(lang: Lang, raw: &str) -> String {
    match lang {
        Lang::Id => format!("Pelaksana tidak dikenal: “{raw}”"),
        Lang::En => format!("Unknown implementer: “{raw}”"),
    }
}

/// The button that drops an unknown pelaksana entry from a step.
pub fn drop_performer(lang: Lang, raw: &str) -> String {
    match lang {
        Lang::Id => format!("Lepaskan “{raw}”"),
        Lang::En => format!("Remove “{raw}”"),
    }
}

/// A monitoring record: "Monitoring 1".
pub fn monitoring_label(lang: Lang, position: usize) -> String {
    match lang {
        Lang::Id => format!("Monitoring {position}"),
        Lang::En => format!("Monitoring record {position}"),
    }
}

/// An evaluation: "Evaluasi 1".
pub fn evaluation_label(lang: Lang, position: usize) -> String {
    match lang {
        Lang::Id => format!("Evaluasi {position}"),
        Lang::En => format!("Evaluation {position}"),
    }
}

/// The suggestions part of the error summary: "Saran (3)".
pub fn suggestions_heading(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Id => format!("Saran ({count})"),
        Lang::En => format!("Suggestions ({count})"),
    }
}

/// A local date and time: "27 November 2026 14.32" / "27 November 2026, 14:32".
pub fn date_time(lang: Lang, t: LocalTime) -> String {
    let LocalTime {
        year,
        month,
        day,
        hour,
        minute,
    } = t;
    let date = sop_core::Date::new(year, month, day)
        .map(|d| d.long(lang))
        .unwrap_or_default();
    match lang {
        Lang::Id => format!("{date} {hour:02}.{minute:02}"),
        Lang::En => format!("{date}, {hour:02}:{minute:02}"),
    }
}

/// A local date and time in digits, the same in both languages: "27-11-2026 14.32".
pub fn short_date_time(t: LocalTime) -> String {
    format!(
        "{:02}-{:02}-{} {:02}.{:02}",
        t.day, t.month, t.year, t.hour, t.minute
    )
}

/// Where a finding is in a file: "baris 3, kolom 7" / "line 3, column 7".
pub fn line_column(lang: Lang, line: usize, column: usize) -> String {
    match lang {
        Lang::Id => format!("baris {line}, kolom {column}"),
        Lang::En => format!("line {line}, column {column}"),
    }
}

/// A file the import refuses by its name: not an SOP file.
pub fn import_unsupported(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Berkas “{name}” bukan berkas SOP: pilih berkas berakhiran .sop.yaml, \
             .sop.yml, atau .sop.json."
        ),
        Lang::En => format!(
            "“{name}” is not an SOP file: choose a file ending in .sop.yaml, \
             .sop.yml or .sop.json."
        ),
    }
}

/// A file the import refuses by its size (in MB, one decimal written with a point; the
/// Indonesian text writes it with a decimal comma, "5,0 MB").
pub fn import_too_large(lang: Lang, name: &str, megabytes: &str, limit: &str) -> String {
    match lang {
        Lang::Id => {
            let (megabytes, limit) = (megabytes.replace('.', ","), limit.replace('.', ","));
            format!(
                "Berkas “{name}” terlalu besar ({megabytes} MB); batasnya {limit} MB. Berkas tidak dibaca."
            )
        }
        Lang::En => format!(
            "“{name}” is too large ({megabytes} MB); the limit is {limit} MB. The file was not read."
        ),
    }
}

/// A file the browser could not read.
pub fn import_unreadable(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!("Berkas “{name}” tidak dapat dibaca oleh peramban."),
        Lang::En => format!("The browser could not read “{name}”."),
    }
}

/// The widget's `data-lang` is neither language.
pub fn widget_bad_lang(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Id => format!("data-lang \"{value}\" tidak dikenal: gunakan \"id\" atau \"en\"."),
        Lang::En => format!("data-lang \"{value}\" is not known: use \"id\" or \"en\"."),
    }
}

/// The widget's `data-mode` is not a mode.
pub fn widget_bad_mode(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Id => format!(
            "data-mode \"{value}\" tidak dikenal: gunakan \"edit\", \"view\", atau \"evaluate\"."
        ),
        Lang::En => {
            format!("data-mode \"{value}\" is not known: use \"edit\", \"view\" or \"evaluate\".")
        }
    }
}

/// The widget's `data-template` is not a kategori (`keys`: the ones there are).
pub fn widget_bad_template(lang: Lang, value: &str, keys: &str) -> String {
    match lang {
        Lang::Id => {
            format!("data-template \"{value}\" tidak dikenal. Templat yang tersedia: {keys}.")
        }
        Lang::En => format!("data-template \"{value}\" is not known. Available templates: {keys}."),
    }
}

/// The widget's `data-storage-key` cannot be a namespace (at most `max` characters).
pub fn widget_bad_storage_key(lang: Lang, value: &str, max: usize) -> String {
    match lang {
        Lang::Id => format!(
            "data-storage-key \"{value}\" tidak dapat dipakai: 1–{max} huruf, angka, \"-\", \"_\", atau \".\"."
        ),
        Lang::En => format!(
            "data-storage-key \"{value}\" cannot be used: 1–{max} letters, digits, \"-\", \"_\" or \".\"."
        ),
    }
}

/// The widget's `data-mode` shows a document, but `data-src` is missing.
pub fn widget_src_required(lang: Lang, mode: &str) -> String {
    match lang {
        Lang::Id => format!("data-mode \"{mode}\" memerlukan data-src (alamat berkas SOP)."),
        Lang::En => format!("data-mode \"{mode}\" needs data-src (the address of an SOP file)."),
    }
}

/// The widget's `data-profile` could not be fetched or read.
pub fn widget_bad_profile(lang: Lang, url: &str, reason: &str) -> String {
    match lang {
        Lang::Id => format!("Profil instansi {url} tidak dapat dibaca: {reason}"),
        Lang::En => format!("The agency profile {url} could not be read: {reason}"),
    }
}
