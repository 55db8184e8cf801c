//! Budgets of DESIGN.md §8: `check` of a generated 60-step SOP (< 200 µs native), and
//! parse + check of a ~10 KB YAML file.
//!
//! `cargo bench -p sop-core --bench check` (add `-- --quick` for a short run). The bench
//! profile inherits `release`, the native build `cargo install` gives users (opt-level 3).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sop_core::model::{
    Branch, Category, Criteria, Evaluation, Identity, Lane, MonitoringRecord, QualityStandard,
    Signer, Sop, Status, Step, FORMAT_V1,
};
use sop_core::{check, check_source, emit, CheckOptions, Date, Format};

const LANES: [(&str, &str); 5] = [
    ("pemohon", "Pemohon Informasi Publik"),
    ("petugas", "Petugas Layanan Informasi PPID"),
    ("ppid", "PPID KPU Provinsi Nusa Tenggara Timur"),
    ("unit", "Unit Kerja Pengelola Informasi"),
    ("atasan", "Atasan PPID KPU Provinsi Nusa Tenggara Timur"),
];

/// A complete, signed SOP with `n` steps (it reports nothing): a decision every 6th step whose "Tidak" branch
/// loops back two rows, every step with its mutu baku.
fn generated(n: u32, category: Category) -> Sop {
    let mut steps = Vec::new();
    for i in 1..=n {
        let lane = LANES[(i as usize) % LANES.len()].0;
        let (symbol, branches) = if i == 1 {
            ("mulai", Vec::new())
        } else if i == n {
            ("selesai", Vec::new())
        } else if i % 6 == 0 {
            (
                "keputusan",
                vec![
                    Branch {
                        label: "Ya".into(),
                        target: Some(i + 1),
                    },
                    Branch {
                        label: "Tidak".into(),
                        target: Some(i - 2),
                    },
                ],
            )
        } else {
            ("proses", Vec::new())
        };
        steps.push(Step {
            number: Some(i),
            description: format!("Memeriksa dan memproses berkas permohonan tahap {i}"),
            performers: vec![lane.to_string()],
            symbol: symbol.into(),
            branches,
            next: None,
            quality: QualityStandard {
                requirements: format!("Berkas hasil tahap {}", i.saturating_sub(1)),
                time: if i % 3 == 0 { "1 jam" } else { "15 menit" }.into(),
                output: format!("Berkas hasil tahap {i}"),
            },
            remarks: if i % 10 == 0 {
                "Dapat diperpanjang paling lama 7 hari kerja dengan alasan tertulis".into()
            } else {
                String::new()
            },
        });
    }
    Sop {
        format: FORMAT_V1.into(),
        category,
        status: Status::Berlaku,
        identity: Identity {
            agency: "Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur".into(),
            unit: "Subbagian Teknis dan Hubungan Partisipasi Masyarakat".into(),
            number: "05/PP.01-SOP/53/2025".into(),
            name: "Pelayanan Permohonan Informasi Publik".into(),
            created: "2025-07-10".into(),
            effective: "2025-08-01".into(),
            approved_by: Signer {
                position: "Sekretaris KPU Provinsi Nusa Tenggara Timur".into(),
                name: "Nama Pejabat".into(),
                nip: "197001011995031001".into(),
            },
            ..Identity::default()
        },
        purpose: "Memberikan layanan informasi publik secara cepat dan tepat waktu".into(),
        legal_basis: vec![
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik".into(),
            "Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik".into(),
        ],
        qualifications: vec!["Memahami tugas dan fungsi PPID".into()],
        related: vec!["SOP Penanganan Keberatan Informasi Publik".into()],
        equipment: vec!["Komputer".into(), "Formulir permohonan informasi".into()],
        warnings: vec![
            "Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu"
                .into(),
        ],
        records: vec!["Register permohonan informasi publik".into()],
        lanes: LANES
            .iter()
            .map(|(id, name)| Lane {
                id: (*id).into(),
                name: (*name).into(),
            })
            .collect(),
        steps,
        monitoring: vec![MonitoringRecord {
            date: "2026-10-15".into(),
            assessment: "berjalan_baik".into(),
            notes: "-".into(),
            action: "-".into(),
            assessor: "Kepala Subbagian".into(),
        }],
        evaluations: vec![Evaluation {
            date: "2026-07-15".into(),
            assessor: "Kepala Bagian Perencanaan, Data dan Informasi".into(),
            criteria: Criteria {
                mendorong_kinerja: "ya".into(),
                mudah_dipahami: "ya".into(),
                mudah_dilaksanakan: "ya".into(),
                peran_jelas: "ya".into(),
                mengatasi_masalah: "tidak".into(),
                menjawab_kebutuhan: "ya".into(),
                sinergi: "ya".into(),
            },
            notes: String::new(),
        }],
    }
}

fn options() -> CheckOptions {
    CheckOptions {
        today: Date::new(2026, 11, 27),
        ..CheckOptions::default()
    }
}

/// The YAML of a generated SOP with as many steps as make it about 10 KB.
fn ten_kb_yaml() -> String {
    let mut n = 10;
    loop {
        let text = emit::to_yaml(&generated(n, Category::LayananInformasiPublik));
        if text.len() >= 10_000 {
            return text;
        }
        n += 1;
    }
}

fn benches(c: &mut Criterion) {
    let options = options();
    for category in [Category::Umum, Category::LayananInformasiPublik] {
        let report = check(&generated(60, category), &options);
        let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code()).collect();
        eprintln!("60 steps, {}: findings {codes:?}", category.key());
    }
    let mut group = c.benchmark_group("check");
    for category in [Category::Umum, Category::LayananInformasiPublik] {
        let sop = generated(60, category);
        group.bench_function(format!("60_steps_{}", category.key()), |b| {
            b.iter(|| check(black_box(&sop), &options));
        });
    }
    group.finish();

    let yaml = ten_kb_yaml();
    let mut group = c.benchmark_group("parse_check");
    group.throughput(Throughput::Bytes(yaml.len() as u64));
    group.bench_function(format!("yaml_{}_bytes", yaml.len()), |b| {
        b.iter(|| check_source(black_box(&yaml), Format::Yaml, &options));
    });
    group.bench_function("parse_only", |b| {
        b.iter(|| sop_core::parse(black_box(&yaml), Format::Yaml));
    });
    group.finish();
}

criterion_group!(check_benches, benches);
criterion_main!(check_benches);
