//! SOP209 `peringatan-not-consequence`: a warning does not say what happens if the SOP
//! is not followed (a heuristic, hence info).

use crate::checklist::Item;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Text};
use crate::model::text_filled;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::basis::entries::entry;
use crate::rules::text::word_spans;

/// SOP209.
pub static RULE: Rule = Rule {
    code: "SOP209",
    name: "peringatan-not-consequence",
    severity: Severity::Info,
    signing: false,
    group: Group::Basis,
    counts: Counts::Against(Item::Peringatan),
    check: Check::Document(check),
    messages: &[&NO_CONSEQUENCE],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah peringatan tidak menyatakan akibat bila SOP tidak diikuti. Dianggap menyatakan akibat bila memuat kata syarat atau akibat (jika, apabila, bila, kalau, tanpa, akan, maka, sehingga, mengakibatkan, menyebabkan, berdampak …) bersama kata negatif atau kegagalan (tidak, belum, lalai, gagal, terlambat, tertunda, salah, kerugian …), atau menyebut sanksi, hukuman, denda, teguran, atau \"tidak terlayani\".",
            en: "A warning does not state what happens if the SOP is not followed. It counts as stating a consequence when it holds a condition or consequence word (jika, apabila, bila, kalau, tanpa, akan, maka, sehingga, mengakibatkan, menyebabkan, berdampak …) together with a negative or failure word (tidak, belum, lalai, gagal, terlambat, tertunda, salah, kerugian …), or names a sanction (sanksi, hukuman, denda, teguran) or \"tidak terlayani\".",
        },
        why: Bilingual {
            id: "Kotak Peringatan berisi kemungkinan yang terjadi bila prosedur tidak dilaksanakan; judul, hambatan umum, atau manfaat SOP tidak memenuhi fungsi itu.",
            en: "The Peringatan box holds what may happen if the procedure is not carried out; a heading, a generic obstacle or the SOP's benefits do not serve that purpose.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Peringatan: kemungkinan jika prosedur tidak dilaksanakan); research/sop-standard.md §3.2 item 12",
        fires: "peringatan:\n  - Jika SOP ini dilaksanakan berdampak pada efisiensi dan efektivitas pelaksanaan kegiatan\n",
        passes: "peringatan:\n  - Apabila SOP ini tidak dilaksanakan, maka proses pelayanan akan tertunda\n",
    },
};

/// A warning without a consequence.
pub static NO_CONSEQUENCE: Message = Message {
    rule: &RULE,
    key: "no-consequence",
    form: |d, lang| {
        let (n, text) = (d.arg_at(0), quoted(d.arg_at(1)));
        lang.pick(
            Text::new(
                format!("Peringatan ke-{n} ({text}) tidak menyebut akibat bila SOP tidak dilaksanakan"),
                "Tulis akibatnya dalam bentuk “Jika … tidak …, maka …”, misalnya “Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu”.",
            ),
            Text::new(
                format!("Warning {n} ({text}) does not say what happens if the SOP is not followed"),
                "State the consequence as “Jika … tidak …, maka …” (if … not …, then …), e.g. “Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// Entry `index` (`text`) of `peringatan` states no consequence.
pub fn no_consequence(index: usize, text: &str) -> Diagnostic {
    entry(&NO_CONSEQUENCE, root::PERINGATAN, index, text)
}

/// Words that set a condition of not following the procedure, or announce a consequence.
const CONSEQUENCE_MARKERS: &[&str] = &[
    "jika",
    "jikalau",
    "apabila",
    "bila",
    "bilamana",
    "kalau",
    "manakala",
    "seandainya",
    "tanpa",
    "akan",
    "maka",
    "sehingga",
    "mengakibatkan",
    "berakibat",
    "akibat",
    "akibatnya",
    "menyebabkan",
    "berdampak",
    "menimbulkan",
    "berpotensi",
    "berisiko",
    "beresiko",
];

/// Words of negation or failure.
const NEGATIVE_WORDS: &[&str] = &[
    "tidak",
    "tak",
    "tdk",
    "belum",
    "tanpa",
    "bukan",
    "lalai",
    "kelalaian",
    "gagal",
    "kegagalan",
    "terlambat",
    "keterlambatan",
    "tertunda",
    "terhambat",
    "salah",
    "kesalahan",
    "keliru",
    "kekeliruan",
    "melanggar",
    "pelanggaran",
    "menyimpang",
    "penyimpangan",
    "diabaikan",
    "mengabaikan",
    "kurang",
    "hilang",
    "rusak",
    "kerugian",
    "inefisiensi",
];

/// Words that are a consequence on their own.
const PENALTY_WORDS: &[&str] = &["sanksi", "hukuman", "denda", "teguran"];

/// True when a warning states a consequence of not following the procedure (a heuristic).
fn states_consequence(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = word_spans(&lower)
        .iter()
        .map(|&(s, e)| &lower[s..e])
        .collect();
    let any = |list: &[&str]| words.iter().any(|w| list.contains(w));
    any(PENALTY_WORDS)
        || words.windows(2).any(|w| w == ["tidak", "terlayani"])
        || (any(CONSEQUENCE_MARKERS) && any(NEGATIVE_WORDS))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, text) in cx.sop.warnings.iter().enumerate() {
        if text_filled(text) && !states_consequence(text) {
            out.push(no_consequence(i, text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::states_consequence;
    use crate::rules::testing::{check_example, findings};

    #[test]
    fn consequence_heuristic_on_real_warnings() {
        for text in [
            "Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu",
            "Jika SOP ini tidak dilaksanakan berdampak pada inefisiensi pelaksanaan tugas.",
            "Jika SOP tidak dilaksanakan, maka seluruh gaji pegawai tidak terbayarkan",
            "Jika prosedur tidak di ikuti, maka kualitas penyelenggaraan tidak efektif",
            "Apabila SOP ini tidak dilaksanakan, maka proses penyelesaian pelayanan akan tertunda dan terhambat",
            "Apabila SOP ini tidak dijalankan, maka Program Kerja tidak dapat disusun",
            "Berkas permohonan yang belum lengkap akan dikembalikan kepada pemohon",
            "Keterlambatan penyampaian laporan mengakibatkan sanksi administratif",
            "Pegawai yang melanggar dikenakan sanksi disiplin",
            "Permohonan tidak terlayani tepat waktu",
            "Tanpa verifikasi, data yang salah dapat terbit",
        ] {
            assert!(states_consequence(text), "{text}");
        }
        for text in [
            "Hambatan dapat saja terjadi :",
            "Jika SOP ini dilaksanakan berdampak pada efisiensi dan efektivitas pelaksanaan kegiatan",
            "Harus dilaksanakan sesuai urutan tahapan yang telah ditetapkan",
            "Maksud dan tujuan",
            "Pastikan berkas tidak rusak",
            "Data harus valid sehingga laporan akurat",
        ] {
            assert!(!states_consequence(text), "{text}");
        }
    }

    #[test]
    fn sop209_is_info_per_entry() {
        let report = check_example(
            "peringatan:\n  - \"Hambatan dapat saja terjadi :\"\n  - Jika SOP ini tidak dilaksanakan berdampak pada inefisiensi pelaksanaan tugas.\n  - \"-\"\n",
        );
        let found = findings(&report, "SOP209");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/peringatan/0");
        assert_eq!(found[0].severity, crate::Severity::Info);
        assert!(report.complete);
    }
}
