//! Every sentence the CLI itself says, in Bahasa Indonesia and English, in one place (the
//! findings' own messages come from `sop-core`). Grouped by where they are shown.

use sop_core::Lang;

// ------------------------------------------------------------------ tool words

/// The word before a tool error on standard error: `kesalahan: …`.
pub fn error_word(lang: Lang) -> &'static str {
    lang.pick("kesalahan", "error")
}

/// The word before a tool warning on standard error: `peringatan: …`.
pub fn warning_word(lang: Lang) -> &'static str {
    lang.pick("peringatan", "warning")
}

// ------------------------------------------------------------------ files and paths

/// A short reason for an I/O error that users meet often.
pub fn io_reason(kind: std::io::ErrorKind, lang: Lang) -> Option<&'static str> {
    use std::io::ErrorKind;
    match kind {
        ErrorKind::NotFound => Some(lang.pick("tidak ada", "not found")),
        ErrorKind::PermissionDenied => Some(lang.pick("akses ditolak", "permission denied")),
        ErrorKind::IsADirectory => Some(lang.pick("ini sebuah direktori", "is a directory")),
        _ => None,
    }
}

/// `PATH: tidak dapat dibaca: REASON`.
pub fn cannot_read(lang: Lang, path: &str, reason: &str) -> String {
    lang.pick(
        format!("{path}: tidak dapat dibaca: {reason}"),
        format!("{path}: cannot be read: {reason}"),
    )
}

/// A directory walk failed.
pub fn cannot_search(lang: Lang, detail: &str) -> String {
    lang.pick(
        format!("tidak dapat menelusuri: {detail}"),
        format!("cannot search: {detail}"),
    )
}

/// The working directory is gone or unreadable.
pub fn no_working_directory(lang: Lang, detail: &str) -> String {
    lang.pick(
        format!("direktori kerja tidak dapat dibaca: {detail}"),
        format!("cannot read the working directory: {detail}"),
    )
}

/// `PATH` already exists and is not overwritten.
pub fn exists_not_overwritten(lang: Lang, path: &str) -> String {
    lang.pick(
        format!("{path} sudah ada; sopcheck tidak menimpa berkas (hapus dulu atau pilih nama lain)"),
        format!("{path} already exists; sopcheck does not overwrite files (remove it first or choose another name)"),
    )
}

/// `PATH` cannot be written.
pub fn cannot_write(lang: Lang, path: &str, detail: &str) -> String {
    lang.pick(
        format!("{path} tidak dapat ditulis: {detail}"),
        format!("cannot write {path}: {detail}"),
    )
}

// ------------------------------------------------------------------ check

/// Nothing to check in the given paths (a warning, exit 0).
pub fn no_sop_files(lang: Lang, paths: &str) -> String {
    lang.pick(
        format!("tidak ada berkas SOP (*.sop.yaml, *.sop.yml, *.sop.json, *.sop.toml) di {paths}"),
        format!("no SOP files (*.sop.yaml, *.sop.yml, *.sop.json, *.sop.toml) found in {paths}"),
    )
}

/// `GITHUB_STEP_SUMMARY` could not be appended to.
pub fn cannot_write_step_summary(lang: Lang, detail: &str) -> String {
    lang.pick(
        format!("ringkasan GITHUB_STEP_SUMMARY tidak dapat ditulis: {detail}"),
        format!("cannot write the GITHUB_STEP_SUMMARY summary: {detail}"),
    )
}

/// "3 berkas diperiksa: 1 lengkap; 4 kesalahan, 2 peringatan, 1 info."
pub fn summary_line(
    lang: Lang,
    files: usize,
    complete: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
) -> String {
    match lang {
        Lang::Id => format!(
            "{files} berkas diperiksa: {complete} lengkap; {errors} kesalahan, {warnings} peringatan, {infos} info."
        ),
        Lang::En => format!(
            "{} checked: {complete} complete; {}, {}, {infos} info.",
            plural(files, "file", "files"),
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings"),
        ),
    }
}

/// "9/12 bagian lengkap" / "9/12 sections complete".
pub fn checklist_heading(lang: Lang, done: usize, total: usize) -> String {
    lang.pick(
        format!("{done}/{total} bagian lengkap"),
        format!("{done}/{total} sections complete"),
    )
}

/// `1 file`, `2 files` (English only: Indonesian nouns do not change).
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The column heads of the step summary's table of findings.
pub fn summary_table_heads(lang: Lang) -> [&'static str; 5] {
    [
        lang.pick("Berkas", "File"),
        lang.pick("Baris", "Line"),
        lang.pick("Kode", "Code"),
        lang.pick("Tingkat", "Severity"),
        lang.pick("Pesan", "Message"),
    ]
}

/// The step summary was cut short.
pub fn more_findings(lang: Lang, more: usize) -> String {
    lang.pick(
        format!("… dan {more} temuan lain (lihat keluaran lengkap)."),
        format!("… and {more} more findings (see the full output)."),
    )
}

/// SARIF: the word before a rule's source in its help text.
pub fn source_word(lang: Lang) -> &'static str {
    lang.pick("Sumber", "Source")
}

// ------------------------------------------------------------------ configuration

/// The configuration file cannot be read.
pub fn cannot_read_config(lang: Lang, shown: &str, detail: &str) -> String {
    lang.pick(
        format!("berkas konfigurasi {shown} tidak dapat dibaca: {detail}"),
        format!("cannot read the configuration file {shown}: {detail}"),
    )
}

/// "did you mean `x`?" under a misspelt word.
pub fn did_you_mean(lang: Lang, word: &str) -> String {
    lang.pick(
        format!("mungkin maksudnya `{word}`?"),
        format!("did you mean `{word}`?"),
    )
}

/// An unknown key in the configuration.
pub fn unknown_config_key(lang: Lang, key: &str) -> String {
    lang.pick(
        format!("kunci `{key}` tidak dikenal"),
        format!("unknown key `{key}`"),
    )
}

/// The keys allowed where an unknown one was written.
pub fn known_keys_here(lang: Lang, list: &str) -> String {
    lang.pick(
        format!("kunci yang dikenal di sini: {list}"),
        format!("known keys here: {list}"),
    )
}

/// A TOML or type error in the configuration.
pub fn invalid_config(lang: Lang) -> String {
    lang.pick("konfigurasi tidak sah", "invalid configuration")
        .to_string()
}

/// A setting with a value outside its choices.
pub fn unknown_value(lang: Lang, key: &str, value: &str) -> String {
    lang.pick(
        format!("`{key}` bernilai `{value}`, yang tidak dikenal"),
        format!("`{key}` is `{value}`, which is not a known value"),
    )
}

/// The choices of a setting: `choose `a` or `b``.
pub fn choose_one(lang: Lang, choices: &[&str]) -> String {
    let quoted: Vec<String> = choices.iter().map(|c| format!("`{c}`")).collect();
    let (last, rest) = quoted
        .split_last()
        .map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
    let or = lang.pick("atau", "or");
    if rest.is_empty() {
        format!("{} {last}", lang.pick("pilih", "choose"))
    } else {
        format!(
            "{} {} {or} {last}",
            lang.pick("pilih", "choose"),
            rest.join(", ")
        )
    }
}

/// A glob that does not parse.
pub fn invalid_pattern(lang: Lang, pattern: &str) -> String {
    lang.pick(
        format!("pola `{pattern}` tidak sah"),
        format!("invalid pattern `{pattern}`"),
    )
}

/// A rule code that no rule has.
pub fn unknown_rule_code(lang: Lang, code: &str) -> String {
    lang.pick(
        format!("kode aturan `{code}` tidak dikenal"),
        format!("unknown rule code `{code}`"),
    )
}

/// Where to find every code.
pub fn rules_lists_codes(lang: Lang) -> String {
    lang.pick(
        "`sopcheck rules` menampilkan semua kode",
        "`sopcheck rules` lists every code",
    )
    .to_string()
}

/// A severity name that does not exist.
pub fn unknown_severity(lang: Lang, level: &str) -> String {
    lang.pick(
        format!("tingkat `{level}` tidak dikenal"),
        format!("unknown severity `{level}`"),
    )
}

/// `nomor_pattern` is not a regular expression.
pub fn invalid_nomor_pattern(lang: Lang) -> String {
    lang.pick("`nomor_pattern` tidak sah", "invalid `nomor_pattern`")
        .to_string()
}

// ------------------------------------------------------------------ rules, explain

/// `sopcheck rules`: the column heads.
pub fn rules_heads(lang: Lang) -> [&'static str; 5] {
    [
        lang.pick("KODE", "CODE"),
        lang.pick("NAMA", "NAME"),
        lang.pick("TINGKAT", "SEVERITY"),
        "F",
        lang.pick("KELOMPOK", "GROUP"),
    ]
}

/// What F means, under the rule table.
pub fn rules_footer(lang: Lang) -> &'static str {
    lang.pick(
        "F: hanya diperlukan untuk penandatanganan; menjadi info selama status draf. `sopcheck explain KODE` menjelaskan satu aturan.",
        "F: needed only for signing; info while the status is draf. `sopcheck explain CODE` explains one rule.",
    )
}

/// What F means, in `explain`.
pub fn signing_note(lang: Lang) -> &'static str {
    lang.pick(
        "F: hanya diperlukan untuk penandatanganan; menjadi info selama status draf.",
        "F: needed only for signing; info while the status is draf.",
    )
}

/// `explain` of a code no rule has, with the closest ones.
pub fn unknown_rule_explain(lang: Lang, wanted: &str, near: &str) -> String {
    lang.pick(
        format!("kode aturan `{wanted}` tidak dikenal; yang terdekat: {near}. `sopcheck rules` menampilkan semua aturan."),
        format!("unknown rule code `{wanted}`; the closest: {near}. `sopcheck rules` lists every rule."),
    )
}

/// The section titles of `explain`.
pub struct ExplainTitles {
    /// "What it checks:".
    pub what: &'static str,
    /// "Why:".
    pub why: &'static str,
    /// "Source:".
    pub source: &'static str,
    /// "Example that fires".
    pub fires: &'static str,
    /// "Example that passes".
    pub passes: &'static str,
    /// What the examples are.
    pub fragment_note: &'static str,
}

/// The section titles of `explain`.
pub fn explain_titles(lang: Lang) -> ExplainTitles {
    ExplainTitles {
        what: lang.pick("Yang diperiksa:", "What it checks:"),
        why: lang.pick("Mengapa:", "Why:"),
        source: lang.pick("Sumber:", "Source:"),
        fires: lang.pick("Contoh yang memicu aturan ini", "Example that fires"),
        passes: lang.pick("Contoh yang lolos", "Example that passes"),
        fragment_note: lang.pick(
            "(potongan YAML yang digabungkan ke contoh SOP lengkap)",
            "(a YAML fragment merged into the complete example SOP)",
        ),
    }
}

// ------------------------------------------------------------------ new

/// A kategori no template has.
pub fn unknown_category(lang: Lang, written: &str, choices: &str) -> String {
    lang.pick(
        format!("kategori `{written}` tidak dikenal; pilih salah satu: {choices}"),
        format!("unknown kategori `{written}`; choose one of: {choices}"),
    )
}

/// The template was written.
pub fn template_written(lang: Lang, category: &str, path: &str) -> String {
    lang.pick(
        format!("Templat {category} ditulis ke {path}."),
        format!("Wrote the {category} template to {path}."),
    )
}

// ------------------------------------------------------------------ convert

/// `convert` refused a file with SOP001.
pub fn not_converted(lang: Lang, shown: &str) -> String {
    lang.pick(
        format!("{shown} tidak dikonversi: perbaiki dulu kesalahan SOP001 di atas"),
        format!("{shown} was not converted: fix the SOP001 error above first"),
    )
}

/// `convert` of a file with findings.
pub fn converted_with_findings(lang: Lang, shown: &str, findings: usize, errors: usize) -> String {
    lang.pick(
        format!("{shown} memiliki {findings} temuan ({errors} kesalahan); dikonversi apa adanya. `sopcheck check {shown}` menampilkan semuanya."),
        format!(
            "{shown} has {} ({}); converted as it is. `sopcheck check {shown}` shows them all.",
            plural(findings, "finding", "findings"),
            plural(errors, "error", "errors")
        ),
    )
}

/// Unknown keys are dropped by `convert`.
pub fn unknown_keys_dropped(lang: Lang, unknown: usize) -> String {
    lang.pick(
        format!("{unknown} kunci yang tidak dikenal (SOP003) tidak ikut dikonversi"),
        if unknown == 1 {
            "1 unknown key (SOP003) is left out of the conversion".to_string()
        } else {
            format!("{unknown} unknown keys (SOP003) are left out of the conversion")
        },
    )
}

/// YAML comments are dropped by `convert`.
pub fn comments_dropped(lang: Lang) -> &'static str {
    lang.pick(
        "komentar YAML (`# …`) tidak ikut dikonversi",
        "YAML comments (`# …`) are not carried over",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_lines() {
        assert_eq!(
            summary_line(Lang::Id, 1, 0, 1, 2, 0),
            "1 berkas diperiksa: 0 lengkap; 1 kesalahan, 2 peringatan, 0 info."
        );
        assert_eq!(
            summary_line(Lang::En, 1, 0, 1, 2, 0),
            "1 file checked: 0 complete; 1 error, 2 warnings, 0 info."
        );
        assert_eq!(checklist_heading(Lang::En, 9, 12), "9/12 sections complete");
    }

    #[test]
    fn choices() {
        assert_eq!(
            choose_one(Lang::En, &["error", "warning"]),
            "choose `error` or `warning`"
        );
        assert_eq!(
            choose_one(Lang::Id, &["error", "warning", "info"]),
            "pilih `error`, `warning` atau `info`"
        );
    }
}
