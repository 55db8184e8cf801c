//! SOP601 `lip-deadline`: kategori `layanan_informasi_publik`, and the longest path from
//! mulai to selesai takes more than the 10 working days of UU 14/2008 Pasal 22 ayat (7) (17
//! with the extension of ayat (8), when a step mentions it).

use crate::checklist::Item;
use crate::duration::Duration;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::{Category, Sop};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::category::deadline::{days, is_end, longest_to};
use crate::rules::refs::{refs_arg, refs_path};

/// SOP601.
pub static RULE: Rule = Rule {
    code: "SOP601",
    name: "lip-deadline",
    severity: Severity::Error,
    signing: false,
    group: Group::Category,
    counts: Counts::Against(Item::Alur),
    check: Check::Document(check),
    messages: &[&OVER_NOTICE, &OVER_EXTENSION],
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

/// Working days for the written notice (UU 14/2008 Pasal 22 ayat (7)).
const NOTICE_DAYS: u64 = 10;
/// Working days of the extension (Pasal 22 ayat (8)).
const EXTENSION_DAYS: u64 = 7;

/// "The longest path … takes {total} working days, over the limit of {limit}".
fn over(d: &Diagnostic, lang: Lang, id_limit: &str, en_limit: &str) -> (String, String) {
    let total = days(lang, d.arg_at(0));
    let path = refs_path(lang, d.arg_at(1));
    (
        format!("Jalur terpanjang dari langkah Mulai sampai langkah Selesai ({path}) memakan {total} hari kerja, melebihi batas {id_limit}"),
        format!("The longest path from the Start step to the End step ({path}) takes {total} working days, over the limit of {en_limit}"),
    )
}

/// Over the 10 working days of the notice.
pub static OVER_NOTICE: Message = Message {
    rule: &RULE,
    key: "notice",
    form: |d, lang| notice_text(d, lang, false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| notice_text(d, lang, true)),
};

/// The wording of [`OVER_NOTICE`]: the help names the cells as the form or the `file` does.
fn notice_text(d: &Diagnostic, lang: Lang, file: bool) -> Text {
    let path = refs_path(lang, d.arg_at(1));
    let (id, en) = over(
        d,
        lang,
        &format!(
            "{NOTICE_DAYS} hari kerja untuk pemberitahuan tertulis (UU 14/2008 Pasal 22 ayat (7))"
        ),
        &format!("{NOTICE_DAYS} working days for the written notice (UU 14/2008 Article 22(7))"),
    );
    let (waktu, texts) = if file {
        (
            ("`waktu`", "`waktu`"),
            ("`uraian` atau `keterangan`", "`uraian` or `keterangan`"),
        )
    } else {
        (
            ("Waktu", "the Time"),
            (
                "Uraian Kegiatan atau Keterangan",
                "the Activity or the Remarks",
            ),
        )
    };
    lang.pick(
        Text::new(id, format!("Kurangi {} pada {path} sehingga jumlahnya paling lama {NOTICE_DAYS} hari kerja; bila memakai perpanjangan, nyatakan pada {} (paling lama {EXTENSION_DAYS} hari kerja dengan alasan tertulis, Pasal 22 ayat (8)).", waktu.0, texts.0)),
        Text::new(en, format!("Reduce {} of {path} so that they add up to at most {NOTICE_DAYS} working days; if the extension is used, say so in {} (at most {EXTENSION_DAYS} working days with written reasons, Article 22(8)).", waktu.1, texts.1)),
    )
}

/// Over the 17 working days of the notice with its extension.
pub static OVER_EXTENSION: Message = Message {
    rule: &RULE,
    key: "extension",
    form: |d, lang| extension_text(d, lang, ("Waktu", "the Time")),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| extension_text(d, lang, ("`waktu`", "`waktu`"))),
};

/// The wording of [`OVER_EXTENSION`], the help naming the time cells as `waktu`.
fn extension_text(d: &Diagnostic, lang: Lang, (id_waktu, en_waktu): (&str, &str)) -> Text {
    let path = refs_path(lang, d.arg_at(1));
    let limit = NOTICE_DAYS + EXTENSION_DAYS;
    let (id, en) = over(
        d,
        lang,
        &format!("{limit} hari kerja (10 hari kerja ditambah perpanjangan {EXTENSION_DAYS} hari kerja, UU 14/2008 Pasal 22 ayat (7) dan ayat (8))"),
        &format!("{limit} working days (10 working days plus an extension of {EXTENSION_DAYS}, UU 14/2008 Article 22(7) and (8))"),
    );
    lang.pick(
        Text::new(
            id,
            format!(
                "Kurangi {id_waktu} pada {path} sehingga jumlahnya paling lama {limit} hari kerja."
            ),
        ),
        Text::new(
            en,
            format!(
                "Reduce {en_waktu} of {path} so that they add up to at most {limit} working days."
            ),
        ),
    )
}

/// The rows `path` of `sop` take `total` seconds of working time; `extension` when a step
/// mentions the extension.
pub fn over_limit(sop: &Sop, total: u64, path: &[usize], extension: bool) -> Diagnostic {
    let kind = if extension {
        &OVER_EXTENSION
    } else {
        &OVER_NOTICE
    };
    Diagnostic::new(kind, Pointer::section(root::KEGIATAN))
        .arg(total.to_string())
        .arg(refs_arg(sop, path))
}

/// True when a step's uraian or keterangan mentions an extension (*perpanjang…*).
fn mentions_extension(sop: &Sop) -> bool {
    sop.steps.iter().any(|s| {
        s.description.to_lowercase().contains("perpanjang")
            || s.remarks.to_lowercase().contains("perpanjang")
    })
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
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
        out.push(over_limit(sop, total, &path, extension));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_example, check_yaml, codes, findings, EXAMPLE};
    use crate::{Lang, Severity};

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
    fn the_example_is_within_every_statutory_limit() {
        let report = check_yaml(EXAMPLE);
        for code in ["SOP601", "SOP602", "SOP603", "SOP604", "SOP611"] {
            assert!(!codes(&report).contains(&code), "{code}");
        }
    }
}
