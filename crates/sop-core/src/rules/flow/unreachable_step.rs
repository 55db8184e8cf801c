//! SOP406 `unreachable-step`: a step cannot be reached from the start of the flow.

use crate::checklist::Item;
use crate::flow::Flow;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::Sop;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, ref_name, step_ref};
use crate::rules::text::capitalized;

/// SOP406.
pub static RULE: Rule = Rule {
    code: "SOP406",
    name: "unreachable-step",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    counts: Counts::Against(Item::Alur),
    check: Check::Document(check),
    messages: &[&UNREACHED, &UNNUMBERED],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah langkah tidak dapat dicapai dari langkah `mulai` (langkah mulai pertama, atau baris pertama bila tidak ada) dengan mengikuti urutan baris, `ke` dan cabang. Setiap langkah yang tidak tercapai dilaporkan.",
            en: "A step cannot be reached from the `mulai` step (the first mulai step, or the first row when there is none) by following row order, `ke` and cabang. Every unreachable step is reported.",
        },
        why: Bilingual {
            id: "Langkah yang tidak pernah dilalui alur tidak akan pernah dikerjakan; biasanya ada `ke` atau cabang yang salah tuju.",
            en: "A step the flow never passes is never carried out; usually a `ke` or cabang points to the wrong step.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Bagian Flowchart) dan simbol diagram alir bercabang (kapsul/terminator, kotak, belah ketupat, anak panah)",
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 1 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

/// "{step} cannot be reached from the start of the flow ({start})", with `help`.
fn unreached(d: &Diagnostic, lang: Lang, id_help: &str, en_help: &str) -> Text {
    let step = capitalized(&ref_name(lang, d.arg_at(0)));
    let start = ref_name(lang, d.arg_at(1));
    lang.pick(
        Text::new(
            format!("{step} tidak dapat dicapai dari awal alur ({start})"),
            id_help,
        ),
        Text::new(
            format!("{step} cannot be reached from the start of the flow ({start})"),
            en_help,
        ),
    )
}

/// A numbered step no arrow reaches.
pub static UNREACHED: Message = Message {
    rule: &RULE,
    key: "unreached",
    form: |d, lang| {
        unreached(
            d,
            lang,
            "Pilih langkah ini sebagai Langkah berikutnya atau tujuan cabang pada langkah sebelumnya, atau hapus langkah ini bila tidak diperlukan.",
            "Choose this step as the Next step or a branch target of an earlier step, or remove the step if it is not needed.",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        unreached(
            d,
            lang,
            "Arahkan `ke` atau cabang langkah sebelumnya ke langkah ini, atau hapus langkah ini bila tidak diperlukan.",
            "Point the `ke` or a cabang of an earlier step at this step, or remove the step if it is not needed.",
        )
    }),
};

/// A row without a number, which no arrow can reach.
pub static UNNUMBERED: Message = Message {
    rule: &RULE,
    key: "unnumbered",
    form: |d, lang| {
        unreached(
            d,
            lang,
            "Isi Nomor baris ini agar dapat dituju, lalu pilih langkah itu sebagai Langkah berikutnya atau tujuan cabang pada langkah sebelumnya; hapus baris ini bila tidak diperlukan.",
            "Fill in this row's Number so it can be targeted, then choose it as the Next step or a branch target of an earlier step; remove the row if it is not needed.",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        unreached(
            d,
            lang,
            "Beri baris ini `nomor` agar dapat dituju, lalu arahkan `ke` atau cabang langkah sebelumnya ke nomor itu; hapus baris ini bila tidak diperlukan.",
            "Give this row a `nomor` so it can be targeted, then point the previous step's `ke` or cabang at it; remove the row if it is not needed.",
        )
    }),
};

/// Step row `index` of `sop` is not reached from row `start`.
pub fn unreachable(sop: &Sop, index: usize, start: usize) -> Diagnostic {
    let numbered = sop.steps.get(index).is_some_and(|s| s.number.is_some());
    let kind = if numbered { &UNREACHED } else { &UNNUMBERED };
    about_step(kind, sop, index, Pointer::step(index)).arg(step_ref(sop, start))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    let Some(start) = Flow::start(sop) else {
        return;
    };
    let reached = cx.flow.reachable_from(start);
    for i in 0..sop.steps.len() {
        if !reached.get(i).copied().unwrap_or(true) {
            out.push(unreachable(sop, i, start));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::flow::testing::doc;
    use crate::rules::testing::{check_yaml, findings};
    use crate::Lang;

    #[test]
    fn unnumbered_row_cannot_be_targeted() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai, ke: 2 }",
            "{ uraian: Mencatat, pelaksana: a }",
            "{ nomor: 2, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        let d = findings(&report, "SOP406")[0];
        assert_eq!(
            (d.kind.key, d.pointer.as_str()),
            ("unnumbered", "/kegiatan/1")
        );
        assert!(d
            .message(Lang::Id)
            .message
            .starts_with("Baris kegiatan ke-2 tidak dapat dicapai"));
    }
}
