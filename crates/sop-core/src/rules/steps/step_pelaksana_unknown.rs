//! SOP307 `step-pelaksana-unknown`: a step names no lane, or one that does not exist.

use crate::checklist::Item;
use crate::keys::step;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Text};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, ref_name};
use crate::rules::text::capitalized;

/// SOP307.
pub static RULE: Rule = Rule {
    code: "SOP307",
    name: "step-pelaksana-unknown",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    counts: Counts::Against(Item::Kegiatan),
    check: Check::Document(check),
    messages: &[&MISSING, &UNKNOWN],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah langkah tidak menyebut pelaksana, atau menyebut pelaksana yang tidak ada di `pelaksana`. Yang dicocokkan adalah id pelaksana; nama pelaksana juga diterima. Huruf besar/kecil dan spasi diabaikan. Bila dokumen belum memiliki pelaksana sama sekali, hanya SOP301 yang dilaporkan.",
            en: "A step names no implementer, or one not listed under `pelaksana`. The lane id is matched; the lane's nama is accepted too. Case and spaces are ignored. When the document has no implementers at all, only SOP301 is reported.",
        },
        why: Bilingual {
            id: "Setiap simbol diagram alir berada di kolom pelaksananya; langkah tanpa pelaksana yang dikenal tidak dapat digambar dan tidak jelas siapa mengerjakannya.",
            en: "Every flowchart symbol sits in its implementer's column; a step without a known implementer cannot be drawn and nobody knows who does it.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Pelaksana); research/sop-standard.md §8 PR-04",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: sekretaris\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: [petugas, PPID]\n    simbol: selesai\n",
    },
};

/// A step without pelaksana.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |d, lang| {
        let step = capitalized(&ref_name(lang, d.arg_at(0)));
        let known = !d.arg_at(1).is_empty();
        lang.pick(
            Text::new(
                format!("{step} belum menyebut pelaksananya"),
                if known {
                    "Pilih pelaksana langkah ini pada isian Pelaksana."
                } else {
                    "Tambahkan pelaksana pada bagian Pelaksana, lalu pilih pelaksana langkah ini."
                },
            ),
            Text::new(
                format!("{step} names no implementer"),
                if known {
                    "Choose this step's implementer in the Performed by field."
                } else {
                    "Add the implementers in the Implementers section, then choose this step's implementer."
                },
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let step = capitalized(&ref_name(lang, d.arg_at(0)));
        let known = d.arg_at(1);
        lang.pick(
            Text::new(
                format!("{step} belum menyebut pelaksananya"),
                if known.is_empty() {
                    "Tambahkan pelaksana di `pelaksana` dokumen, lalu tulis kodenya di `pelaksana` langkah ini.".to_string()
                } else {
                    format!(
                        "Tulis kode pelaksana di `pelaksana` langkah ini, salah satu dari: {known}."
                    )
                },
            ),
            Text::new(
                format!("{step} names no implementer"),
                if known.is_empty() {
                    "Add the implementers under the document's `pelaksana`, then write one's code under this step's `pelaksana`.".to_string()
                } else {
                    format!(
                        "Write an implementer code under this step's `pelaksana`, one of: {known}."
                    )
                },
            ),
        )
    }),
};

/// A step naming a lane that does not exist.
pub static UNKNOWN: Message = Message {
    rule: &RULE,
    key: "unknown",
    form: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let value = quoted(d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Pelaksana {value} pada {step} tidak ada di bagian Pelaksana"),
                format!("Pilih salah satu pelaksana yang ada, atau tambahkan {value} pada bagian Pelaksana."),
            ),
            Text::new(
                format!("The implementer {value} of {step} is not in the Implementers section"),
                format!("Choose one of the implementers, or add {value} in the Implementers section."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let (value, known) = (d.arg_at(1), d.arg_at(2));
        lang.pick(
            Text::new(
                format!("Pelaksana `{value}` pada {step} tidak ada di daftar pelaksana"),
                format!(
                    "Tulis kode salah satu pelaksana ({known}), atau tambahkan `{value}` ke `pelaksana` dokumen."
                ),
            ),
            Text::new(
                format!("Implementer `{value}` of {step} is not among the implementers"),
                format!(
                    "Write the code of one of the implementers ({known}), or add `{value}` to the document's `pelaksana`."
                ),
            ),
        )
    }),
};

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    // The lane ids, for the help ("pemohon, petugas, ppid").
    let known = sop
        .lanes
        .iter()
        .map(|l| l.id.trim())
        .filter(|id| !id.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    for (i, step) in sop.steps.iter().enumerate() {
        let named: Vec<(usize, &str)> = step
            .performers
            .iter()
            .map(|p| p.trim())
            .enumerate()
            .filter(|(_, p)| !p.is_empty() && *p != "-")
            .collect();
        let field = Pointer::step(i).key(step::PELAKSANA);
        if named.is_empty() {
            out.push(about_step(&MISSING, sop, i, field).arg(known.clone()));
            continue;
        }
        if sop.lanes.is_empty() {
            continue;
        }
        for (k, performer) in named {
            if sop.lane_of(performer).is_none() {
                // One pelaksana is written as text, several as a list.
                let at = if step.performers.len() == 1 {
                    field.clone()
                } else {
                    field.clone().index(k)
                };
                out.push(
                    about_step(&UNKNOWN, sop, i, at)
                        .arg(performer)
                        .arg(known.clone()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Lane;
    use crate::rules::steps::testing::steps;
    use crate::rules::testing::{check_example, findings};
    use crate::Lang;

    #[test]
    fn step_pelaksana_missing_or_unknown() {
        let report = check_example(&steps(&[
            ("1", "Mengajukan permohonan", "pemohon", "mulai"),
            ("2", "Memeriksa permohonan", "\"\"", "proses"),
            (
                "3",
                "Mencatat permohonan",
                "[petugas, sekretaris]",
                "proses",
            ),
            ("4", "Menyampaikan jawaban", "Rumah Tangga", "selesai"),
        ]));
        let found = findings(&report, "SOP307");
        let shown: Vec<_> = found
            .iter()
            .map(|d| (d.pointer.as_str(), d.kind.key))
            .collect();
        assert_eq!(
            shown,
            [
                ("/kegiatan/1/pelaksana", "missing"),
                ("/kegiatan/2/pelaksana/1", "unknown"),
                ("/kegiatan/3/pelaksana", "unknown"),
            ]
        );
        #[cfg(feature = "file-wording")]
        {
            let text = found[1].message(Lang::Id);
            assert!(
                text.message.contains("`sekretaris` pada langkah 3"),
                "{text:?}"
            );
            assert!(text.help.contains("pemohon, petugas, ppid"), "{text:?}");
        }
        let form = found[1].text(crate::Audience::Form, Lang::Id);
        assert!(
            form.message
                .contains("“sekretaris” pada langkah 3 tidak ada di bagian Pelaksana"),
            "{form:?}"
        );
    }

    #[test]
    fn lanes_are_matched_by_id_then_name() {
        let lanes = [
            Lane {
                id: "petugas".into(),
                name: "Petugas Layanan".into(),
            },
            Lane {
                id: "ppid".into(),
                name: "PPID".into(),
            },
        ];
        let lane_of = |p: &str| crate::model::lane_of(&lanes, p);
        assert_eq!(lane_of(" Petugas "), Some(0));
        assert_eq!(lane_of("petugas layanan"), Some(0));
        assert_eq!(lane_of("PetugasLayanan"), Some(0));
        assert_eq!(lane_of("ppid"), Some(1));
        assert_eq!(lane_of("atasan"), None);
        assert_eq!(lane_of(" "), None);
    }
}
