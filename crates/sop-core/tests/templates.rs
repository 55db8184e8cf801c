//! The templates of `templates/*.sop.yaml` (one per kategori, DESIGN.md §1): each is a
//! realistic draft for KPU Provinsi Nusa Tenggara Timur that reports nothing except the
//! identity fields only the office can fill in (number, dates, the signer's name and NIP).
//! `sopcheck new` writes the day's date into `tanggal_pembuatan`; from then on a template
//! has no error at all.

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

/// The unit kerja of the division that drafts these SOPs (DESIGN.md §1 and §3).
const UNIT: &str = "Subbagian Partisipasi Masyarakat dan Sumber Daya Manusia";

/// The empty creation date as each template writes it: the text `sopcheck new` replaces.
const EMPTY_CREATED: &str = "tanggal_pembuatan: \"\"";

/// A template as `sopcheck new` leaves it: `tanggal_pembuatan` filled with `date`.
fn with_created(text: &str, date: &str) -> String {
    text.replacen(EMPTY_CREATED, &format!("tanggal_pembuatan: {date}"), 1)
}

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

#[test]
fn with_the_creation_date_filled_in_no_template_has_an_error_or_warning() {
    // Both date forms DESIGN.md §3 accepts; the date is the checking day, as with `new`.
    for date in ["2026-11-27", "27 November 2026"] {
        for (category, text) in templates::all() {
            let key = category.key();
            assert_eq!(
                text.matches(EMPTY_CREATED).count(),
                1,
                "{key}: `{EMPTY_CREATED}` is what `new` fills in"
            );
            let (parsed, report) =
                check_source(&with_created(text, date), Format::Yaml, &options());
            assert_eq!(parsed.sop.identity.created, date, "{key}");
            let problems: Vec<String> = report
                .diagnostics
                .iter()
                .filter(|d| d.severity >= Severity::Warning)
                .map(|d| {
                    format!(
                        "{} {} — {}",
                        d.code(),
                        d.pointer,
                        d.message(Lang::En).message
                    )
                })
                .collect();
            assert!(problems.is_empty(), "{key} with {date}: {problems:#?}");
            let codes: BTreeSet<&str> = report.diagnostics.iter().map(|d| d.code()).collect();
            let signing: BTreeSet<&str> = ["SOP103", "SOP107", "SOP109", "SOP110"].into();
            assert_eq!(codes, signing, "{key} with {date}: only the signing fields");
        }
    }
}

#[test]
fn templates_name_the_same_unit_and_cite_articles_with_their_ayat_in_brackets() {
    for (category, text) in templates::all() {
        let key = category.key();
        let sop = sop_core::parse(text, Format::Yaml).sop;
        assert_eq!(sop.identity.unit, UNIT, "{key}");
        // UU 12/2011 Lampiran II: "Pasal 22 ayat (7)", never "ayat 7".
        let bare = text
            .match_indices("ayat ")
            .filter(|(i, _)| text[i + 5..].starts_with(|c: char| c.is_ascii_digit()))
            .count();
        assert_eq!(bare, 0, "{key}: an ayat without brackets");
        // Lanes are jabatan written out in full, not "… dan SDM".
        for lane in &sop.lanes {
            assert!(!lane.name.contains("SDM"), "{key}: {}", lane.name);
        }
    }
}

#[test]
fn lanes_taken_from_the_kpu_working_arrangements_cite_them() {
    const TATA_KERJA: &str =
        "Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata Kerja";
    const SEKRETARIAT: &str = "Peraturan Komisi Pemilihan Umum Nomor 14 Tahun 2020 tentang Tugas, Fungsi, Susunan Organisasi, dan Tata Kerja Sekretariat";
    for category in [
        Category::PembuatanBerita,
        Category::KpuMengajar,
        Category::Umum,
    ] {
        let sop = sop_core::parse(templates::template(category), Format::Yaml).sop;
        for needle in [TATA_KERJA, SEKRETARIAT] {
            assert!(
                sop.legal_basis.iter().any(|b| b.starts_with(needle)),
                "{}: {needle}",
                category.key()
            );
        }
    }
    let sdm = sop_core::parse(templates::template(Category::AdministrasiSdm), Format::Yaml).sop;
    assert!(sdm.legal_basis.iter().any(|b| b.starts_with(SEKRETARIAT)));
}

/// The lane of a step (templates give each step one pelaksana), by id.
fn lane_name<'a>(sop: &'a sop_core::Sop, step: &sop_core::model::Step) -> &'a str {
    let id = step.performers.first().expect("a pelaksana");
    &sop.lanes
        .iter()
        .find(|l| &l.id == id)
        .expect("a known lane")
        .name
}

#[test]
fn leave_is_decided_by_the_leave_granting_official_not_the_direct_superior() {
    // PP 11/2017 and Perka BKN 24/2017: the atasan langsung gives a pertimbangan; the
    // pejabat yang berwenang memberikan cuti (here the Sekretaris) decides.
    let sop = sop_core::parse(templates::template(Category::AdministrasiSdm), Format::Yaml).sop;
    let by = |who: &str| -> Vec<&sop_core::model::Step> {
        sop.steps
            .iter()
            .filter(|s| lane_name(&sop, s) == who)
            .collect()
    };
    let superior = by("Atasan Langsung");
    assert!(!superior.is_empty());
    assert!(superior.iter().all(|s| s.symbol() == Some(Symbol::Proses)));
    let official = by("Sekretaris KPU Provinsi Nusa Tenggara Timur");
    let decision = official
        .iter()
        .find(|s| s.symbol() == Some(Symbol::Keputusan))
        .expect("the Sekretaris decides");
    // Refused leave skips the signature; granted leave is signed first.
    let [yes, no] = decision.branches.as_slice() else {
        panic!("two cabang");
    };
    let step = |n: Option<u32>| &sop.steps[n.expect("a target") as usize - 1];
    assert!(step(yes.target).description.starts_with("Menandatangani"));
    assert!(!step(no.target).description.starts_with("Menandatangani"));
}

#[test]
fn a_letter_is_signed_before_it_is_sent() {
    let sop = sop_core::parse(templates::template(Category::Umum), Format::Yaml).sop;
    let signed = sop
        .steps
        .iter()
        .position(|s| s.quality.requirements.contains("ditandatangani"))
        .expect("a step needs a signed letter");
    let signing = sop
        .steps
        .iter()
        .position(|s| s.description.starts_with("Menandatangani"))
        .expect("a step signs it");
    assert!(signing < signed);
    assert_eq!(
        lane_name(&sop, &sop.steps[signing]),
        "Sekretaris KPU Provinsi Nusa Tenggara Timur"
    );
}
