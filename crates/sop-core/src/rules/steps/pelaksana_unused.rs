//! SOP303 `pelaksana-unused`: a lane no step names (checked once there are steps).

use crate::checklist::Item;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Lang, Text};
use crate::model::{lane_key, Lane};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP303.
pub static RULE: Rule = Rule {
    code: "SOP303",
    name: "pelaksana-unused",
    severity: Severity::Warning,
    signing: false,
    group: Group::Steps,
    counts: Counts::Against(Item::Pelaksana),
    check: Check::Document(check),
    messages: &[&UNUSED],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah pelaksana tidak disebut oleh langkah mana pun (diperiksa hanya bila sudah ada langkah; pelaksana dengan id kembar dilaporkan oleh SOP302 saja).",
            en: "An implementer is named by no step (checked only once there are steps; an implementer with a repeated id is reported by SOP302 only).",
        },
        why: Bilingual {
            id: "Kolom kosong di diagram alir biasanya berarti langkah yang terlupa atau salah kolom.",
            en: "An empty column in the flowchart usually means a forgotten step or a step in the wrong column.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Bagian Flowchart)",
        fires: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: atasan, nama: Atasan PPID }\n",
        passes: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n",
    },
};

/// A lane no step names.
pub static UNUSED: Message = Message {
    rule: &RULE,
    key: "unused",
    form: |d, lang| {
        unused_text(
            d,
            lang,
            "Pilih pelaksana ini pada isian Pelaksana di langkah yang dikerjakannya, atau hapus pelaksana ini bila jabatan itu tidak terlibat dalam prosedur.",
            "Choose this implementer in the Performed by field of the steps it carries out, or remove it if the position takes no part in the procedure.",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        unused_text(
            d,
            lang,
            "Tulis kode pelaksana ini di `pelaksana` pada langkah yang dikerjakannya, atau hapus kolom ini bila jabatan itu tidak terlibat dalam prosedur.",
            "Write this implementer's code under `pelaksana` of the steps it carries out, or remove the column if the position takes no part in the procedure.",
        )
    }),
};

/// "Implementer {n} (“{name}”) carries out no step", with `help`.
fn unused_text(d: &Diagnostic, lang: Lang, id_help: &str, en_help: &str) -> Text {
    let (n, name) = (d.arg_at(0), quoted(d.arg_at(1)));
    lang.pick(
        Text::new(
            format!("Pelaksana ke-{n} ({name}) tidak menjalankan satu langkah pun"),
            id_help,
        ),
        Text::new(
            format!("Implementer {n} ({name}) carries out no step"),
            en_help,
        ),
    )
}

/// Lane `index` (`lane`) is named by no step.
pub fn unused(index: usize, lane: &Lane) -> Diagnostic {
    // Named for messages by its nama, else its id.
    let label = if lane.name.trim().is_empty() {
        lane.id.trim()
    } else {
        lane.name.trim()
    };
    Diagnostic::new(&UNUSED, Pointer::lane(index))
        .arg((index + 1).to_string())
        .arg(label)
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    let lanes = &sop.lanes;
    if sop.steps.is_empty() {
        return;
    }
    let mut used = vec![false; lanes.len()];
    for performer in sop.steps.iter().flat_map(|s| &s.performers) {
        if let Some(i) = sop.lane_of(performer) {
            used[i] = true;
        }
    }
    for (j, lane) in lanes.iter().enumerate() {
        let id = lane_key(&lane.id);
        let blank = id.is_empty() && lane_key(&lane.name).is_empty();
        let repeated = !id.is_empty() && lanes[..j].iter().any(|l| lane_key(&l.id) == id);
        if !used[j] && !blank && !repeated {
            out.push(unused(j, lane));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_example, findings};
    use crate::{Lang, Severity};

    #[test]
    fn unused_lane_is_a_warning_only_with_steps() {
        let fragment = "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: atasan, nama: Atasan PPID }\n";
        let report = check_example(fragment);
        let found = findings(&report, "SOP303");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/pelaksana/3");
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(found[0].message(Lang::Id).message.contains("Atasan PPID"));
        let report = check_example(&format!("{fragment}kegiatan: []\n"));
        assert!(findings(&report, "SOP303").is_empty());
    }
}
