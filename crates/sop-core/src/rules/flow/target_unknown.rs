//! SOP405 `target-unknown`: a step's `ke` or a cabang's `ke` names a number no step has.

use std::collections::HashSet;

use crate::checklist::Item;
use crate::keys::{branch, step};
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::Sop;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, branch_name, ref_name};
use crate::rules::text::capitalized;

/// SOP405.
pub static RULE: Rule = Rule {
    code: "SOP405",
    name: "target-unknown",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    counts: Counts::Against(Item::Alur),
    check: Check::Document(check),
    messages: &[&NEXT, &BRANCH],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`ke` sebuah langkah atau `ke` sebuah cabang menunjuk nomor yang tidak dimiliki langkah mana pun (langkah tanpa `nomor` tidak dapat dituju).",
            en: "A step's `ke` or a cabang's `ke` names a number no step has (a step without `nomor` cannot be targeted).",
        },
        why: Bilingual {
            id: "Anak panah diagram alir harus berakhir di langkah yang ada; tujuan yang salah memutus alur prosedur.",
            en: "Every arrow of the flowchart must end at an existing step; a wrong target breaks the procedure's flow.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Bagian Flowchart) dan simbol diagram alir bercabang (kapsul/terminator, kotak, belah ketupat, anak panah)",
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 9 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

/// "{from} leads to step {target}, but no step has that number"; the help names the
/// `field` to change (the form's label) or, for the file, the `ke` to rewrite.
fn unknown_target(
    lang: Lang,
    (id_from, en_from): (&str, &str),
    target: &str,
    field: Option<(&str, &str)>,
) -> Text {
    match field {
        Some((id_field, en_field)) => lang.pick(
            Text::new(
                format!("{id_from} menuju langkah {target}, tetapi tidak ada langkah bernomor {target}"),
                format!("Pilih langkah yang ada pada isian {id_field}, atau tambahkan langkah bernomor {target}."),
            ),
            Text::new(
                format!("{en_from} leads to step {target}, but no step has the number {target}"),
                format!("Choose an existing step in {en_field}, or add a step numbered {target}."),
            ),
        ),
        None => lang.pick(
            Text::new(
                format!("{id_from} menuju langkah {target} (`ke: {target}`), tetapi tidak ada langkah bernomor {target}"),
                format!("Ganti `ke: {target}` dengan nomor langkah yang ada di `kegiatan`, atau tambahkan langkah bernomor {target}."),
            ),
            Text::new(
                format!("{en_from} leads to step {target} (`ke: {target}`), but no step has the number {target}"),
                format!("Replace `ke: {target}` with the number of an existing step, or add a step numbered {target}."),
            ),
        ),
    }
}

/// Where a branch's `ke` points from: "Cabang “Ya” pada langkah 2" (and English).
fn branch_from(d: &Diagnostic) -> (String, String) {
    let (position, label) = (d.arg_at(2), d.arg_at(3));
    (
        format!(
            "{} pada {}",
            capitalized(&branch_name(Lang::Id, position, label)),
            ref_name(Lang::Id, d.arg_at(0))
        ),
        format!(
            "{} of {}",
            capitalized(&branch_name(Lang::En, position, label)),
            ref_name(Lang::En, d.arg_at(0))
        ),
    )
}

/// A step's `ke` names no step.
pub static NEXT: Message = Message {
    rule: &RULE,
    key: "next",
    form: |d, lang| {
        let step = capitalized(&ref_name(lang, d.arg_at(0)));
        unknown_target(lang, (&step, &step), d.arg_at(1), Some(NEXT_FIELD))
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let step = capitalized(&ref_name(lang, d.arg_at(0)));
        unknown_target(lang, (&step, &step), d.arg_at(1), None)
    }),
};

/// The form's field of a step's next step.
const NEXT_FIELD: (&str, &str) = ("Langkah berikutnya", "Next step");

/// A cabang's `ke` names no step.
pub static BRANCH: Message = Message {
    rule: &RULE,
    key: "branch",
    form: |d, lang| {
        let (id_from, en_from) = branch_from(d);
        unknown_target(
            lang,
            (&id_from, &en_from),
            d.arg_at(1),
            Some(("Ke langkah cabang ini", "this branch's Go to step")),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (id_from, en_from) = branch_from(d);
        unknown_target(lang, (&id_from, &en_from), d.arg_at(1), None)
    }),
};

/// The `ke` of step row `index` of `sop` is `target`, which no step has.
pub fn next(sop: &Sop, index: usize, target: u32) -> Diagnostic {
    about_step(&NEXT, sop, index, Pointer::step(index).key(step::KE)).arg(target.to_string())
}

/// The `ke` of cabang `b` (labelled `label`) of step row `index` of `sop` is `target`,
/// which no step has.
pub fn branch(sop: &Sop, index: usize, b: usize, label: &str, target: u32) -> Diagnostic {
    let at = Pointer::step(index)
        .key(step::CABANG)
        .index(b)
        .key(branch::KE);
    about_step(&BRANCH, sop, index, at)
        .arg(target.to_string())
        .arg((b + 1).to_string())
        .arg(label)
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    let numbers: HashSet<u32> = sop.steps.iter().filter_map(|s| s.number).collect();
    for (i, step) in sop.steps.iter().enumerate() {
        if let Some(n) = step.next {
            if !numbers.contains(&n) {
                out.push(next(sop, i, n));
            }
        }
        for (b, cabang) in step.branches.iter().enumerate() {
            if let Some(n) = cabang.target {
                if !numbers.contains(&n) {
                    out.push(branch(sop, i, b, cabang.label.trim(), n));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::flow::testing::{doc, pointers};
    use crate::rules::testing::{check_yaml, findings};
    use crate::Lang;

    #[test]
    fn dangling_targets() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{ label: Ya, ke: 3 }, { label: Tidak, ke: 12 }] }",
            "{ nomor: 3, uraian: Memproses, pelaksana: a, ke: 9 }",
            "{ nomor: 4, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        assert_eq!(
            pointers(&report, "SOP405"),
            ["/kegiatan/1/cabang/1/ke", "/kegiatan/2/ke"]
        );
        let msg = findings(&report, "SOP405")[0].message(Lang::Id).message;
        assert!(
            msg.starts_with("Cabang “Tidak” pada langkah 2 menuju langkah 12"),
            "{msg}"
        );
        assert_eq!(pointers(&report, "SOP406"), ["/kegiatan/3"]);
        let stuck = findings(&report, "SOP407");
        assert_eq!(stuck.len(), 1);
        assert_eq!(
            (stuck[0].kind.key, stuck[0].pointer.as_str()),
            ("dead-end-target", "/kegiatan/2")
        );
    }
}
