//! SOP301 `pelaksana-empty`: no lane (swimlane column) is defined.

use crate::checklist::Item;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP301.
pub static RULE: Rule = Rule {
    code: "SOP301",
    name: "pelaksana-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    counts: Counts::Against(Item::Pelaksana),
    check: Check::Document(check),
    messages: &[&EMPTY],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`pelaksana` tidak ada atau kosong.",
            en: "`pelaksana` is missing or empty.",
        },
        why: Bilingual {
            id: "Diagram alir SOP AP menempatkan setiap simbol di kolom pelaksananya; tanpa pelaksana tidak jelas siapa mengerjakan apa.",
            en: "The SOP AP flowchart puts every symbol in its implementer's column; without implementers nobody knows who does what.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Bagian Flowchart)",
        fires: "pelaksana: []\n",
        passes: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n",
    },
};

/// No lane at all.
pub static EMPTY: Message = Message {
    rule: &RULE,
    key: "empty",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Belum ada pelaksana (kolom pelaksana pada diagram alir)",
                "Tambahkan setiap jabatan yang menjalankan prosedur pada bagian Pelaksana, misalnya “Petugas Layanan PPID”.",
            ),
            Text::new(
                "No implementer (a column of the flowchart) is defined",
                "Add every position that carries out the procedure in the Implementers section, e.g. “Petugas Layanan PPID”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|_, lang| {
        lang.pick(
            Text::new(
                "Belum ada pelaksana (kolom pelaksana pada diagram alir)",
                "Tambahkan setiap jabatan yang menjalankan prosedur di `pelaksana`, misalnya `- { id: petugas, nama: Petugas Layanan PPID }`.",
            ),
            Text::new(
                "No implementer (a column of the flowchart) is defined",
                "Add every position that carries out the procedure under `pelaksana`, e.g. `- { id: petugas, nama: Petugas Layanan PPID }`.",
            ),
        )
    }),
};

/// `pelaksana` is missing or empty.
pub fn empty() -> Diagnostic {
    Diagnostic::new(&EMPTY, Pointer::section(root::PELAKSANA))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if cx.sop.lanes.is_empty() {
        out.push(empty());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_example, codes, findings};

    #[test]
    fn no_lanes_reports_only_sop301() {
        let report = check_example("pelaksana: []\n");
        assert!(codes(&report).contains(&"SOP301"));
        assert!(findings(&report, "SOP307").is_empty());
    }
}
