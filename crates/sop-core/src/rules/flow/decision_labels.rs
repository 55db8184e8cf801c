//! SOP404 `decision-labels`: the two labels of a decision are not a standard pair of
//! answers (only for decisions with exactly two labelled cabang; the rest is SOP403).

use crate::checklist::Item;
use crate::keys::step;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Text};
use crate::model::{Sop, Symbol};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, ref_name};

/// SOP404.
pub static RULE: Rule = Rule {
    code: "SOP404",
    name: "decision-labels",
    severity: Severity::Info,
    signing: false,
    group: Group::Flow,
    counts: Counts::Against(Item::Alur),
    check: Check::Document(check),
    messages: &[&NOT_STANDARD],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kedua label cabang sebuah keputusan bukan pasangan baku Ya/Tidak, Lengkap/Tidak lengkap, Benar/Salah, Setuju/Tidak setuju, atau Disetujui/Tidak disetujui (huruf besar-kecil, spasi, dan urutan diabaikan; `Y`/`T` dihitung sebagai Ya/Tidak). Hanya untuk keputusan dengan tepat dua cabang yang keduanya berlabel (selebihnya SOP403).",
            en: "The two cabang labels of a decision are not a standard pair Ya/Tidak, Lengkap/Tidak lengkap, Benar/Salah, Setuju/Tidak setuju, or Disetujui/Tidak disetujui (case, spaces, and order ignored; `Y`/`T` count as Ya/Tidak). Only for decisions with exactly two labelled cabang (the rest is SOP403).",
        },
        why: Bilingual {
            id: "Pedoman memberi contoh jawaban keputusan \"ya\" atau \"tidak\", \"lengkap\" atau \"tidak\", \"benar\" atau \"salah\"; jawaban baku membuat diagram alir mudah dibaca.",
            en: "The guideline's examples of decision answers are \"ya\" or \"tidak\", \"lengkap\" or \"tidak\", \"benar\" or \"salah\"; standard answers keep the flowchart easy to read.",
        },
        source: "Permenpan RB 35/2012, Lampiran: format diagram alir bercabang (alternatif jawaban \"ya\"/\"tidak\", \"lengkap\"/\"tidak\", \"benar\"/\"salah\")",
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Kotak pengaduan, ke: 4 }, { label: Tatap muka, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: \" T \", ke: 3 }, { label: ya, ke: 4 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

/// Labels that are not a standard pair.
pub static NOT_STANDARD: Message = Message {
    rule: &RULE,
    key: "not-standard",
    form: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let (a, b) = (quoted(d.arg_at(1)), quoted(d.arg_at(2)));
        lang.pick(
            Text::new(
                format!("Label cabang {step} ({a} dan {b}) bukan pasangan jawaban baku"),
                "Bila memungkinkan, rumuskan keputusan sebagai pertanyaan dengan jawaban Ya/Tidak, Lengkap/Tidak lengkap, Benar/Salah, Setuju/Tidak setuju, atau Disetujui/Tidak disetujui.",
            ),
            Text::new(
                format!("The branch labels of {step} ({a} and {b}) are not a standard pair of answers"),
                "Where possible, phrase the decision as a question answered Ya/Tidak, Lengkap/Tidak lengkap, Benar/Salah, Setuju/Tidak setuju, or Disetujui/Tidak disetujui.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// The decision at step row `index` of `sop` is labelled `a` and `b`.
pub fn not_standard(sop: &Sop, index: usize, a: &str, b: &str) -> Diagnostic {
    about_step(
        &NOT_STANDARD,
        sop,
        index,
        Pointer::step(index).key(step::CABANG),
    )
    .arg(a)
    .arg(b)
}

/// A decision label as compared: lower case, single spaces, `y`/`t` as ya/tidak.
fn normal_label(label: &str) -> String {
    let words = label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    match words.as_str() {
        "y" => "ya".to_string(),
        "t" => "tidak".to_string(),
        _ => words,
    }
}

/// True when the two labels are one of the standard pairs, in either order.
fn standard_pair(a: &str, b: &str) -> bool {
    const PAIRS: [(&str, &str); 5] = [
        ("ya", "tidak"),
        ("lengkap", "tidak lengkap"),
        ("benar", "salah"),
        ("setuju", "tidak setuju"),
        // The decision wording of official forms, e.g. the leave form of Perka BKN 24/2017.
        ("disetujui", "tidak disetujui"),
    ];
    let (a, b) = (normal_label(a), normal_label(b));
    PAIRS
        .iter()
        .any(|(x, y)| (a == *x && b == *y) || (a == *y && b == *x))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, step) in cx.sop.steps.iter().enumerate() {
        if step.symbol() != Some(Symbol::Keputusan) {
            continue;
        }
        let [a, b] = step.branches.as_slice() else {
            continue;
        };
        let (a, b) = (a.label.trim(), b.label.trim());
        if a.is_empty() || b.is_empty() || standard_pair(a, b) {
            continue;
        }
        out.push(not_standard(cx.sop, i, a, b));
    }
}

#[cfg(test)]
mod tests {
    use super::standard_pair;

    #[test]
    fn labels_compare_case_space_order_and_short_forms() {
        assert!(standard_pair("Ya", "tidak"));
        assert!(standard_pair(" TIDAK ", "ya"));
        assert!(standard_pair("Y", "T"));
        assert!(standard_pair("Tidak  lengkap", "Lengkap"));
        assert!(standard_pair("Salah", "Benar"));
        assert!(standard_pair("Setuju", "tidak setuju"));
        assert!(standard_pair("Tidak disetujui", "Disetujui"));
        assert!(!standard_pair("Disetujui", "Tidak setuju"));
        assert!(!standard_pair("Kotak Pengaduan", "Tatap muka"));
        assert!(!standard_pair("Ya", "Ya"));
        assert!(!standard_pair("Lengkap", "Salah"));
    }
}
