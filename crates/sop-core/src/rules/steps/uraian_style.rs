//! SOP310 `uraian-style`: a step's uraian starts with the name of a lane instead of an
//! active verb.

use crate::checklist::Item;
use crate::keys::step;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Text};
use crate::model::{Lane, Sop};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, ref_name};
use crate::rules::text::capitalized;

/// SOP310.
pub static RULE: Rule = Rule {
    code: "SOP310",
    name: "uraian-style",
    severity: Severity::Info,
    signing: false,
    group: Group::Steps,
    counts: Counts::Against(Item::Kegiatan),
    check: Check::Document(check),
    messages: &[&LANE_FIRST],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`uraian` sebuah langkah diawali nama salah satu pelaksana (huruf besar/kecil dan spasi diabaikan), misalnya \"Petugas layanan menerima …\" padahal ada pelaksana bernama Petugas Layanan.",
            en: "A step's `uraian` starts with the name of one of the implementers (case and spaces ignored), e.g. \"Petugas layanan menerima …\" where an implementer is named Petugas Layanan.",
        },
        why: Bilingual {
            id: "Pedoman SOP AP meminta kegiatan ditulis dengan kata kerja aktif tanpa subjek; pelaksana sudah ditunjukkan oleh kolom pelaksana pada diagram alir.",
            en: "The SOP AP guideline asks for activities written as active verbs without a subject; the implementer column of the flowchart already shows who does it.",
        },
        source: "Permenpan RB 35/2012, Lampiran (diagram alir bercabang: kegiatan ditulis dengan kata kerja aktif tanpa subjek)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Pemohon informasi mengajukan permohonan\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

/// The uraian opens with a lane's name; the suggestion is the rest, capitalised.
pub static LANE_FIRST: Message = Message {
    rule: &RULE,
    key: "lane-first",
    form: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let lane = quoted(d.arg_at(1));
        let example = match d.arg_at(2) {
            "" => "“Menerima permohonan”".to_string(),
            suggestion => quoted(suggestion),
        };
        lang.pick(
            Text::new(
                format!("Uraian kegiatan {step} diawali nama pelaksana {lane}, bukan kata kerja aktif"),
                format!("Tulis uraian dengan kata kerja aktif tanpa subjek, misalnya {example}; pelaksana sudah ditunjukkan oleh kolomnya."),
            ),
            Text::new(
                format!("The activity of {step} starts with the implementer {lane} instead of an active verb"),
                format!("Write the activity as an active verb phrase without a subject, e.g. {example}; the column already shows the implementer."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// The uraian of step row `index` of `sop` opens with the lane name `lane`; `suggestion`
/// is the uraian without it (may be empty).
pub fn starts_with_lane(sop: &Sop, index: usize, lane: &str, suggestion: &str) -> Diagnostic {
    about_step(
        &LANE_FIRST,
        sop,
        index,
        Pointer::step(index).key(step::URAIAN),
    )
    .arg(lane)
    .arg(suggestion)
}

/// Lower case with whitespace runs collapsed to one space.
fn collapsed(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // Lane names are normalised once per document, not once per step.
    let names: Vec<(&Lane, String)> = cx
        .sop
        .lanes
        .iter()
        .map(|l| (l, collapsed(&l.name)))
        .collect();
    for (i, step) in cx.sop.steps.iter().enumerate() {
        let text = collapsed(&step.description);
        let lane = names
            .iter()
            .filter(|(_, name)| {
                !name.is_empty()
                    && text.strip_prefix(name.as_str()).is_some_and(|rest| {
                        rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
                    })
            })
            .max_by_key(|(_, name)| name.len());
        let Some((lane, name)) = lane else {
            continue;
        };
        let words = name.split(' ').count();
        let first_line = step
            .description
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        let rest: Vec<&str> = first_line.split_whitespace().skip(words).collect();
        let mut suggestion = capitalized(rest.join(" ").trim_start_matches([',', ':', ' ']));
        if suggestion.chars().count() > 60 {
            suggestion = format!(
                "{} …",
                suggestion.chars().take(57).collect::<String>().trim_end()
            );
        }
        out.push(starts_with_lane(cx.sop, i, lane.name.trim(), &suggestion));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::steps::testing::steps;
    use crate::rules::testing::{check_example, findings};
    use crate::{Lang, Severity};

    #[test]
    fn uraian_starting_with_a_lane_name() {
        let report = check_example(&steps(&[
            (
                "1",
                "PEMOHON INFORMASI  mengajukan permohonan",
                "pemohon",
                "mulai",
            ),
            (
                "2",
                "\"Petugas Layanan PPID: memeriksa permohonan\"",
                "petugas",
                "proses",
            ),
            ("3", "Pemohon Informasinya datang", "pemohon", "proses"),
            (
                "4",
                "Menyampaikan jawaban kepada Pemohon Informasi",
                "ppid",
                "selesai",
            ),
        ]));
        let found = findings(&report, "SOP310");
        let shown: Vec<_> = found.iter().map(|d| d.pointer.as_str()).collect();
        assert_eq!(shown, ["/kegiatan/0/uraian", "/kegiatan/1/uraian"]);
        assert_eq!(found[0].severity, Severity::Info);
        let text = found[0].message(Lang::Id);
        assert!(text.help.contains("“Mengajukan permohonan”"), "{text:?}");
        let text = found[1].message(Lang::En);
        assert!(text.help.contains("“Memeriksa permohonan”"), "{text:?}");
    }
}
