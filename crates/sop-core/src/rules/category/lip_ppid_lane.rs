//! SOP603 `lip-ppid-lane`: a public-information SOP has no lane for the PPID.

use crate::checklist::Item;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::{Lane, Sop};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::category::information::{category_name, information_category, words};

/// SOP603.
pub static RULE: Rule = Rule {
    code: "SOP603",
    name: "lip-ppid-lane",
    severity: Severity::Warning,
    signing: false,
    group: Group::Category,
    counts: Counts::Against(Item::Pelaksana),
    check: Check::Document(check),
    messages: &[&NO_PPID],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kategori `layanan_informasi_publik` atau `keberatan_informasi` tanpa pelaksana yang `nama`-nya memuat \"PPID\" (huruf besar-kecil diabaikan) atau kepanjangannya \"Pejabat Pengelola Informasi (dan Dokumentasi)\".",
            en: "Kategori `layanan_informasi_publik` or `keberatan_informasi` without a lane whose `nama` contains \"PPID\" (case ignored) or its long form \"Pejabat Pengelola Informasi (dan Dokumentasi)\".",
        },
        why: Bilingual {
            id: "Layanan informasi publik dan penanganan keberatan adalah tugas PPID dan atasannya; diagram alir harus menunjukkan langkah yang menjadi tanggung jawab mereka.",
            en: "Serving information requests and handling objections is the PPID's (and its superior's) duty; the flowchart must show which steps they own.",
        },
        source: "UU 14/2008 Pasal 13 dan Pasal 35–36; PKPU 22/2023 tentang Pengelolaan dan Pelayanan Informasi Publik",
        fires: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan Informasi }\n  - { id: ppid, nama: Kepala Subbagian Teknis }\n",
        passes: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan Informasi }\n  - { id: ppid, nama: ppid kpu provinsi ntt }\n",
    },
};

/// No lane is the PPID.
pub static NO_PPID: Message = Message {
    rule: &RULE,
    key: "no-ppid",
    form: |d, lang| {
        no_ppid_text(
            d,
            lang,
            "Tambahkan pelaksana untuk PPID pada bagian Pelaksana, misalnya “PPID KPU Provinsi NTT”, lalu pilih pelaksana itu pada langkah-langkah yang menjadi tanggung jawab PPID.",
            "Add an implementer for the PPID in the Implementers section, e.g. “PPID KPU Provinsi NTT”, then choose it for the steps the PPID is responsible for.",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        no_ppid_text(
            d,
            lang,
            "Tambahkan kolom pelaksana untuk PPID, misalnya `- { id: ppid, nama: PPID KPU Provinsi NTT }`, dan tempatkan langkah yang menjadi tanggung jawab PPID di kolom itu.",
            "Add a lane for the PPID, e.g. `- { id: ppid, nama: PPID KPU Provinsi NTT }`, and put the PPID's steps in it.",
        )
    }),
};

/// "The SOP of the category {name} has no implementer whose name contains PPID", with `help`.
fn no_ppid_text(d: &Diagnostic, lang: Lang, id_help: &str, en_help: &str) -> Text {
    let category = category_name(lang, d.arg_at(0));
    lang.pick(
        Text::new(
            format!("SOP kategori {category} tidak memiliki pelaksana yang namanya memuat PPID"),
            id_help,
        ),
        Text::new(
            format!(
                "The SOP of the category {category} has no implementer whose name contains PPID"
            ),
            en_help,
        ),
    )
}

/// No lane of `sop` is the PPID.
pub fn no_ppid(sop: &Sop) -> Diagnostic {
    Diagnostic::new(&NO_PPID, Pointer::section(root::PELAKSANA)).arg(sop.category.key())
}

/// True when the lane's name is the PPID's ("PPID …", "Pejabat Pengelola Informasi …").
fn is_ppid_lane(lane: &Lane) -> bool {
    let name = words(&lane.name);
    name.contains("ppid") || name.contains("pejabat pengelola informasi")
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    if information_category(sop) && !sop.lanes.iter().any(is_ppid_lane) {
        out.push(no_ppid(sop));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_example, codes, findings};

    #[test]
    fn ppid_lane_by_name() {
        let report = check_example(
            "kategori: keberatan_informasi\npelaksana:\n  - { id: ppid, nama: Sekretaris }\n",
        );
        assert_eq!(findings(&report, "SOP603")[0].pointer, "/pelaksana");
        let long = check_example(
            "pelaksana:\n  - { id: x, nama: Pejabat Pengelola Informasi dan Dokumentasi }\n",
        );
        assert!(!codes(&long).contains(&"SOP603"));
        let id_only = check_example("pelaksana:\n  - { id: ppid, nama: Sekretaris }\n");
        assert!(codes(&id_only).contains(&"SOP603"));
    }
}
