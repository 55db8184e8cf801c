//! SOP604 `keberatan-deadline`: kategori `keberatan_informasi`, and the Atasan PPID's
//! response takes more than the 30 working days of UU 14/2008 Pasal 36 ayat (2).

use crate::checklist::Item;
use crate::duration::Duration;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::{Category, Lane, Sop, Step};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::category::deadline::{days, is_end, longest_to};
use crate::rules::category::information::words;
use crate::rules::refs::{ref_name, refs_arg, refs_path, step_ref};
use crate::rules::text::same_text;

/// SOP604.
pub static RULE: Rule = Rule {
    code: "SOP604",
    name: "keberatan-deadline",
    severity: Severity::Error,
    signing: false,
    group: Group::Category,
    counts: Counts::Against(Item::Alur),
    check: Check::Document(check),
    messages: &[&TO_ATASAN, &TO_SELESAI],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kategori `keberatan_informasi`: tanggapan Atasan PPID lebih dari 30 hari kerja. Diukur sebagai jumlah `waktu` pada jalur terpanjang (putaran diabaikan, seperti SOP601) dari langkah mulai sampai langkah terakhir yang dikerjakan pelaksana yang namanya memuat \"Atasan PPID\"; bila tidak ada langkah seperti itu, sampai langkah selesai. `waktu` langkah mulai tidak dihitung: langkah itu adalah pengajuan keberatan, yang tenggatnya sendiri (30 hari kerja, Pasal 36 ayat (1)), sedangkan tanggapan dihitung sejak keberatan diterima.",
            en: "Kategori `keberatan_informasi`: the Atasan PPID's response takes more than 30 working days. Measured as the `waktu` along the longest path (loops ignored, as in SOP601) from the mulai step to the last step done by a lane whose name contains \"Atasan PPID\"; when there is no such step, to a selesai step. The mulai step's own `waktu` does not count: it is the filing of the objection, which has its own deadline (30 working days, Article 36(1)), while the response is counted from receipt of the objection.",
        },
        why: Bilingual {
            id: "Atasan PPID wajib memberikan tanggapan tertulis atas keberatan paling lambat 30 hari kerja sejak keberatan tertulis diterima.",
            en: "The Atasan PPID must give a written response to an objection within 30 working days of receiving it in writing.",
        },
        source: "UU 14/2008 tentang Keterbukaan Informasi Publik, Pasal 35 dan Pasal 36 (Pasal 36 ayat (2)); Perki 1/2021",
        fires: "kategori: keberatan_informasi\npelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: atasan, nama: Atasan PPID }\nkegiatan:\n  - { nomor: 1, uraian: Mengajukan keberatan secara tertulis, pelaksana: pemohon, simbol: mulai, mutu_baku: { waktu: 30 hari kerja } }\n  - { nomor: 2, uraian: Meregister keberatan dan meneruskannya kepada Atasan PPID, pelaksana: ppid, mutu_baku: { waktu: 1 hari kerja } }\n  - { nomor: 3, uraian: Memeriksa alasan keberatan, pelaksana: atasan, mutu_baku: { waktu: 25 hari kerja } }\n  - { nomor: 4, uraian: Menyampaikan tanggapan tertulis atas keberatan, pelaksana: atasan, simbol: selesai, mutu_baku: { waktu: 5 hari kerja } }\n",
        passes: "kategori: keberatan_informasi\npelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: atasan, nama: Atasan PPID }\nkegiatan:\n  - { nomor: 1, uraian: Mengajukan keberatan secara tertulis, pelaksana: pemohon, simbol: mulai, mutu_baku: { waktu: 30 hari kerja } }\n  - { nomor: 2, uraian: Meregister keberatan dan meneruskannya kepada Atasan PPID, pelaksana: ppid, mutu_baku: { waktu: 1 hari kerja } }\n  - { nomor: 3, uraian: Memeriksa alasan keberatan, pelaksana: atasan, mutu_baku: { waktu: 20 hari kerja } }\n  - { nomor: 4, uraian: Menyampaikan tanggapan tertulis atas keberatan, pelaksana: atasan, simbol: selesai, mutu_baku: { waktu: 5 hari kerja } }\n",
    },
};

/// Working days for the Atasan PPID's response to an objection (Pasal 36 ayat (2)).
const OBJECTION_DAYS: u64 = 30;

/// The message `id`/`en`, and the common help naming the path and, as the form or the
/// `file` does, the time cells.
fn text(d: &Diagnostic, lang: Lang, id: String, en: String, file: bool) -> Text {
    let path = refs_path(lang, d.arg_at(2));
    let (id_waktu, en_waktu) = if file {
        ("`waktu`", "`waktu`")
    } else {
        ("Waktu", "the Time")
    };
    lang.pick(
        Text::new(id, format!("Kurangi {id_waktu} langkah-langkah pada {path} sehingga tanggapan tertulis Atasan PPID disampaikan paling lama {OBJECTION_DAYS} hari kerja sejak keberatan diterima.")),
        Text::new(en, format!("Reduce {en_waktu} of {path} so that the Atasan PPID's written response comes within {OBJECTION_DAYS} working days of receiving the objection.")),
    )
}

/// Measured up to the Atasan PPID's last step.
pub static TO_ATASAN: Message = Message {
    rule: &RULE,
    key: "atasan",
    form: |d, lang| to_atasan_text(d, lang, false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| to_atasan_text(d, lang, true)),
};

/// The wording of [`TO_ATASAN`].
fn to_atasan_text(d: &Diagnostic, lang: Lang, file: bool) -> Text {
    let total = days(lang, d.arg_at(0));
    let step = ref_name(lang, d.arg_at(1));
    let path = refs_path(lang, d.arg_at(2));
    text(
        d,
        lang,
        format!("Tanggapan Atasan PPID atas keberatan (sampai {step}) memakan {total} hari kerja sejak keberatan diterima ({path}), melebihi batas {OBJECTION_DAYS} hari kerja (UU 14/2008 Pasal 36 ayat (2))"),
        format!("The Atasan PPID's response to the objection (up to {step}) takes {total} working days from receipt of the objection ({path}), over the limit of {OBJECTION_DAYS} working days (UU 14/2008 Article 36(2))"),
        file,
    )
}

/// Measured up to selesai (no lane is the Atasan PPID).
pub static TO_SELESAI: Message = Message {
    rule: &RULE,
    key: "selesai",
    form: |d, lang| to_selesai_text(d, lang, false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| to_selesai_text(d, lang, true)),
};

/// The wording of [`TO_SELESAI`].
fn to_selesai_text(d: &Diagnostic, lang: Lang, file: bool) -> Text {
    let total = days(lang, d.arg_at(0));
    let path = refs_path(lang, d.arg_at(2));
    text(
        d,
        lang,
        format!("Penanganan keberatan memakan {total} hari kerja dari penerimaan keberatan sampai langkah selesai ({path}), melebihi batas {OBJECTION_DAYS} hari kerja untuk tanggapan Atasan PPID (UU 14/2008 Pasal 36 ayat (2))"),
        format!("Handling the objection takes {total} working days from its receipt to the end step ({path}), over the limit of {OBJECTION_DAYS} working days for the Atasan PPID's response (UU 14/2008 Article 36(2))"),
        file,
    )
}

/// The rows `path` of `sop`, ending at `end`, take `total` seconds of working time;
/// `kind` says where the measure ends.
fn too_long(
    kind: &'static Message,
    sop: &Sop,
    total: u64,
    end: usize,
    path: &[usize],
) -> Diagnostic {
    Diagnostic::new(kind, Pointer::section(root::KEGIATAN))
        .arg(total.to_string())
        .arg(step_ref(sop, end))
        .arg(refs_arg(sop, path))
}

/// The shape of [`to_atasan`] and [`to_selesai`].
type Constructor = fn(&Sop, u64, usize, &[usize]) -> Diagnostic;

/// The response up to the Atasan PPID's step `end` takes `total` along `path`.
pub fn to_atasan(sop: &Sop, total: u64, end: usize, path: &[usize]) -> Diagnostic {
    too_long(&TO_ATASAN, sop, total, end, path)
}

/// The handling up to the selesai step `end` takes `total` along `path`.
pub fn to_selesai(sop: &Sop, total: u64, end: usize, path: &[usize]) -> Diagnostic {
    too_long(&TO_SELESAI, sop, total, end, path)
}

/// True when the lane (by name, else id) is the Atasan PPID.
fn is_superior_lane(lane: &Lane) -> bool {
    let name = words(&lane.name);
    let name = if name.is_empty() {
        words(&lane.id)
    } else {
        name
    };
    name.contains("atasan ppid") || name.contains("atasan pejabat pengelola informasi")
}

/// True when one of the step's performers is one of `lanes` (ids compared as text).
fn performed_by(step: &Step, lanes: &[&str]) -> bool {
    step.performers
        .iter()
        .any(|p| lanes.iter().any(|l| same_text(p, l)))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    if sop.category != Category::KeberatanInformasi {
        return;
    }
    let superiors: Vec<&str> = sop
        .lanes
        .iter()
        .filter(|l| is_superior_lane(l))
        .map(|l| l.id.as_str())
        .collect();
    let to_superior = if superiors.is_empty() {
        None
    } else {
        longest_to(sop, cx.flow, false, |_, s| performed_by(s, &superiors))
    };
    let (constructor, found): (Constructor, _) = match to_superior {
        Some(found) => (to_atasan, found),
        None => match longest_to(sop, cx.flow, false, |_, s| is_end(s)) {
            Some(found) => (to_selesai, found),
            None => return,
        },
    };
    let (end, total, path) = found;
    if total > OBJECTION_DAYS * Duration::WORKING_DAY {
        out.push(constructor(sop, total, end, &path));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_example, codes, findings};
    use crate::Lang;

    const OBJECTION: &str = "kategori: keberatan_informasi\npelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: atasan, nama: Atasan PPID (Sekretaris KPU Provinsi NTT) }\n";

    #[test]
    fn objection_response_counts_to_the_atasan_ppid() {
        let doc = |response: &str, after: &str| {
            format!(
                "{OBJECTION}kegiatan:\n  - {{ nomor: 1, uraian: Mengajukan keberatan, pelaksana: pemohon, simbol: mulai, mutu_baku: {{ waktu: 30 hari kerja }} }}\n  - {{ nomor: 2, uraian: Meregister keberatan, pelaksana: ppid, mutu_baku: {{ waktu: 2 hari kerja }} }}\n  - {{ nomor: 3, uraian: Menyampaikan tanggapan tertulis, pelaksana: atasan, mutu_baku: {{ waktu: \"{response}\" }} }}\n  - {{ nomor: 4, uraian: Mengajukan sengketa bila tidak puas, pelaksana: pemohon, simbol: selesai, mutu_baku: {{ waktu: \"{after}\" }} }}\n"
            )
        };
        // 2 + 28 = 30: on the limit; the filing (30 HK) and the later dispute (14 HK) do not count.
        assert!(!codes(&check_example(&doc("28 hari kerja", "14 hari kerja"))).contains(&"SOP604"));
        let late = check_example(&doc("28,5 hari kerja", "14 hari kerja"));
        let d = findings(&late, "SOP604")[0];
        assert_eq!(d.kind.key, "atasan");
        let id = d.message(Lang::Id).message;
        assert!(
            id.contains("(sampai langkah 3) memakan 30,5 hari kerja"),
            "{id}"
        );
        // Without an Atasan PPID lane the whole procedure up to selesai is measured.
        let no_superior = doc("20 hari kerja", "14 hari kerja")
            .replace("Atasan PPID (Sekretaris KPU Provinsi NTT)", "Sekretaris");
        let d = findings(&check_example(&no_superior), "SOP604")[0].clone();
        assert_eq!(d.kind.key, "selesai");
        assert!(d
            .message(Lang::En)
            .message
            .contains("takes 36 working days"));
        assert!(!codes(&check_example(
            &doc("40 hari kerja", "-").replace("keberatan_informasi", "layanan_informasi_publik")
        ))
        .contains(&"SOP604"));
    }
}
