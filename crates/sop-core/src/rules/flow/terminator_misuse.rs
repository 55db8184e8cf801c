//! SOP408 `terminator-misuse`: a `selesai` step writes `ke` or `cabang`, a `mulai` step is
//! not the first row (SOP401 reports the start once; this points at the row), or a
//! decision's cabang leads back to its own step.

use crate::checklist::Item;
use crate::keys::{branch, step};
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::model::{Sop, Symbol};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, branch_name, ref_name};
use crate::rules::text::capitalized;

/// SOP408.
pub static RULE: Rule = Rule {
    code: "SOP408",
    name: "terminator-misuse",
    severity: Severity::Warning,
    signing: false,
    group: Group::Flow,
    counts: Counts::Against(Item::Alur),
    check: Check::Document(check),
    messages: &[&SELESAI_KE, &SELESAI_CABANG, &MULAI_NOT_FIRST, &SELF_BRANCH],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Terminator dipakai keliru: langkah `selesai` yang menulis `ke` atau `cabang` (diabaikan, karena alur berhenti di selesai), langkah `mulai` yang bukan baris pertama (ditunjuk di barisnya; SOP401 melaporkan awal prosedur sekali), atau cabang keputusan yang kembali ke langkahnya sendiri.",
            en: "A terminator is misused: a `selesai` step that writes `ke` or `cabang` (ignored, since the flow ends at selesai), a `mulai` step that is not the first row (pointed at on its row; SOP401 reports the start once), or a decision's cabang that leads back to its own step.",
        },
        why: Bilingual {
            id: "Kapsul menandai awal dan akhir kegiatan saja; kegiatan di tengah alur memakai kotak proses atau belah ketupat keputusan.",
            en: "The capsule marks only the start and the end of the activity; steps in between use the process box or the decision diamond.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Bagian Flowchart) dan simbol diagram alir bercabang (kapsul/terminator, kotak, belah ketupat, anak panah)",
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai, ke: 1 }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

/// A `selesai` step with `ke`.
pub static SELESAI_KE: Message = Message {
    rule: &RULE,
    key: "selesai-ke",
    form: |d, lang| {
        let cap = capitalized(&ref_name(lang, d.arg_at(0)));
        let target = d.arg_at(1);
        lang.pick(
            Text::new(
                format!("{cap} bersimbol Selesai, tetapi menunjuk langkah {target} sebagai langkah berikutnya; alur berhenti di langkah Selesai sehingga langkah berikutnya diabaikan"),
                "Kosongkan Langkah berikutnya pada langkah ini, atau pilih simbol Proses bila alur masih berlanjut.",
            ),
            Text::new(
                format!("{cap} has the symbol End but names step {target} as its next step; the flow ends at the End step, so the next step is ignored"),
                "Clear this step's Next step, or choose the symbol Process if the flow continues.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let cap = capitalized(&ref_name(lang, d.arg_at(0)));
        let target = d.arg_at(1);
        lang.pick(
            Text::new(
                format!("{cap} bersimbol selesai, tetapi menulis `ke: {target}`; alur berhenti di terminator selesai sehingga `ke` diabaikan"),
                "Hapus `ke` dari langkah selesai, atau ubah simbolnya menjadi `proses` bila alur masih berlanjut.",
            ),
            Text::new(
                format!("{cap} has the symbol selesai but writes `ke: {target}`; the flow ends at the end terminator, so `ke` is ignored"),
                "Remove `ke` from the selesai step, or change its symbol to `proses` if the flow continues.",
            ),
        )
    }),
};

/// A `selesai` step with cabang.
pub static SELESAI_CABANG: Message = Message {
    rule: &RULE,
    key: "selesai-cabang",
    form: |d, lang| {
        let cap = capitalized(&ref_name(lang, d.arg_at(0)));
        lang.pick(
            Text::new(
                format!("{cap} bersimbol Selesai, tetapi memiliki cabang; alur berhenti di langkah Selesai sehingga cabangnya diabaikan"),
                "Hapus cabang dari langkah ini, atau pilih simbol Keputusan dan tambahkan langkah bersimbol Selesai sesudahnya.",
            ),
            Text::new(
                format!("{cap} has the symbol End but has branches; the flow ends at the End step, so the branches are ignored"),
                "Remove the branches from this step, or choose the symbol Decision and add an End step after it.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let cap = capitalized(&ref_name(lang, d.arg_at(0)));
        lang.pick(
            Text::new(
                format!("{cap} bersimbol selesai, tetapi memiliki `cabang`; alur berhenti di terminator selesai sehingga cabangnya diabaikan"),
                "Hapus `cabang` dari langkah selesai, atau ubah simbolnya menjadi `keputusan` dan tambahkan langkah selesai sesudahnya.",
            ),
            Text::new(
                format!("{cap} has the symbol selesai but has `cabang`; the flow ends at the end terminator, so the cabang are ignored"),
                "Remove `cabang` from the selesai step, or make it a `keputusan` and add a selesai step after it.",
            ),
        )
    }),
};

/// A `mulai` step that is not the first row.
pub static MULAI_NOT_FIRST: Message = Message {
    rule: &RULE,
    key: "mulai-not-first",
    form: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let cap = capitalized(&step);
        lang.pick(
            Text::new(
                format!("{cap} bersimbol Mulai, padahal bukan baris pertama; simbol Mulai hanya untuk awal prosedur"),
                format!("Pilih simbol Proses pada {step}; bila prosedur memang dimulai di sini, pindahkan langkah ini ke baris pertama."),
            ),
            Text::new(
                format!("{cap} has the symbol Start but is not the first row; the symbol Start is only for the beginning"),
                format!("Choose the symbol Process for {step}; if the procedure really starts here, move this step to the first row."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let cap = capitalized(&step);
        lang.pick(
            Text::new(
                format!("{cap} bersimbol mulai, padahal bukan baris pertama; terminator mulai hanya untuk awal prosedur"),
                format!("Ubah simbol {step} menjadi `proses`; bila prosedur memang dimulai di sini, pindahkan langkah ini ke baris pertama."),
            ),
            Text::new(
                format!("{cap} has the symbol mulai but is not the first row; the start terminator is only for the beginning"),
                format!("Change the symbol of {step} to `proses`; if the procedure really starts here, move this step to the first row."),
            ),
        )
    }),
};

/// A decision's cabang back to the decision itself.
pub static SELF_BRANCH: Message = Message {
    rule: &RULE,
    key: "self-branch",
    form: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let branch = capitalized(&branch_name(lang, d.arg_at(1), d.arg_at(2)));
        lang.pick(
            Text::new(
                format!("{branch} pada {step} kembali ke {step} sendiri"),
                "Arahkan cabang ini ke langkah yang menindaklanjuti jawaban tersebut (misalnya langkah pengembalian berkas), bukan ke keputusan itu sendiri.",
            ),
            Text::new(
                format!("{branch} of {step} leads back to {step} itself"),
                "Point this branch at the step that acts on the answer (for example returning the file), not at the decision itself.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// The `selesai` step at row `index` of `sop` writes `ke: target`.
pub fn selesai_ke(sop: &Sop, index: usize, target: u32) -> Diagnostic {
    about_step(&SELESAI_KE, sop, index, Pointer::step(index).key(step::KE)).arg(target.to_string())
}

/// The `selesai` step at row `index` of `sop` writes cabang.
pub fn selesai_cabang(sop: &Sop, index: usize) -> Diagnostic {
    about_step(
        &SELESAI_CABANG,
        sop,
        index,
        Pointer::step(index).key(step::CABANG),
    )
}

/// Row `index` (not the first) of `sop` is `mulai`.
pub fn mulai_not_first(sop: &Sop, index: usize) -> Diagnostic {
    about_step(
        &MULAI_NOT_FIRST,
        sop,
        index,
        Pointer::step(index).key(step::SIMBOL),
    )
}

/// Cabang `b` (labelled `label`) of the decision at row `index` of `sop` leads to itself.
pub fn self_branch(sop: &Sop, index: usize, b: usize, label: &str) -> Diagnostic {
    let at = Pointer::step(index)
        .key(step::CABANG)
        .index(b)
        .key(branch::KE);
    about_step(&SELF_BRANCH, sop, index, at)
        .arg((b + 1).to_string())
        .arg(label)
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    for (i, step) in sop.steps.iter().enumerate() {
        match step.symbol() {
            Some(Symbol::Selesai) => {
                if let Some(n) = step.next {
                    out.push(selesai_ke(sop, i, n));
                }
                if !step.branches.is_empty() {
                    out.push(selesai_cabang(sop, i));
                }
            }
            Some(Symbol::Mulai) if i > 0 => out.push(mulai_not_first(sop, i)),
            Some(Symbol::Keputusan) => {
                for (b, cabang) in step.branches.iter().enumerate() {
                    if cabang.target.is_some() && cabang.target == step.number {
                        out.push(self_branch(sop, i, b, cabang.label.trim()));
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::flow::testing::doc;
    use crate::rules::testing::{check_yaml, codes, findings};
    use crate::Severity;

    #[test]
    fn selesai_with_ke_or_cabang_and_cabang_on_a_process() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai, cabang: [{ label: Ya, ke: 2 }] }",
            "{ nomor: 2, uraian: Menutup, pelaksana: a, simbol: selesai, ke: 1, cabang: [{ label: Ya, ke: 1 }] }",
        ]));
        let kinds: Vec<&str> = findings(&report, "SOP408")
            .iter()
            .map(|d| d.kind.key)
            .collect();
        // Sorted by pointer: `cabang` comes before `ke` in the format.
        assert_eq!(kinds, ["selesai-cabang", "selesai-ke"]);
        let d = findings(&report, "SOP403")[0];
        assert_eq!(
            (d.kind.key, d.severity),
            ("not-decision", Severity::Warning)
        );
        assert!(!codes(&report).contains(&"SOP406"));
        assert!(!codes(&report).contains(&"SOP407"));
    }
}
