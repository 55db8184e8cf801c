//! The form wording of every message of every rule (DESIGN.md §4, issue 12): what the web
//! app and the widget show to KPU staff, who fill in a form and never see the file. Real
//! findings — the complete example with one part changed, so the values are what a user
//! would meet, with pointers into steps, lanes, monitoring and evaluations — are rendered
//! for the form in both languages and must name no file key (no `snake_case`), hold no
//! backtick and no YAML (`{ … }`, `- `, `ke:`), and name symbols as the form does
//! ("simbol Mulai"). What the user wrote is quoted (“…”) and is theirs, so it is left out
//! of the check. Every message of the registry must be met here: a new message is
//! checked as soon as its rule is.

#![allow(clippy::expect_used)]

use sop_core::keys::Shape;
use sop_core::profile::{Agency, Profile, RuleOverrides};
use sop_core::rules::format::parse_error;
use sop_core::{parse, Audience, CheckOptions, Date, Diagnostic, Format, Lang, Span};

/// Files a fragment merged into the example cannot be: broken ones, read as they are.
const RAW: &[&str] = &[
    "a: 1\na: 2\n",
    "format: sop/1\n---\nformat: sop/1\n",
    "? [a, b]\n: c\n",
];

/// The complete example of DESIGN.md §3 (it reports nothing).
const EXAMPLE: &str = include_str!("data/example.sop.yaml");

/// Today 2026-11-27 (as the rule tests) and a KPU-style numbering pattern (SOP104).
fn options() -> CheckOptions {
    CheckOptions {
        today: Date::new(2026, 11, 27),
        profile: Profile::new(
            Agency {
                nomor_pattern: r"\d{2}/PP\.01-SOP/\d{2}/\d{4}".into(),
                ..Agency::default()
            },
            RuleOverrides::default(),
        )
        .expect("the test profile is valid"),
    }
}

/// The findings of the example with `fragment` merged into it; a fragment that is not
/// YAML is checked on its own (syntax errors).
fn findings(fragment: &str) -> Vec<Diagnostic> {
    let Some(overlay) = parse::read_tree(fragment, Format::Yaml) else {
        return sop_core::check_source(fragment, Format::Yaml, &options())
            .1
            .diagnostics;
    };
    let mut base = parse::read_tree(EXAMPLE, Format::Yaml).expect("the example parses");
    base.merge(overlay);
    sop_core::check_parsed(&parse::parse_tree(&base), &options()).diagnostics
}

/// The four rows of the example's flow, in flow style, to change one of them.
const STEP_1: &str = "{ nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai, mutu_baku: { kelengkapan: Formulir, waktu: 15 menit, output: Formulir terisi } }";
const STEP_4: &str = "{ nomor: 4, uraian: Menyampaikan pemberitahuan tertulis, pelaksana: ppid, simbol: selesai, mutu_baku: { kelengkapan: Informasi, waktu: 7 hari kerja, output: Surat } }";

/// `kegiatan:` with these rows.
fn steps(rows: &[&str]) -> String {
    let mut text = String::from("kegiatan:\n");
    for row in rows {
        text.push_str("  - ");
        text.push_str(row);
        text.push('\n');
    }
    text
}

/// A `proses` row numbered `n`, with a full mutu baku and `extra` keys.
fn row(n: u32, extra: &str) -> String {
    format!("{{ nomor: {n}, uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {{ kelengkapan: Berkas, waktu: 10 menit, output: Hasil }}{extra} }}")
}

/// A `keputusan` row numbered `n` with `branches`.
fn decision(n: u32, branches: &str) -> String {
    format!("{{ nomor: {n}, uraian: Memeriksa kelengkapan, pelaksana: petugas, simbol: keputusan, cabang: {branches}, mutu_baku: {{ kelengkapan: Berkas, waktu: 10 menit, output: Hasil }} }}")
}

/// Fragments that make the messages the rules' docs examples do not reach.
fn fragments() -> Vec<String> {
    let full = |rows: &[String]| {
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        steps(&rows)
    };
    let criteria = "{ mendorong_kinerja: ya, mudah_dipahami: ya, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: ya, menjawab_kebutuhan: ya, sinergi: ya }";
    vec![
        // SOP002: shapes in steps, lanes, monitoring and evaluations; choices; dates
        "pelaksana:\n  - { id: [pemohon], nama: Pemohon Informasi }\n".into(),
        full(&[STEP_1.into(), row(2, ", ke: [3]"), row(3, ", ke: satu"), STEP_4.into()]),
        full(&[STEP_1.into(), decision(2, "[{ label: Ya, ke: x }, { label: Tidak, ke: 3 }]"), row(3, ""), STEP_4.into()]),
        "kegiatan:\n  - { nomor: 1, uraian: Mengajukan, pelaksana: pemohon, simbol: mulai, mutu_baku: 15 menit }\n".into(),
        format!("evaluasi:\n  - {{ tanggal: 2026-07-15, penilai: Kabag, kriteria: [ya] }}\n  - {{ tanggal: besok, penilai: Kabag, kriteria: {criteria} }}\n"),
        "monitoring:\n  - { tanggal: 15 Okt, penilaian: berjalan_baik, catatan: \"-\", tindakan: \"-\", penilai: Kasubbag }\n  - { tanggal: 2026-10-15, penilaian: [baik], catatan: \"-\", tindakan: \"-\", penilai: Kasubbag }\n".into(),
        "kategori: layanan_informasi\nstatus: sah\n".into(),
        "identitas:\n  tanggal_revisi: besok\n".into(),
        // SOP003, SOP005
        "identitas:\n  warna: merah\nlampiran: [a]\n".into(),
        "format: null\n".into(),
        // SOP106, SOP107, SOP109, SOP110
        "identitas:\n  tanggal_pembuatan: null\n  tanggal_efektif: besok\n  disahkan_oleh:\n    nama: \"\"\n    nip: \"\"\n".into(),
        "identitas:\n  disahkan_oleh:\n    nip: \"123\"\n".into(),
        "identitas:\n  disahkan_oleh:\n    nip: \"197001011995131001\"\n".into(),
        "identitas:\n  disahkan_oleh:\n    nip: \"197001011995033001\"\n".into(),
        "identitas:\n  disahkan_oleh:\n    nip: \"197001011995031000\"\n".into(),
        // SOP202: the three kinds
        "dasar_hukum:\n  - Undang-Undang tentang Keterbukaan Informasi Publik\n  - Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n  - Keterbukaan Informasi Publik\n".into(),
        // SOP302, SOP307: lanes and the steps naming them
        "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: Pemohon, nama: Petugas Layanan PPID }\n  - { id: \"\", nama: Petugas Layanan PPID }\n  - { id: ppid, nama: \"\" }\n".into(),
        full(&[STEP_1.into(), "{ nomor: 2, uraian: Memeriksa, pelaksana: \"\", mutu_baku: { kelengkapan: a, waktu: 1 jam, output: b } }".into(), "{ nomor: 3, uraian: Mencatat, pelaksana: sekretaris_kpu, mutu_baku: { kelengkapan: a, waktu: 1 jam, output: b } }".into(), STEP_4.into()]),
        // SOP305
        full(&[STEP_1.into(), row(2, ""), row(2, ""), "{ uraian: Mencatat, pelaksana: petugas, mutu_baku: { kelengkapan: a, waktu: 1 jam, output: b } }".into(), row(7, ""), STEP_4.into()]),
        // SOP308: every cell
        full(&[STEP_1.into(), "{ nomor: 2, uraian: Memeriksa berkas, pelaksana: petugas }".into(), STEP_4.into()]),
        // SOP401, SOP402, SOP408
        full(&[row(1, ""), row(2, ""), row(3, "")]),
        full(&[STEP_1.into(), "{ nomor: 2, uraian: Menerima, pelaksana: petugas, simbol: mulai }".into(), STEP_4.into(), row(4, "")]),
        full(&[row(1, ""), STEP_1.replace("nomor: 1", "nomor: 2"), STEP_4.replace("nomor: 4", "nomor: 3")]),
        full(&[STEP_1.into(), row(2, ""), STEP_4.replace("simbol: selesai", "simbol: selesai, ke: 1, cabang: [{ label: Ya, ke: 1 }, { label: Tidak, ke: 2 }]")]),
        // SOP403, SOP404, SOP405, SOP408 self-branch
        full(&[STEP_1.into(), decision(2, "[{ label: \"\", ke: 4 }, { label: Tidak lengkap }]"), row(3, ", ke: 1"), STEP_4.into()]),
        full(&[STEP_1.into(), decision(2, "[{ label: Ya, ke: 4 }, { label: Tidak, ke: 3 }, { label: Mungkin, ke: 3 }]"), row(3, ", cabang: [{ label: Ya, ke: 4 }]"), STEP_4.into()]),
        full(&[STEP_1.into(), decision(2, "[{ label: Diterima, ke: 9 }, { label: Ditolak, ke: 2 }]"), row(3, ""), STEP_4.into()]),
        // SOP406, SOP407
        full(&[STEP_1.into(), row(2, ", ke: 4"), "{ uraian: Mencatat, pelaksana: petugas, mutu_baku: { kelengkapan: a, waktu: 1 jam, output: b } }".into(), STEP_4.into()]),
        full(&[STEP_1.into(), row(2, ", ke: 3"), row(3, ", ke: 2"), STEP_4.into()]),
        full(&[STEP_1.into(), row(2, ", ke: 2"), STEP_4.into()]),
        full(&[STEP_1.into(), decision(2, "[{ label: Ya, ke: 3 }, { label: Tidak, ke: 4 }]"), row(3, ", ke: 9"), STEP_4.into()]),
        full(&[STEP_1.into(), decision(2, "[{ label: Ya, ke: 3 }, { label: Tidak, ke: 4 }]"), STEP_4.replace("nomor: 4", "nomor: 3"), row(4, "")]),
        // SOP501, SOP502, SOP503
        format!("evaluasi:\n  - {{ tanggal: 2025-01-10, penilai: Kabag, kriteria: {criteria} }}\nmonitoring: null\n"),
        "evaluasi: null\nidentitas:\n  tanggal_revisi: 2026-01-10\n".into(),
        // SOP504
        format!("monitoring:\n  - {{ penilaian: \"\", catatan: \"-\", tindakan: \"-\", penilai: Kasubbag }}\n  - {{ tanggal: 2026-10-15, penilaian: baik, catatan: \"-\", tindakan: \"-\", penilai: Kasubbag }}\nevaluasi:\n  - {{ tanggal: 2026-07-15, penilai: Kabag, kriteria: {{ mendorong_kinerja: ya }} }}\n  - {{ tanggal: 2026-07-16, penilai: Kabag, kriteria: {{}} }}\n"),
        // SOP601 with an extension, SOP602, SOP603
        full(&[STEP_1.into(), row(2, ""), STEP_4.replace("waktu: 7 hari kerja", "waktu: 20 hari kerja").replace(" }", ", keterangan: Dapat diperpanjang 7 hari kerja }")]),
        "kategori: keberatan_informasi\ndasar_hukum: [Perki Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik]\n".into(),
        // SOP604 without an Atasan PPID lane
        "kategori: keberatan_informasi\nkegiatan:\n  - { nomor: 1, uraian: Mengajukan keberatan, pelaksana: pemohon, simbol: mulai, mutu_baku: { kelengkapan: a, waktu: 1 hari kerja, output: b } }\n  - { nomor: 2, uraian: Memeriksa keberatan, pelaksana: ppid, mutu_baku: { kelengkapan: a, waktu: 31 hari kerja, output: b } }\n  - { nomor: 3, uraian: Menyampaikan tanggapan, pelaksana: ppid, simbol: selesai, mutu_baku: { kelengkapan: a, waktu: 1 hari kerja, output: b } }\n".into(),
    ]
}

/// Findings the reader makes of files a fragment cannot describe (a huge, deep, binary or
/// TOML file), by their constructors.
fn reader_findings() -> Vec<Diagnostic> {
    let at = Span::new(0, 3);
    vec![
        parse_error::too_large(6_000_000, 5_242_880),
        parse_error::too_deep(64, at),
        parse_error::too_many_nodes(200_000),
        parse_error::alias_expansion(10_000, at),
        parse_error::invalid_utf8(12, at),
        parse_error::control_char('\u{7}', at),
        parse_error::toml_unsupported(),
    ]
}

/// Every finding of the test: the docs examples of every rule, the fragments, the reader's.
fn all_findings() -> Vec<Diagnostic> {
    let mut all = Vec::new();
    #[cfg(feature = "docs")]
    for rule in sop_core::rules::all() {
        all.extend(findings(rule.docs.fires));
    }
    for fragment in fragments() {
        all.extend(findings(&fragment));
    }
    for text in RAW {
        all.extend(
            sop_core::check_source(text, Format::Yaml, &options())
                .1
                .diagnostics,
        );
    }
    all.extend(reader_findings());
    all
}

/// `text` without the quoted values the user wrote (“…” around one of the finding's values).
fn without_user_text(text: &str, d: &Diagnostic) -> String {
    let mut out = text.to_string();
    for value in &d.args {
        out = out.replace(&format!("\u{201c}{value}\u{201d}"), "“…”");
    }
    out
}

/// What in `text` a form user should never see, if anything.
fn file_syntax(text: &str) -> Option<String> {
    if let Some(word) = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .find(|w| w.contains('_'))
    {
        return Some(format!("the file key {word:?}"));
    }
    for mark in ['`', '{', '}', '[', ']'] {
        if text.contains(mark) {
            return Some(format!("{mark:?}"));
        }
    }
    if text.starts_with("- ") || text.contains("\n- ") {
        return Some("a YAML list item".into());
    }
    // `ke: 4`, `simbol: mulai`, `format: sop/1`: a key with a value as the file writes it
    // (a colon in a sentence, "kedua tanggal: tanggal efektif", is prose).
    let file_value = |v: &str| {
        v.starts_with(|c: char| c.is_ascii_digit())
            || [
                "mulai",
                "proses",
                "keputusan",
                "selesai",
                "sop/1",
                "ya",
                "tidak",
                "draf",
                "diajukan",
                "berlaku",
                "dicabut",
                "umum",
            ]
            .iter()
            .any(|k| {
                v == *k
                    || v.starts_with(&format!("{k} "))
                    || v.starts_with(&format!("{k},"))
                    || v.starts_with(&format!("{k}."))
            })
    };
    for shape in Shape::ALL.into_iter().filter(|s| *s != Shape::Criteria) {
        for key in shape.keys() {
            let written = format!("{key}: ");
            let starts_a_word = |i: usize| i == 0 || !text[..i].ends_with(char::is_alphanumeric);
            if text
                .match_indices(&written)
                .any(|(i, _)| starts_a_word(i) && file_value(&text[i + written.len()..]))
            {
                return Some(format!("the YAML key {written:?}"));
            }
        }
    }
    for symbol in ["mulai", "proses", "keputusan", "selesai"] {
        if text.contains(&format!("simbol {symbol}")) {
            return Some(format!(
                "the symbol key {symbol:?} (the form says {:?})",
                symbol.to_uppercase()
            ));
        }
    }
    None
}

#[test]
fn every_form_message_speaks_the_forms_words() {
    let findings = all_findings();
    let mut problems = Vec::new();
    for d in &findings {
        for lang in Lang::ALL {
            let text = d.text(Audience::Form, lang);
            for (part, shown) in [("message", &text.message), ("help", &text.help)] {
                if let Some(problem) = file_syntax(&without_user_text(shown, d)) {
                    problems.push(format!(
                        "{:?} {lang:?} {part} at {}: {problem}\n    {shown}",
                        d.kind, d.pointer
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "form wording that names the file:\n{}",
        problems.join("\n")
    );
}

#[cfg(feature = "docs")]
#[test]
fn every_message_of_the_registry_is_checked_here() {
    let met: std::collections::BTreeSet<String> = all_findings()
        .iter()
        .map(|d| format!("{:?}", d.kind))
        .collect();
    let missing: Vec<String> = sop_core::rules::all()
        .flat_map(|r| r.messages.iter().map(|m| format!("{m:?}")))
        .filter(|m| !met.contains(m))
        .collect();
    assert!(
        missing.is_empty(),
        "no finding of these messages in tests/wording.rs; add a fragment that makes them: {missing:?}"
    );
}

#[test]
fn form_wording_names_the_forms_choices() {
    let findings = all_findings();
    let form = |code: &str, lang: Lang| -> Vec<String> {
        findings
            .iter()
            .filter(|d| d.code() == code)
            .map(|d| {
                let t = d.text(Audience::Form, lang);
                format!("{} {}", t.message, t.help)
            })
            .collect()
    };
    // A kategori by its name on the form, never by its key.
    assert!(form("SOP602", Lang::Id)
        .iter()
        .any(|t| t.contains("SOP kategori Keberatan Informasi Publik")));
    assert!(form("SOP603", Lang::Id)
        .iter()
        .any(|t| t.contains("SOP kategori Layanan Informasi Publik")));
    // A penilaian by the form's two answers.
    assert!(form("SOP504", Lang::Id)
        .iter()
        .any(|t| t.contains("Berjalan dengan baik atau Tidak berjalan dengan baik")));
    // A symbol as the form's choice, a field by its label, dates in the long form.
    assert!(form("SOP401", Lang::Id)
        .iter()
        .any(|t| t.contains("Pilih simbol Mulai pada langkah 1")));
    assert!(form("SOP201", Lang::Id)
        .iter()
        .any(|t| t.contains("Tambahkan minimal satu butir pada isian Dasar Hukum")));
    assert!(form("SOP501", Lang::En)
        .iter()
        .any(|t| t.contains("10 January 2025")));
    assert!(form("SOP002", Lang::Id)
        .iter()
        .any(|t| t.contains("Tanggal pada Monitoring 1 bukan tanggal yang terbaca")));
}

#[test]
fn the_check_sees_file_keys_and_syntax() {
    // The check itself, on texts the form must never show.
    for bad in [
        "Isi minimal satu dasar hukum di `dasar_hukum`.",
        "misalnya - { id: petugas, nama: Petugas }",
        "Isi tanggal_pembuatan",
        "Ubah menjadi simbol mulai.",
        "Tulis ke: 4 pada cabang.",
        "Tambahkan simbol: selesai pada langkah 4.",
        "format: sop/1",
        "- Undang-Undang",
        "nilai [ya]",
    ] {
        assert!(file_syntax(bad).is_some(), "{bad}");
    }
    for good in [
        "Tambahkan minimal satu butir pada isian Dasar Hukum, misalnya “Undang-Undang Nomor 14 Tahun 2008”.",
        "Pilih simbol Mulai pada langkah 1; Langkah berikutnya: langkah 2.",
        "Pilih Penilaian: Berjalan dengan baik atau Tidak berjalan dengan baik.",
        "Periksa kedua tanggal: tanggal efektif dan tanggal revisi.",
        "Pilih salah satu simbol: Mulai (awal prosedur) atau Selesai.",
    ] {
        assert_eq!(file_syntax(good), None, "{good}");
    }
}
