//! The templates of `templates/*.sop.yaml` (one per kategori, DESIGN.md §1): each is a
//! realistic draft for KPU Provinsi Nusa Tenggara Timur that reports nothing except the
//! identity fields only the office can fill in (number, dates, the signer's name and NIP).

#![cfg(not(target_arch = "wasm32"))]
// Helpers of a test crate may panic like the tests they serve (clippy.toml allows it in tests).
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use sop_core::model::{Category, Status, Symbol, FORMAT_V1};
use sop_core::{check_source, templates, CheckOptions, Date, Format, Lang, Severity};

/// The only findings a template may have: `(code, pointer, severity)`. SOP106 is the one
/// error: `tanggal_pembuatan` is the date the office finishes the SOP. The others are
/// signing-only (F) rules, which a `draf` reports as info.
const ALLOWED: &[(&str, &str, Severity)] = &[
    ("SOP103", "/identitas/nomor", Severity::Info),
    ("SOP106", "/identitas/tanggal_pembuatan", Severity::Error),
    ("SOP107", "/identitas/tanggal_efektif", Severity::Info),
    ("SOP109", "/identitas/disahkan_oleh/nama", Severity::Info),
    ("SOP110", "/identitas/disahkan_oleh/nip", Severity::Info),
];

/// Checklist items that stay open in a template (they hold the office's fields).
const OPEN_ITEMS: &[&str] = &["identitas"];

const INSTANSI: &str = "Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur";

fn options() -> CheckOptions {
    CheckOptions {
        today: Date::new(2026, 11, 27),
        ..CheckOptions::default()
    }
}

fn templates_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates")
}

#[test]
fn there_is_one_template_file_per_kategori_and_the_crate_embeds_it() {
    let mut on_disk: Vec<String> = std::fs::read_dir(templates_dir())
        .expect("templates/ exists")
        .map(|e| {
            e.expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".sop.yaml"))
        .collect();
    on_disk.sort();
    let mut expected: Vec<String> = Category::ALL
        .iter()
        .map(|c| format!("{}.sop.yaml", c.key()))
        .collect();
    expected.sort();
    assert_eq!(on_disk, expected);

    for (category, text) in templates::all() {
        let path = templates_dir().join(format!("{}.sop.yaml", category.key()));
        let file = std::fs::read_to_string(&path).expect("template readable");
        assert_eq!(
            text,
            file,
            "{} is not the embedded template",
            path.display()
        );
    }
}

#[test]
fn each_template_reports_only_the_fields_left_for_the_office() {
    let mut failures = Vec::new();
    for (category, text) in templates::all() {
        let (parsed, report) = check_source(text, Format::Yaml, &options());
        let found: BTreeSet<(&str, &str, Severity)> = report
            .diagnostics
            .iter()
            .map(|d| (d.code(), d.pointer.as_str(), d.severity))
            .collect();
        let allowed: BTreeSet<(&str, &str, Severity)> = ALLOWED.iter().copied().collect();
        if found != allowed {
            let unexpected: Vec<String> = report
                .diagnostics
                .iter()
                .filter(|d| !allowed.contains(&(d.code(), d.pointer.as_str(), d.severity)))
                .map(|d| {
                    format!(
                        "{} {:?} {} — {}",
                        d.code(),
                        d.severity,
                        d.pointer,
                        d.message(Lang::En).message
                    )
                })
                .collect();
            let missing: Vec<_> = allowed.difference(&found).collect();
            failures.push(format!(
                "{}: unexpected {unexpected:#?}; expected but not reported {missing:?}",
                category.key()
            ));
        }
        assert!(!parsed.failed, "{} does not parse", category.key());
        // Exactly one error (the office's tanggal_pembuatan), no warning at all.
        assert_eq!(report.count(Severity::Warning), 0, "{}", category.key());
        for item in &report.checklist {
            if !OPEN_ITEMS.contains(&item.id) {
                assert!(
                    item.done,
                    "{}: checklist item {} open",
                    category.key(),
                    item.id
                );
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_template_declares_its_own_kategori_and_the_office_fields_are_empty() {
    for (category, text) in templates::all() {
        let parsed = sop_core::parse(text, Format::Yaml);
        let sop = &parsed.sop;
        let key = category.key();
        assert_eq!(
            sop.category, category,
            "{key}.sop.yaml declares another kategori"
        );
        assert_eq!(sop.format, FORMAT_V1, "{key}");
        assert_eq!(sop.status, Status::Draf, "{key}");
        let id = &sop.identity;
        assert_eq!(id.agency, INSTANSI, "{key}");
        for (field, value) in [("unit", &id.unit), ("nama", &id.name)] {
            assert!(!value.trim().is_empty(), "{key}: {field} empty");
        }
        assert!(!id.approved_by.position.trim().is_empty(), "{key}: jabatan");
        // Only the office can know these.
        for (field, value) in [
            ("nomor", &id.number),
            ("tanggal_pembuatan", &id.created),
            ("tanggal_efektif", &id.effective),
            ("disahkan_oleh.nama", &id.approved_by.name),
            ("disahkan_oleh.nip", &id.approved_by.nip),
        ] {
            assert!(
                value.is_empty(),
                "{key}: {field} should be left for the office"
            );
        }
        assert!(!sop.purpose.trim().is_empty(), "{key}: tujuan");
        assert!(
            sop.warnings
                .iter()
                .all(|w| w.starts_with("Jika SOP ini tidak dilaksanakan")),
            "{key}: every peringatan states the consequence"
        );

        let steps = &sop.steps;
        assert!(
            (6..=12).contains(&steps.len()),
            "{key}: {} steps",
            steps.len()
        );
        assert_eq!(steps[0].symbol(), Some(Symbol::Mulai), "{key}");
        assert_eq!(
            steps[steps.len() - 1].symbol(),
            Some(Symbol::Selesai),
            "{key}"
        );
        for (i, step) in steps.iter().enumerate() {
            assert_eq!(step.number, u32::try_from(i + 1).ok(), "{key}: step {i}");
            let q = &step.quality;
            assert!(
                !q.requirements.is_empty() && !q.time.is_empty() && !q.output.is_empty(),
                "{key}: step {} lacks mutu baku",
                i + 1
            );
            assert!(
                sop_core::duration::parse(&q.time).is_some(),
                "{key}: waktu {:?}",
                q.time
            );
        }
        let decisions: Vec<_> = steps
            .iter()
            .filter(|s| s.symbol() == Some(Symbol::Keputusan))
            .collect();
        assert!(!decisions.is_empty(), "{key}: no keputusan");
        for d in decisions {
            assert_eq!(d.branches.len(), 2, "{key}: step {:?}", d.number);
        }
    }
}

#[test]
fn statutory_templates_name_their_deadlines() {
    let lip = templates::template(Category::LayananInformasiPublik);
    for needle in [
        "10 hari kerja",
        "paling lama 7 hari kerja",
        "perpanjangan",
        "PPID",
    ] {
        assert!(
            lip.contains(needle),
            "layanan_informasi_publik lacks {needle:?}"
        );
    }
    let keberatan = templates::template(Category::KeberatanInformasi);
    for needle in ["Atasan PPID", "30 hari kerja", "Pasal 36"] {
        assert!(
            keberatan.contains(needle),
            "keberatan_informasi lacks {needle:?}"
        );
    }
    // A release is checked by another lane before it is published (SOP611).
    let berita = sop_core::parse(templates::template(Category::PembuatanBerita), Format::Yaml).sop;
    let writer = &berita.steps[0].performers;
    let last = berita.steps.len() - 1;
    assert!(berita.steps[..last]
        .iter()
        .any(|s| s.symbol() == Some(Symbol::Keputusan) && s.performers != *writer));
}

#[test]
fn submitted_templates_need_only_the_signing_fields() {
    // Once submitted (`diajukan`), the F rules are errors/warnings again: what remains is
    // exactly the office's part.
    for (category, text) in templates::all() {
        let submitted = text.replace("status: draf", "status: diajukan");
        let (_, report) = check_source(&submitted, Format::Yaml, &options());
        let codes: BTreeSet<&str> = report.diagnostics.iter().map(|d| d.code()).collect();
        let expected: BTreeSet<&str> = ALLOWED.iter().map(|a| a.0).collect();
        assert_eq!(codes, expected, "{}", category.key());
        assert!(!report.complete, "{}", category.key());
    }
}
