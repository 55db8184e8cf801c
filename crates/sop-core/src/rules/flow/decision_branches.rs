//! SOP403 `decision-branches`: a `keputusan` without exactly two cabang, or a cabang
//! without a label or a target; also (a warning) cabang written on a `mulai`/`proses` step,
//! which the flowchart ignores (on `selesai` that is SOP408's).

use crate::checklist::Item;
use crate::keys::{branch, step};
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::{Sop, Symbol};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, branch_name, ref_name, symbol_name, symbol_text};
use crate::rules::text::capitalized;

/// SOP403.
pub static RULE: Rule = Rule {
    code: "SOP403",
    name: "decision-branches",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    counts: Counts::Against(Item::Alur),
    check: Check::Document(check),
    messages: &[&COUNT, &LABEL, &TARGET, &NOT_DECISION],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Langkah `keputusan` tidak memiliki tepat dua `cabang`, atau sebuah cabang tidak berlabel atau tidak memiliki langkah tujuan (`ke`). Juga (peringatan): langkah `mulai`/`proses` yang menulis `cabang`, karena cabang itu diabaikan dalam diagram alir (cabang pada `selesai` dilaporkan oleh SOP408).",
            en: "A `keputusan` step does not have exactly two `cabang`, or a cabang has no label or no target step (`ke`). Also (a warning): a `mulai`/`proses` step that writes `cabang`, since the flowchart ignores them (cabang on `selesai` is reported by SOP408).",
        },
        why: Bilingual {
            id: "Simbol belah ketupat menggambarkan pengambilan keputusan dengan dua jawaban, misalnya ya atau tidak; setiap jawaban harus berlabel dan menunjuk langkah lanjutannya.",
            en: "The diamond stands for a decision with two answers, such as yes or no; each answer needs a label and the step it leads to.",
        },
        source: "Permenpan RB 35/2012, Lampiran: format diagram alir bercabang, simbol belah ketupat (keputusan) dengan alternatif jawaban \"ya\" atau \"tidak\"",
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

/// A decision without exactly two cabang.
pub static COUNT: Message = Message {
    rule: &RULE,
    key: "count",
    form: |d, lang| {
        let cap = capitalized(&ref_name(lang, d.arg_at(0)));
        let count: usize = d.arg_at(1).parse().unwrap_or(0);
        let (id_has, en_has) = branch_count(count);
        let (id_help, en_help) = if count < 2 {
            (
                "Tambahkan cabang sampai tepat dua, masing-masing dengan Label jawaban dan Ke langkah, misalnya “Ya” ke langkah 4 dan “Tidak” ke langkah 3.",
                "Add branches until there are exactly two, each with an Answer label and a Go to step, e.g. “Ya” to step 4 and “Tidak” to step 3.",
            )
        } else {
            (
                "Sisakan tepat dua cabang (misalnya “Ya” dan “Tidak”); pilihan lain dipecah menjadi keputusan berikutnya.",
                "Keep exactly two branches (e.g. “Ya” and “Tidak”); split further choices into a following decision.",
            )
        };
        lang.pick(
            Text::new(
                format!("{cap} adalah keputusan, tetapi {id_has}; keputusan harus memiliki tepat dua cabang"),
                id_help,
            ),
            Text::new(
                format!("{cap} is a decision but {en_has}; a decision has exactly two branches"),
                en_help,
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let cap = capitalized(&ref_name(lang, d.arg_at(0)));
        let count: usize = d.arg_at(1).parse().unwrap_or(0);
        let (id_has, en_has) = branch_count(count);
        let (id_help, en_help) = if count < 2 {
            (
                "Tambahkan `cabang` sampai tepat dua, masing-masing dengan `label` dan langkah tujuan (`ke`), misalnya `- { label: Ya, ke: 4 }` dan `- { label: Tidak, ke: 3 }`.",
                "Add `cabang` until there are exactly two, each with a `label` and a target step (`ke`), e.g. `- { label: Ya, ke: 4 }` and `- { label: Tidak, ke: 3 }`.",
            )
        } else {
            (
                "Sisakan tepat dua `cabang` (misalnya Ya dan Tidak); pilihan lain dipecah menjadi keputusan berikutnya.",
                "Keep exactly two `cabang` (e.g. Ya and Tidak); split further choices into a following decision.",
            )
        };
        lang.pick(
            Text::new(
                format!("{cap} adalah keputusan, tetapi {id_has}; keputusan harus memiliki tepat dua cabang"),
                id_help,
            ),
            Text::new(
                format!("{cap} is a decision but {en_has}; a decision has exactly two branches"),
                en_help,
            ),
        )
    }),
};

/// "tidak memiliki cabang", "hanya memiliki satu cabang", "memiliki 3 cabang" (and English).
fn branch_count(count: usize) -> (String, String) {
    match count {
        0 => (
            "tidak memiliki cabang".to_string(),
            "has no branches".to_string(),
        ),
        1 => (
            "hanya memiliki satu cabang".to_string(),
            "has only one branch".to_string(),
        ),
        n => (format!("memiliki {n} cabang"), format!("has {n} branches")),
    }
}

/// A cabang without a label.
pub static LABEL: Message = Message {
    rule: &RULE,
    key: "label",
    form: |d, lang| {
        no_label_text(
            d,
            lang,
            "Isi Label jawaban cabang ini dengan jawaban keputusan, misalnya “Ya”, “Tidak”, “Lengkap”, atau “Tidak lengkap”.",
            "Fill in the branch's Answer label with the decision's answer, e.g. “Ya”, “Tidak”, “Lengkap”, or “Tidak lengkap”.",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        no_label_text(
            d,
            lang,
            "Isi `label` cabang ini dengan jawaban keputusan, misalnya Ya, Tidak, Lengkap, atau Tidak lengkap.",
            "Fill in the cabang's `label` with the decision's answer, e.g. Ya, Tidak, Lengkap, or Tidak lengkap.",
        )
    }),
};

/// "{Branch} of {step} has no label", with `help`.
fn no_label_text(d: &Diagnostic, lang: Lang, id_help: &str, en_help: &str) -> Text {
    let step = ref_name(lang, d.arg_at(0));
    let branch = capitalized(&branch_name(lang, d.arg_at(1), ""));
    lang.pick(
        Text::new(format!("{branch} pada {step} tidak berlabel"), id_help),
        Text::new(format!("{branch} of {step} has no label"), en_help),
    )
}

/// A cabang without a target step.
pub static TARGET: Message = Message {
    rule: &RULE,
    key: "target",
    form: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let branch = capitalized(&branch_name(lang, d.arg_at(1), d.arg_at(2)));
        lang.pick(
            Text::new(
                format!("{branch} pada {step} tidak memiliki langkah tujuan"),
                "Pada isian Ke langkah, pilih langkah yang dijalankan bila jawaban ini yang terjadi.",
            ),
            Text::new(
                format!("{branch} of {step} has no target step"),
                "In Go to step, choose the step that follows this answer.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let branch = capitalized(&branch_name(lang, d.arg_at(1), d.arg_at(2)));
        lang.pick(
            Text::new(
                format!("{branch} pada {step} tidak memiliki langkah tujuan (`ke`)"),
                "Isi `ke:` cabang ini dengan nomor langkah yang dijalankan bila jawaban ini yang terjadi.",
            ),
            Text::new(
                format!("{branch} of {step} has no target step (`ke`)"),
                "Fill in the cabang's `ke:` with the number of the step that follows this answer.",
            ),
        )
    }),
};

/// Cabang on a step that is not a decision: a warning.
pub static NOT_DECISION: Message = Message {
    rule: &RULE,
    key: "not-decision",
    form: |d, lang| {
        let cap = capitalized(&ref_name(lang, d.arg_at(0)));
        let symbol = symbol_name(lang, d.arg_at(1));
        lang.pick(
            Text::new(
                format!("{cap} memiliki cabang, tetapi bersimbol {symbol}, bukan Keputusan; cabangnya diabaikan dalam diagram alir"),
                "Pilih simbol Keputusan pada langkah ini, atau hapus cabangnya dan pilih Langkah berikutnya.",
            ),
            Text::new(
                format!("{cap} has branches but the symbol {symbol}, not Decision; the flowchart ignores its branches"),
                "Choose the symbol Decision for this step, or remove its branches and choose its Next step.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let cap = capitalized(&ref_name(lang, d.arg_at(0)));
        let symbol = d.arg_at(1);
        lang.pick(
            Text::new(
                format!("{cap} memiliki `cabang`, tetapi bersimbol `{symbol}`, bukan `keputusan`; cabangnya diabaikan dalam diagram alir"),
                "Ubah simbolnya menjadi `keputusan`, atau hapus `cabang` dan tulis langkah berikutnya dengan `ke`.",
            ),
            Text::new(
                format!("{cap} has `cabang` but the symbol `{symbol}`, not `keputusan`; the flowchart ignores its cabang"),
                "Change its symbol to `keputusan`, or remove `cabang` and write the next step with `ke`.",
            ),
        )
    }),
};

fn branches(index: usize) -> Pointer {
    Pointer::step(index).key(step::CABANG)
}

/// Step row `index` of `sop` is a decision with `count` cabang.
pub fn count(sop: &Sop, index: usize, count: usize) -> Diagnostic {
    about_step(&COUNT, sop, index, branches(index)).arg(count.to_string())
}

/// Cabang `b` of step row `index` of `sop` has no label.
pub fn no_label(sop: &Sop, index: usize, b: usize) -> Diagnostic {
    let at = branches(index).index(b).key(branch::LABEL);
    about_step(&LABEL, sop, index, at).arg((b + 1).to_string())
}

/// Cabang `b` (labelled `label`) of step row `index` of `sop` has no `ke`.
pub fn no_target(sop: &Sop, index: usize, b: usize, label: &str) -> Diagnostic {
    let at = branches(index).index(b).key(branch::KE);
    about_step(&TARGET, sop, index, at)
        .arg((b + 1).to_string())
        .arg(label)
}

/// Step row `index` of `sop` writes cabang but is not a decision: a warning.
pub fn not_decision(sop: &Sop, index: usize) -> Diagnostic {
    let symbol = sop.steps.get(index).map(symbol_text).unwrap_or_default();
    about_step(&NOT_DECISION, sop, index, branches(index))
        .severity(Severity::Warning)
        .arg(symbol)
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    for (i, step) in sop.steps.iter().enumerate() {
        match step.symbol() {
            Some(Symbol::Keputusan) => {}
            Some(Symbol::Mulai | Symbol::Proses) if !step.branches.is_empty() => {
                out.push(not_decision(sop, i));
                continue;
            }
            _ => continue,
        }
        if step.branches.len() != 2 {
            out.push(count(sop, i, step.branches.len()));
        }
        for (b, branch) in step.branches.iter().enumerate() {
            let label = branch.label.trim();
            if label.is_empty() {
                out.push(no_label(sop, i, b));
            }
            if branch.target.is_none() {
                out.push(no_target(sop, i, b, label));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::flow::testing::{doc, pointers};
    use crate::rules::testing::{check_example, check_yaml, codes, findings};
    use crate::Lang;

    #[test]
    fn decision_branch_counts_labels_and_targets() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{ label: Ya, ke: 4 }] }",
            "{ nomor: 3, uraian: Memeriksa lagi, pelaksana: a, simbol: keputusan, cabang: [{ label: \"\", ke: 4 }, { label: Tidak }, { label: Lain, ke: 1 }] }",
            "{ nomor: 4, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        let found: Vec<(&str, &str)> = findings(&report, "SOP403")
            .iter()
            .map(|d| (d.kind.key, d.pointer.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("count", "/kegiatan/1/cabang"),
                ("count", "/kegiatan/2/cabang"),
                ("label", "/kegiatan/2/cabang/0/label"),
                ("target", "/kegiatan/2/cabang/1/ke"),
            ]
        );
        let one = findings(&report, "SOP403")[0].message(Lang::Id).message;
        assert!(
            one.starts_with("Langkah 2 adalah keputusan, tetapi hanya memiliki satu cabang"),
            "{one}"
        );
        // Only two labelled cabang are compared against the standard pairs.
        assert!(!codes(&report).contains(&"SOP404"));
    }

    #[test]
    fn missing_branch_target_keeps_flow_rules_on_the_remaining_edges() {
        // The example with the "Lengkap" cabang of step 2 left without `ke`.
        let report = check_example(
            "kegiatan:\n  - { nomor: 1, uraian: Mengajukan, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan, pelaksana: ppid, simbol: selesai }\n",
        );
        assert_eq!(pointers(&report, "SOP403"), ["/kegiatan/1/cabang/0/ke"]);
        assert_eq!(pointers(&report, "SOP406"), ["/kegiatan/3"]);
        let stuck = findings(&report, "SOP407");
        assert_eq!(stuck.len(), 1);
        assert_eq!(
            (stuck[0].kind.key, stuck[0].pointer.as_str()),
            ("loop", "/kegiatan/0")
        );
        assert!(stuck[0]
            .message(Lang::Id)
            .message
            .contains("Langkah 1, 2, dan 3"));
        assert!(!codes(&report).contains(&"SOP405"));
    }
}
