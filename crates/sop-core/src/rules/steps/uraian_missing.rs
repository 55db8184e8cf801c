//! SOP306 `uraian-missing`: a step does not say what is done.

use crate::checklist::Item;
use crate::keys::step;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::{text_filled, Sop};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, ref_name};

/// SOP306.
pub static RULE: Rule = Rule {
    code: "SOP306",
    name: "uraian-missing",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    counts: Counts::Against(Item::Kegiatan),
    check: Check::Document(check),
    messages: &[&MISSING],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah langkah tidak memiliki `uraian` (kosong atau hanya `-`).",
            en: "A step has no `uraian` (empty or only `-`).",
        },
        why: Bilingual {
            id: "Uraian kegiatan menyatakan apa yang dikerjakan pada langkah itu; tanpa uraian langkah tidak dapat dilaksanakan.",
            en: "The description says what is done in the step; without it the step cannot be carried out.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Uraian kegiatan)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: \"\"\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

/// A step without uraian.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |d, lang| {
        missing_text(
            d,
            lang,
            "Isi Uraian Kegiatan dengan apa yang dikerjakan, diawali kata kerja aktif tanpa subjek, misalnya “Memeriksa kelengkapan permohonan”.",
            "Fill in the Activity with what is done, starting with an active verb and no subject, e.g. “Memeriksa kelengkapan permohonan”.",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        missing_text(
            d,
            lang,
            "Isi `uraian` dengan apa yang dikerjakan, diawali kata kerja aktif tanpa subjek, misalnya “Memeriksa kelengkapan permohonan”.",
            "Fill in `uraian` with what is done, starting with an active verb and no subject, e.g. “Memeriksa kelengkapan permohonan”.",
        )
    }),
};

/// "The description of {step} is missing", with `help`.
fn missing_text(d: &Diagnostic, lang: Lang, id_help: &str, en_help: &str) -> Text {
    let step = ref_name(lang, d.arg_at(0));
    lang.pick(
        Text::new(format!("Uraian kegiatan pada {step} belum diisi"), id_help),
        Text::new(
            format!("The activity (uraian) of {step} is missing"),
            en_help,
        ),
    )
}

/// Step row `index` of `sop` has no uraian.
pub fn missing(sop: &Sop, index: usize) -> Diagnostic {
    about_step(&MISSING, sop, index, Pointer::step(index).key(step::URAIAN))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, step) in cx.sop.steps.iter().enumerate() {
        if !text_filled(&step.description) {
            out.push(missing(cx.sop, i));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::steps::testing::steps;
    use crate::rules::testing::{check_example, findings};
    use crate::Lang;

    #[test]
    fn uraian_missing_names_the_step() {
        let report = check_example(&steps(&[
            ("1", "Mengajukan permohonan", "pemohon", "mulai"),
            ("2", "\"-\"", "ppid", "selesai"),
        ]));
        let found = findings(&report, "SOP306");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/kegiatan/1/uraian");
        assert!(found[0]
            .message(Lang::Id)
            .message
            .contains("pada langkah 2 belum diisi"));
    }
}
