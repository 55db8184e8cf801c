//! SOP6xx: statutory rules by `kategori`: public-information service and objections
//! (UU 14/2008 tentang Keterbukaan Informasi Publik, Pasal 22 and 35–36; Perki 1/2021;
//! research/sop-standard.md §9.3) and the review of news releases.
//!
//! Durations come from the mutu baku `waktu` cells ([`crate::duration`], the longest end of
//! a range; a cell that is empty, `-` or unreadable counts 0, SOP309 reports the latter).
//! Paths follow the flow graph forwards only: an edge to an earlier or the same row is a
//! loop and is not followed, so the longest path is found in one pass over the rows
//! ([`Flow::longest_forward`]).

use super::flow::{refs_arg, refs_path, step_ref};
#[cfg(feature = "docs")]
use super::Docs;
use super::{same_text, Check, Context, Group, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::duration::{self, Duration, Waktu};
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::{Category, Lane, Sop, Step, Symbol};
use crate::rules::Flow;

/// The rules of this group, in code order.
pub(super) static RULES: &[Rule] = &[SOP601, SOP602, SOP603, SOP604, SOP611];

/// Working days for the written notice (UU 14/2008 Pasal 22 ayat 7).
const NOTICE_DAYS: u64 = 10;
/// Working days of the extension (Pasal 22 ayat 8).
const EXTENSION_DAYS: u64 = 7;
/// Working days for the Atasan PPID's response to an objection (Pasal 36 ayat 2).
const OBJECTION_DAYS: u64 = 30;

/// The longest `waktu` of a step in seconds of working time (0 when none or unreadable).
fn weight(step: &Step) -> u64 {
    match duration::parse(&step.quality.time) {
        Some(Waktu::Some(d)) => d.max,
        _ => 0,
    }
}

/// Seconds of working time as working days, with up to two decimals ("10", "10,5").
fn days(lang: Lang, seconds: &str) -> String {
    let seconds: u128 = seconds.parse().unwrap_or(0);
    let day = u128::from(Duration::WORKING_DAY);
    let hundredths = (seconds * 100 + day / 2) / day;
    let (whole, fraction) = (hundredths / 100, hundredths % 100);
    let mut text = whole.to_string();
    if fraction != 0 {
        let digits = format!("{fraction:02}");
        text.push(lang.pick(',', '.'));
        text.push_str(digits.trim_end_matches('0'));
    }
    text
}

/// The longest forward path from the start to one of `targets`: (its end, the best table).
fn longest_to(
    sop: &Sop,
    flow: &Flow,
    count_start: bool,
    targets: impl Fn(usize, &Step) -> bool,
) -> Option<(usize, u64, Vec<usize>)> {
    let start = Flow::start(sop)?;
    if flow.out.len() != sop.steps.len() {
        return None;
    }
    let weights: Vec<u64> = sop.steps.iter().map(weight).collect();
    let best = flow.longest_forward(start, &weights, count_start);
    let mut found: Option<(usize, u64)> = None;
    for (i, step) in sop.steps.iter().enumerate() {
        if !targets(i, step) {
            continue;
        }
        if let Some(b) = best.get(i).copied().flatten() {
            if found.is_none_or(|(_, total)| b.total > total) {
                found = Some((i, b.total));
            }
        }
    }
    let (end, total) = found?;
    Some((end, total, Flow::path_to(&best, end)))
}

fn is_end(step: &Step) -> bool {
    step.symbol() == Some(Symbol::Selesai)
}

/// True when a step's uraian or keterangan mentions an extension (*perpanjang…*).
fn mentions_extension(sop: &Sop) -> bool {
    sop.steps.iter().any(|s| {
        s.description.to_lowercase().contains("perpanjang")
            || s.remarks.to_lowercase().contains("perpanjang")
    })
}

fn information_category(sop: &Sop) -> bool {
    matches!(
        sop.category,
        Category::LayananInformasiPublik | Category::KeberatanInformasi
    )
}

/// The kategori's key, for messages.
fn category_arg(sop: &Sop) -> String {
    sop.category.key().to_string()
}

const SOP601: Rule = Rule {
    code: "SOP601",
    name: "lip-deadline",
    severity: Severity::Error,
    signing: false,
    group: Group::Category,
    check: Check::Document(sop601_check),
    message: |d, lang| {
        let total = days(lang, d.arg_at(0));
        let path = refs_path(lang, d.arg_at(2));
        let extension = d.arg_at(1) == "extension";
        let (id_limit, en_limit, id_help, en_help) = if extension {
            (
                format!("{} hari kerja (10 hari kerja ditambah perpanjangan {EXTENSION_DAYS} hari kerja, UU 14/2008 Pasal 22 ayat 7–8)", NOTICE_DAYS + EXTENSION_DAYS),
                format!("{} working days (10 working days plus an extension of {EXTENSION_DAYS}, UU 14/2008 Article 22(7)–(8))", NOTICE_DAYS + EXTENSION_DAYS),
                format!("Kurangi `waktu` pada {path} sehingga jumlahnya paling lama {} hari kerja.", NOTICE_DAYS + EXTENSION_DAYS),
                format!("Reduce the `waktu` of {path} so that they add up to at most {} working days.", NOTICE_DAYS + EXTENSION_DAYS),
            )
        } else {
            (
                format!("{NOTICE_DAYS} hari kerja untuk pemberitahuan tertulis (UU 14/2008 Pasal 22 ayat 7)"),
                format!("{NOTICE_DAYS} working days for the written notice (UU 14/2008 Article 22(7))"),
                format!("Kurangi `waktu` pada {path} sehingga jumlahnya paling lama {NOTICE_DAYS} hari kerja; bila memakai perpanjangan, nyatakan pada uraian atau keterangan (paling lama {EXTENSION_DAYS} hari kerja dengan alasan tertulis, Pasal 22 ayat 8)."),
                format!("Reduce the `waktu` of {path} so that they add up to at most {NOTICE_DAYS} working days; if the extension is used, say so in uraian or keterangan (at most {EXTENSION_DAYS} working days with written reasons, Article 22(8))."),
            )
        };
        lang.pick(
            Text::new(
                format!("Jalur terpanjang dari mulai sampai selesai ({path}) memakan {total} hari kerja, melebihi batas {id_limit}"),
                id_help,
            ),
            Text::new(
                format!("The longest path from mulai to selesai ({path}) takes {total} working days, over the limit of {en_limit}"),
                en_help,
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kategori `layanan_informasi_publik`: jumlah `waktu` pada jalur terpanjang dari langkah mulai sampai langkah selesai lebih dari 10 hari kerja, atau lebih dari 17 hari kerja bila uraian atau keterangan sebuah langkah menyebut perpanjangan (*perpanjang…*). Putaran diabaikan: panah ke baris yang lebih awal atau ke baris yang sama tidak diikuti. Dari rentang dipakai batas atasnya; `waktu` kosong, `-` atau tidak terbaca dihitung 0. Satuan dijumlahkan sebagai waktu kerja (1 hari = 8 jam, 1 minggu = 5 hari kerja, 1 bulan = 22 hari kerja).",
            en: "Kategori `layanan_informasi_publik`: the `waktu` along the longest path from the mulai step to a selesai step adds up to more than 10 working days, or more than 17 when a step's uraian or keterangan mentions an extension (*perpanjang…*). Loops are ignored: an arrow to an earlier row or to the same row is not followed. A range counts with its upper end; an empty, `-` or unreadable `waktu` counts 0. Units add up as working time (1 day = 8 hours, 1 week = 5 working days, 1 month = 22 working days).",
        },
        why: Bilingual {
            id: "Badan publik wajib menyampaikan pemberitahuan tertulis paling lambat 10 hari kerja sejak permohonan diterima, dan dapat memperpanjangnya paling lambat 7 hari kerja dengan alasan tertulis.",
            en: "A public body must send the written notice within 10 working days of receiving the request, and may extend this by at most 7 working days with written reasons.",
        },
        source: "UU 14/2008 tentang Keterbukaan Informasi Publik, Pasal 22 ayat (7) dan (8); Perki 1/2021 tentang Standar Layanan Informasi Publik",
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai, mutu_baku: { waktu: 15 menit } }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }], mutu_baku: { waktu: 10 menit } }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1, mutu_baku: { waktu: 5 menit } }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai, mutu_baku: { waktu: 11 hari kerja } }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai, mutu_baku: { waktu: 15 menit } }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }], mutu_baku: { waktu: 10 menit } }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1, mutu_baku: { waktu: 5 menit } }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai, mutu_baku: { waktu: 11 hari kerja }, keterangan: Dapat diperpanjang paling lama 7 hari kerja dengan alasan tertulis }\n",
    },
};

fn sop601_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    if sop.category != Category::LayananInformasiPublik {
        return;
    }
    let Some((_, total, path)) = longest_to(sop, cx.flow, true, |_, s| is_end(s)) else {
        return;
    };
    let extension = mentions_extension(sop);
    let limit = if extension {
        NOTICE_DAYS + EXTENSION_DAYS
    } else {
        NOTICE_DAYS
    };
    if total > limit * Duration::WORKING_DAY {
        out.push(
            Diagnostic::new("SOP601", "/kegiatan", "")
                .arg(total.to_string())
                .arg(if extension { "extension" } else { "" })
                .arg(refs_arg(sop, &path)),
        );
    }
}

const SOP602: Rule = Rule {
    code: "SOP602",
    name: "lip-dasar-hukum",
    severity: Severity::Warning,
    signing: false,
    group: Group::Category,
    check: Check::Document(|cx, out| {
        let sop = cx.sop;
        if information_category(sop) && !sop.legal_basis.iter().any(|l| cites_uu_14_2008(l)) {
            out.push(Diagnostic::new("SOP602", "/dasar_hukum", "").arg(category_arg(sop)));
        }
    }),
    message: |d, lang| {
        let category = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Dasar hukum SOP berkategori `{category}` belum mencantumkan UU 14/2008 tentang Keterbukaan Informasi Publik"),
                "Tambahkan butir \"Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\" pada `dasar_hukum`.",
            ),
            Text::new(
                format!("The legal basis of an SOP of kategori `{category}` does not cite UU 14/2008 on Public Information Disclosure"),
                "Add the item \"Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\" to `dasar_hukum`.",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kategori `layanan_informasi_publik` atau `keberatan_informasi` tanpa UU 14/2008 di `dasar_hukum`. Dikenali antara lain \"Undang-Undang Nomor 14 Tahun 2008\", \"UU No. 14 Tahun 2008\", \"UU RI Nomor 14 Th. 2008\" dan \"UU 14/2008\" (huruf besar-kecil diabaikan).",
            en: "Kategori `layanan_informasi_publik` or `keberatan_informasi` without UU 14/2008 in `dasar_hukum`. Recognised forms include \"Undang-Undang Nomor 14 Tahun 2008\", \"UU No. 14 Tahun 2008\", \"UU RI Nomor 14 Th. 2008\" and \"UU 14/2008\" (case ignored).",
        },
        why: Bilingual {
            id: "Layanan dan keberatan informasi publik dilaksanakan berdasarkan UU 14/2008; SOP-nya harus menyebut undang-undang itu sebagai dasar hukum.",
            en: "Public-information service and objections rest on UU 14/2008; their SOPs must cite it as legal basis.",
        },
        source: "UU 14/2008 tentang Keterbukaan Informasi Publik; Perki 1/2021 Pasal 47–48 (maklumat pelayanan memuat dasar hukum)",
        fires: "dasar_hukum:\n  - Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik\n",
        passes: "dasar_hukum:\n  - UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n  - Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik\n",
    },
};

/// True when `text` cites UU 14/2008 ("Undang-Undang Nomor 14 Tahun 2008", "UU No. 14
/// Tahun 2008", "UU 14/2008", …).
fn cites_uu_14_2008(text: &str) -> bool {
    let lower = text
        .to_lowercase()
        .replace("undang-undang", " uu ")
        .replace("undang undang", " uu ");
    let cleaned: String = lower
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '/' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let tokens: Vec<&str> = cleaned.split_whitespace().collect();
    let filler = |t: &str| {
        matches!(
            t,
            "ri" | "republik" | "indonesia" | "kip" | "nomor" | "no" | "nmr" | "nr"
        )
    };
    for (i, token) in tokens.iter().enumerate() {
        if *token != "uu" {
            continue;
        }
        let mut j = i + 1;
        while tokens.get(j).is_some_and(|t| filler(t)) {
            j += 1;
        }
        match tokens.get(j) {
            Some(&"14/2008") => return true,
            Some(&"14") => {
                let mut k = j + 1;
                if tokens
                    .get(k)
                    .is_some_and(|t| matches!(*t, "tahun" | "th" | "thn"))
                {
                    k += 1;
                }
                if tokens.get(k) == Some(&"2008") {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

const SOP603: Rule = Rule {
    code: "SOP603",
    name: "lip-ppid-lane",
    severity: Severity::Warning,
    signing: false,
    group: Group::Category,
    check: Check::Document(|cx, out| {
        let sop = cx.sop;
        if information_category(sop) && !sop.lanes.iter().any(is_ppid_lane) {
            out.push(Diagnostic::new("SOP603", "/pelaksana", "").arg(category_arg(sop)));
        }
    }),
    message: |d, lang| {
        let category = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("SOP berkategori `{category}` tidak punya pelaksana yang namanya memuat PPID"),
                "Tambahkan kolom pelaksana untuk PPID, misalnya `- { id: ppid, nama: PPID KPU Provinsi NTT }`, dan tempatkan langkah yang menjadi tanggung jawab PPID di kolom itu.",
            ),
            Text::new(
                format!("The SOP of kategori `{category}` has no lane whose name contains PPID"),
                "Add a lane for the PPID, e.g. `- { id: ppid, nama: PPID KPU Provinsi NTT }`, and put the PPID's steps in it.",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kategori `layanan_informasi_publik` atau `keberatan_informasi` tanpa pelaksana yang `nama`-nya memuat \"PPID\" (huruf besar-kecil diabaikan) atau kepanjangannya \"Pejabat Pengelola Informasi (dan Dokumentasi)\".",
            en: "Kategori `layanan_informasi_publik` or `keberatan_informasi` without a lane whose `nama` contains \"PPID\" (case ignored) or its long form \"Pejabat Pengelola Informasi (dan Dokumentasi)\".",
        },
        why: Bilingual {
            id: "Layanan informasi publik dan penanganan keberatan adalah tugas PPID dan atasannya; diagram alir harus menunjukkan langkah yang menjadi tanggung jawab mereka.",
            en: "Serving information requests and handling objections is the PPID's (and its superior's) duty; the flowchart must show which steps they own.",
        },
        source: "UU 14/2008 Pasal 13 dan Pasal 35–36; PKPU 22/2023 tentang Pengelolaan dan Pelayanan Informasi Publik",
        fires: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan Informasi }\n  - { id: ppid, nama: Kepala Subbagian Teknis }\n",
        passes: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan Informasi }\n  - { id: ppid, nama: ppid kpu provinsi ntt }\n",
    },
};

/// Lower case with single spaces, `_` and `-` read as spaces.
fn words(text: &str) -> String {
    text.to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_ppid_lane(lane: &Lane) -> bool {
    let name = words(&lane.name);
    name.contains("ppid") || name.contains("pejabat pengelola informasi")
}

fn is_superior_lane(lane: &Lane) -> bool {
    let name = words(&lane.name);
    let name = if name.is_empty() {
        words(&lane.id)
    } else {
        name
    };
    name.contains("atasan ppid") || name.contains("atasan pejabat pengelola informasi")
}

const SOP604: Rule = Rule {
    code: "SOP604",
    name: "keberatan-deadline",
    severity: Severity::Error,
    signing: false,
    group: Group::Category,
    check: Check::Document(sop604_check),
    message: |d, lang| {
        let total = days(lang, d.arg_at(0));
        let path = refs_path(lang, d.arg_at(2));
        let (id, en) = if d.kind == "atasan" {
            let step = super::flow::ref_name(lang, d.arg_at(1));
            (
                format!("Tanggapan Atasan PPID atas keberatan (sampai {step}) memakan {total} hari kerja sejak keberatan diterima ({path}), melebihi batas {OBJECTION_DAYS} hari kerja (UU 14/2008 Pasal 36 ayat 2)"),
                format!("The Atasan PPID's response to the objection (up to {step}) takes {total} working days from receipt of the objection ({path}), over the limit of {OBJECTION_DAYS} working days (UU 14/2008 Article 36(2))"),
            )
        } else {
            (
                format!("Penanganan keberatan memakan {total} hari kerja dari penerimaan keberatan sampai selesai ({path}), melebihi batas {OBJECTION_DAYS} hari kerja untuk tanggapan Atasan PPID (UU 14/2008 Pasal 36 ayat 2)"),
                format!("Handling the objection takes {total} working days from its receipt to the end ({path}), over the limit of {OBJECTION_DAYS} working days for the Atasan PPID's response (UU 14/2008 Article 36(2))"),
            )
        };
        lang.pick(
            Text::new(id, format!("Kurangi `waktu` langkah-langkah pada {path} sehingga tanggapan tertulis Atasan PPID disampaikan paling lama {OBJECTION_DAYS} hari kerja sejak keberatan diterima.")),
            Text::new(en, format!("Reduce the `waktu` of {path} so that the Atasan PPID's written response comes within {OBJECTION_DAYS} working days of receiving the objection.")),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kategori `keberatan_informasi`: tanggapan Atasan PPID lebih dari 30 hari kerja. Diukur sebagai jumlah `waktu` pada jalur terpanjang (putaran diabaikan, seperti SOP601) dari langkah mulai sampai langkah terakhir yang dikerjakan pelaksana yang namanya memuat \"Atasan PPID\"; bila tidak ada langkah seperti itu, sampai langkah selesai. `waktu` langkah mulai tidak dihitung: langkah itu adalah pengajuan keberatan, yang tenggatnya sendiri (30 hari kerja, Pasal 36 ayat 1), sedangkan tanggapan dihitung sejak keberatan diterima.",
            en: "Kategori `keberatan_informasi`: the Atasan PPID's response takes more than 30 working days. Measured as the `waktu` along the longest path (loops ignored, as in SOP601) from the mulai step to the last step done by a lane whose name contains \"Atasan PPID\"; when there is no such step, to a selesai step. The mulai step's own `waktu` does not count: it is the filing of the objection, which has its own deadline (30 working days, Article 36(1)), while the response is counted from receipt of the objection.",
        },
        why: Bilingual {
            id: "Atasan PPID wajib memberikan tanggapan tertulis atas keberatan paling lambat 30 hari kerja sejak keberatan tertulis diterima.",
            en: "The Atasan PPID must give a written response to an objection within 30 working days of receiving it in writing.",
        },
        source: "UU 14/2008 tentang Keterbukaan Informasi Publik, Pasal 35–36 (Pasal 36 ayat 2); Perki 1/2021",
        fires: "kategori: keberatan_informasi\npelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: atasan, nama: Atasan PPID }\nkegiatan:\n  - { nomor: 1, uraian: Mengajukan keberatan secara tertulis, pelaksana: pemohon, simbol: mulai, mutu_baku: { waktu: 30 hari kerja } }\n  - { nomor: 2, uraian: Meregister keberatan dan meneruskannya kepada Atasan PPID, pelaksana: ppid, mutu_baku: { waktu: 1 hari kerja } }\n  - { nomor: 3, uraian: Memeriksa alasan keberatan, pelaksana: atasan, mutu_baku: { waktu: 25 hari kerja } }\n  - { nomor: 4, uraian: Menyampaikan tanggapan tertulis atas keberatan, pelaksana: atasan, simbol: selesai, mutu_baku: { waktu: 5 hari kerja } }\n",
        passes: "kategori: keberatan_informasi\npelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: atasan, nama: Atasan PPID }\nkegiatan:\n  - { nomor: 1, uraian: Mengajukan keberatan secara tertulis, pelaksana: pemohon, simbol: mulai, mutu_baku: { waktu: 30 hari kerja } }\n  - { nomor: 2, uraian: Meregister keberatan dan meneruskannya kepada Atasan PPID, pelaksana: ppid, mutu_baku: { waktu: 1 hari kerja } }\n  - { nomor: 3, uraian: Memeriksa alasan keberatan, pelaksana: atasan, mutu_baku: { waktu: 20 hari kerja } }\n  - { nomor: 4, uraian: Menyampaikan tanggapan tertulis atas keberatan, pelaksana: atasan, simbol: selesai, mutu_baku: { waktu: 5 hari kerja } }\n",
    },
};

/// True when one of the step's performers is one of `lanes` (ids compared as text).
fn performed_by(step: &Step, lanes: &[&str]) -> bool {
    step.performers
        .iter()
        .any(|p| lanes.iter().any(|l| same_text(p, l)))
}

fn sop604_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    if sop.category != Category::KeberatanInformasi {
        return;
    }
    let superiors: Vec<&str> = sop
        .lanes
        .iter()
        .filter(|l| is_superior_lane(l))
        .map(|l| l.id.as_str())
        .collect();
    let to_superior = if superiors.is_empty() {
        None
    } else {
        longest_to(sop, cx.flow, false, |_, s| performed_by(s, &superiors))
    };
    let (kind, found) = match to_superior {
        Some(found) => ("atasan", found),
        None => match longest_to(sop, cx.flow, false, |_, s| is_end(s)) {
            Some(found) => ("selesai", found),
            None => return,
        },
    };
    let (end, total, path) = found;
    if total > OBJECTION_DAYS * Duration::WORKING_DAY {
        out.push(
            Diagnostic::new("SOP604", "/kegiatan", kind)
                .arg(total.to_string())
                .arg(step_ref(sop, end))
                .arg(refs_arg(sop, &path)),
        );
    }
}

const SOP611: Rule = Rule {
    code: "SOP611",
    name: "publication-review",
    severity: Severity::Warning,
    signing: false,
    group: Group::Category,
    check: Check::Document(sop611_check),
    message: |d, lang| {
        let writers = d.arg_at(0);
        let step = super::flow::ref_name(lang, d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Tidak ada langkah keputusan oleh pelaksana selain penulis ({writers}, penyusun naskah pada {step}) sebelum langkah terakhir; naskah berita belum diperiksa sebelum dipublikasikan"),
                "Tambahkan langkah `keputusan` sebelum publikasi, misalnya \"Memeriksa dan menyetujui naskah berita\" oleh Kepala Subbagian, dengan cabang Setuju (ke langkah publikasi) dan Tidak setuju (kembali ke penyusunan naskah).",
            ),
            Text::new(
                format!("No decision step by a lane other than the writer ({writers}, drafting at {step}) comes before the last step; the news release is not checked before it is published"),
                "Add a `keputusan` step before publication, e.g. \"Memeriksa dan menyetujui naskah berita\" by the head of the subdivision, with cabang Setuju (to the publication step) and Tidak setuju (back to drafting).",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kategori `pembuatan_berita`: tidak ada langkah `keputusan` oleh pelaksana lain selain penulis, sesudah langkah penulisan dan sebelum baris terakhir. Penulis adalah pelaksana langkah `proses` pertama (penyusunan naskah), atau pelaksana langkah mulai bila tidak ada langkah proses; keputusan yang pelaksananya memuat setidaknya satu kolom lain dihitung sebagai pemeriksaan.",
            en: "Kategori `pembuatan_berita`: no `keputusan` step by a lane other than the writer's comes after the writing step and before the last row. The writer is the lane(s) of the first `proses` step (drafting), or of the mulai step when there is no proses step; a decision whose pelaksana includes at least one other lane counts as the review.",
        },
        why: Bilingual {
            id: "Rilis berita yang mengatasnamakan lembaga diperiksa dan disetujui pejabat lain sebelum dipublikasikan, agar isi dan bahasanya dapat dipertanggungjawabkan.",
            en: "A release published in the institution's name is checked and approved by another official before publication, so that its content and wording can be vouched for.",
        },
        source: "Kebutuhan Subbagian Parmas dan SDM KPU Provinsi NTT (DESIGN.md §1, §4: rilis diperiksa sebelum dipublikasikan); Permenpan RB 35/2012, Lampiran (simbol keputusan, kegiatan pengambilan keputusan)",
        fires: "kategori: pembuatan_berita\npelaksana:\n  - { id: kasubbag, nama: Kepala Subbagian Parmas dan SDM }\n  - { id: staf, nama: Staf Hubungan Masyarakat }\nkegiatan:\n  - { nomor: 1, uraian: Menerima agenda kegiatan yang akan diliput, pelaksana: kasubbag, simbol: mulai }\n  - { nomor: 2, uraian: Menyusun naskah berita, pelaksana: staf }\n  - { nomor: 3, uraian: Memeriksa ulang naskah berita, pelaksana: staf, simbol: keputusan, cabang: [{ label: Ya, ke: 4 }, { label: Tidak, ke: 2 }] }\n  - { nomor: 4, uraian: Mempublikasikan berita di laman KPU, pelaksana: staf, simbol: selesai }\n",
        passes: "kategori: pembuatan_berita\npelaksana:\n  - { id: kasubbag, nama: Kepala Subbagian Parmas dan SDM }\n  - { id: staf, nama: Staf Hubungan Masyarakat }\nkegiatan:\n  - { nomor: 1, uraian: Menerima agenda kegiatan yang akan diliput, pelaksana: kasubbag, simbol: mulai }\n  - { nomor: 2, uraian: Menyusun naskah berita, pelaksana: staf }\n  - { nomor: 3, uraian: Memeriksa dan menyetujui naskah berita, pelaksana: kasubbag, simbol: keputusan, cabang: [{ label: Setuju, ke: 4 }, { label: Tidak setuju, ke: 2 }] }\n  - { nomor: 4, uraian: Mempublikasikan berita di laman KPU, pelaksana: staf, simbol: selesai }\n",
    },
};

fn sop611_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    if sop.category != Category::PembuatanBerita {
        return;
    }
    let Some(last) = sop.steps.len().checked_sub(1) else {
        return;
    };
    let writer = sop
        .steps
        .iter()
        .position(|s| s.symbol() == Some(Symbol::Proses))
        .or_else(|| Flow::start(sop));
    let Some(writer) = writer else {
        return;
    };
    let writers: Vec<&str> = sop.steps[writer]
        .performers
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    let reviewed = sop
        .steps
        .iter()
        .enumerate()
        .skip(writer + 1)
        .take(last.saturating_sub(writer + 1))
        .any(|(_, s)| {
            s.symbol() == Some(Symbol::Keputusan)
                && s.performers
                    .iter()
                    .any(|p| !p.trim().is_empty() && !writers.iter().any(|w| same_text(p, w)))
        });
    if reviewed {
        return;
    }
    let names: Vec<String> = writers
        .iter()
        .map(|w| {
            sop.lanes
                .iter()
                .find(|l| same_text(&l.id, w) && !l.name.trim().is_empty())
                .map_or_else(|| (*w).to_string(), |l| l.name.trim().to_string())
        })
        .collect();
    let names = if names.is_empty() {
        "-".to_string()
    } else {
        names.join(", ")
    };
    out.push(
        Diagnostic::new("SOP611", "/kegiatan", "")
            .arg(names)
            .arg(step_ref(sop, writer)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check_example, check_yaml, codes, findings, EXAMPLE};

    /// The example with step 4's `waktu` and keterangan replaced.
    fn lip(waktu: &str, keterangan: &str) -> String {
        format!(
            "kegiatan:\n  - {{ nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai, mutu_baku: {{ waktu: \"-\" }} }}\n  - {{ nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{{ label: Lengkap, ke: 4 }}, {{ label: Tidak lengkap, ke: 3 }}], mutu_baku: {{ waktu: segera }} }}\n  - {{ nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1, mutu_baku: {{ waktu: 30 hari kerja }} }}\n  - {{ nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai, mutu_baku: {{ waktu: \"{waktu}\" }}, keterangan: \"{keterangan}\" }}\n"
        )
    }

    #[test]
    fn notice_deadline_boundaries() {
        // Step 3 (30 HK) is only on the loop back to step 1, so it never counts.
        assert!(!codes(&check_example(&lip("10 hari kerja", "-"))).contains(&"SOP601"));
        assert!(!codes(&check_example(&lip("80 jam", "-"))).contains(&"SOP601"));
        assert!(!codes(&check_example(&lip("2 minggu", "diperpanjang"))).contains(&"SOP601"));
        let late = check_example(&lip("10,5 hari kerja", "-"));
        let d = findings(&late, "SOP601")[0];
        assert_eq!(
            (d.pointer.as_str(), d.severity),
            ("/kegiatan", Severity::Error)
        );
        let id = d.message(Lang::Id).message;
        assert!(
            id.contains("(langkah 1 → 2 → 4) memakan 10,5 hari kerja"),
            "{id}"
        );
        assert!(id.contains("batas 10 hari kerja"), "{id}");
        assert!(d
            .message(Lang::En)
            .message
            .contains("takes 10.5 working days"));
        // With an extension the limit is 17: exactly 17 passes, a range counts its top.
        assert!(!codes(&check_example(&lip(
            "17 hari kerja",
            "Dapat diperpanjang 7 hari kerja"
        )))
        .contains(&"SOP601"));
        let ext = check_example(&lip("10-18 hari kerja", "Dapat DIPERPANJANG 7 hari kerja"));
        let d = findings(&ext, "SOP601")[0];
        assert!(d
            .message(Lang::Id)
            .message
            .contains("18 hari kerja, melebihi batas 17 hari kerja"));
        // Other categories are not bound by Pasal 22.
        assert!(!codes(&check_example(&format!(
            "kategori: umum\n{}",
            lip("30 hari kerja", "-")
        )))
        .contains(&"SOP601"));
    }

    #[test]
    fn longest_of_several_paths_with_many_decisions() {
        // A ladder of decisions has 2^k paths; the DP picks the longest without listing them.
        let mut rows = String::from(
            "kegiatan:\n  - { nomor: 1, uraian: Menerima, pelaksana: pemohon, simbol: mulai }\n",
        );
        let n = 1200;
        for k in 2..n {
            if k % 2 == 0 {
                rows.push_str(&format!(
                    "  - {{ nomor: {k}, uraian: Memeriksa, pelaksana: petugas, simbol: keputusan, cabang: [{{ label: Ya, ke: {} }}, {{ label: Tidak, ke: {} }}] }}\n",
                    k + 1,
                    (k + 2).min(n)
                ));
            } else {
                rows.push_str(&format!("  - {{ nomor: {k}, uraian: Memproses, pelaksana: petugas, mutu_baku: {{ waktu: 1 jam }} }}\n"));
            }
        }
        rows.push_str(&format!(
            "  - {{ nomor: {n}, uraian: Menutup, pelaksana: ppid, simbol: selesai }}\n"
        ));
        let started = std::time::Instant::now();
        let report = check_example(&rows);
        assert!(started.elapsed().as_secs_f64() < 5.0);
        // 599 one-hour steps on the longest path: 74,88 working days.
        let d = findings(&report, "SOP601")[0];
        assert!(
            d.message(Lang::Id)
                .message
                .contains("memakan 74,88 hari kerja"),
            "{:?}",
            d.message(Lang::Id)
        );
    }

    #[test]
    fn recognises_uu_14_2008() {
        for yes in [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "UU No. 14 Tahun 2008 tentang KIP",
            "UU 14/2008",
            "undang-undang republik indonesia nomor 14 tahun 2008",
            "UU RI No.14 Th. 2008",
            "UU No.14/2008",
        ] {
            assert!(cites_uu_14_2008(yes), "{yes}");
        }
        for no in [
            "Undang-Undang Nomor 14 Tahun 2005 tentang Guru dan Dosen",
            "Peraturan Pemerintah Nomor 14 Tahun 2008",
            "UU Nomor 144 Tahun 2008",
            "Perki Nomor 1 Tahun 2021",
        ] {
            assert!(!cites_uu_14_2008(no), "{no}");
        }
        let report = check_example(
            "kategori: keberatan_informasi\ndasar_hukum: [Perki Nomor 1 Tahun 2021]\n",
        );
        assert_eq!(findings(&report, "SOP602")[0].pointer, "/dasar_hukum");
        assert!(!codes(&check_example(
            "kategori: umum\ndasar_hukum: [Perki Nomor 1 Tahun 2021]\n"
        ))
        .contains(&"SOP602"));
    }

    #[test]
    fn ppid_lane_by_name() {
        let report = check_example(
            "kategori: keberatan_informasi\npelaksana:\n  - { id: ppid, nama: Sekretaris }\n",
        );
        assert_eq!(findings(&report, "SOP603")[0].pointer, "/pelaksana");
        let long = check_example(
            "pelaksana:\n  - { id: x, nama: Pejabat Pengelola Informasi dan Dokumentasi }\n",
        );
        assert!(!codes(&long).contains(&"SOP603"));
        let id_only = check_example("pelaksana:\n  - { id: ppid, nama: Sekretaris }\n");
        assert!(codes(&id_only).contains(&"SOP603"));
    }

    const OBJECTION: &str = "kategori: keberatan_informasi\npelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: atasan, nama: Atasan PPID (Sekretaris KPU Provinsi NTT) }\n";

    #[test]
    fn objection_response_counts_to_the_atasan_ppid() {
        let doc = |response: &str, after: &str| {
            format!(
                "{OBJECTION}kegiatan:\n  - {{ nomor: 1, uraian: Mengajukan keberatan, pelaksana: pemohon, simbol: mulai, mutu_baku: {{ waktu: 30 hari kerja }} }}\n  - {{ nomor: 2, uraian: Meregister keberatan, pelaksana: ppid, mutu_baku: {{ waktu: 2 hari kerja }} }}\n  - {{ nomor: 3, uraian: Menyampaikan tanggapan tertulis, pelaksana: atasan, mutu_baku: {{ waktu: \"{response}\" }} }}\n  - {{ nomor: 4, uraian: Mengajukan sengketa bila tidak puas, pelaksana: pemohon, simbol: selesai, mutu_baku: {{ waktu: \"{after}\" }} }}\n"
            )
        };
        // 2 + 28 = 30: on the limit; the filing (30 HK) and the later dispute (14 HK) do not count.
        assert!(!codes(&check_example(&doc("28 hari kerja", "14 hari kerja"))).contains(&"SOP604"));
        let late = check_example(&doc("28,5 hari kerja", "14 hari kerja"));
        let d = findings(&late, "SOP604")[0];
        assert_eq!(d.kind, "atasan");
        let id = d.message(Lang::Id).message;
        assert!(
            id.contains("(sampai langkah 3) memakan 30,5 hari kerja"),
            "{id}"
        );
        // Without an Atasan PPID lane the whole procedure up to selesai is measured.
        let no_superior = doc("20 hari kerja", "14 hari kerja")
            .replace("Atasan PPID (Sekretaris KPU Provinsi NTT)", "Sekretaris");
        let d = findings(&check_example(&no_superior), "SOP604")[0].clone();
        assert_eq!(d.kind, "selesai");
        assert!(d
            .message(Lang::En)
            .message
            .contains("takes 36 working days"));
        assert!(!codes(&check_example(
            &doc("40 hari kerja", "-").replace("keberatan_informasi", "layanan_informasi_publik")
        ))
        .contains(&"SOP604"));
    }

    #[test]
    fn publication_review_by_another_lane() {
        let doc = |reviewer: &str, symbol: &str| {
            format!(
                "kategori: pembuatan_berita\npelaksana:\n  - {{ id: kasubbag, nama: Kepala Subbagian }}\n  - {{ id: staf, nama: Staf Humas }}\nkegiatan:\n  - {{ nomor: 1, uraian: Menerima agenda, pelaksana: kasubbag, simbol: mulai }}\n  - {{ nomor: 2, uraian: Menyusun naskah, pelaksana: staf }}\n  - {{ nomor: 3, uraian: Memeriksa naskah, pelaksana: {reviewer}, simbol: {symbol}, cabang: [{{ label: Ya, ke: 4 }}, {{ label: Tidak, ke: 2 }}] }}\n  - {{ nomor: 4, uraian: Mempublikasikan berita, pelaksana: staf, simbol: selesai }}\n"
            )
        };
        assert!(!codes(&check_example(&doc("kasubbag", "keputusan"))).contains(&"SOP611"));
        assert!(!codes(&check_example(&doc("[staf, kasubbag]", "keputusan"))).contains(&"SOP611"));
        let own = check_example(&doc("staf", "keputusan"));
        let d = findings(&own, "SOP611")[0];
        assert_eq!(
            (d.pointer.as_str(), d.severity),
            ("/kegiatan", Severity::Warning)
        );
        assert!(
            d.message(Lang::Id)
                .message
                .contains("(Staf Humas, penyusun naskah pada langkah 2)"),
            "{:?}",
            d.message(Lang::Id)
        );
        // A check drawn as a process box is not a decision.
        assert!(codes(&check_example(&doc("kasubbag", "proses"))).contains(&"SOP611"));
        // A decision before the writing step is not a review of the release.
        let before = "kategori: pembuatan_berita\nkegiatan:\n  - { nomor: 1, uraian: Menerima agenda, pelaksana: kasubbag, simbol: mulai }\n  - { nomor: 2, uraian: Menilai perlu diliput, pelaksana: kasubbag, simbol: keputusan, cabang: [{ label: Ya, ke: 3 }, { label: Tidak, ke: 4 }] }\n  - { nomor: 3, uraian: Menyusun naskah, pelaksana: staf }\n  - { nomor: 4, uraian: Mempublikasikan, pelaksana: staf, simbol: selesai }\n";
        assert!(codes(&check_example(before)).contains(&"SOP611"));
    }

    #[test]
    fn the_example_is_within_every_statutory_limit() {
        let report = check_yaml(EXAMPLE);
        for code in ["SOP601", "SOP602", "SOP603", "SOP604", "SOP611"] {
            assert!(!codes(&report).contains(&code), "{code}");
        }
        assert_eq!(
            days(Lang::Id, &(7 * Duration::WORKING_DAY + 1500).to_string()),
            "7,05"
        );
        assert_eq!(days(Lang::En, "0"), "0");
    }
}
