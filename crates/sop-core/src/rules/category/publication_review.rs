//! SOP611 `publication-review`: kategori `pembuatan_berita`, and no decision by a lane
//! other than the writer's comes before the last step: the release is not checked before
//! it is published.

use crate::checklist::Item;
use crate::flow::Flow;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{join_list, Lang, Text};
use crate::model::{Category, Sop, Symbol};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{ref_name, step_ref};
use crate::rules::text::same_text;

/// SOP611.
pub static RULE: Rule = Rule {
    code: "SOP611",
    name: "publication-review",
    severity: Severity::Warning,
    signing: false,
    group: Group::Category,
    counts: Counts::Against(Item::Alur),
    check: Check::Document(check),
    messages: &[&UNREVIEWED],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kategori `pembuatan_berita`: tidak ada langkah `keputusan` oleh pelaksana lain selain penulis, sesudah langkah penulisan dan sebelum baris terakhir. Penulis adalah pelaksana langkah `proses` pertama (penyusunan naskah), atau pelaksana langkah mulai bila tidak ada langkah proses; keputusan yang pelaksananya memuat setidaknya satu kolom lain dihitung sebagai pemeriksaan.",
            en: "Kategori `pembuatan_berita`: no `keputusan` step by a lane other than the writer's comes after the writing step and before the last row. The writer is the lane(s) of the first `proses` step (drafting), or of the mulai step when there is no proses step; a decision whose pelaksana includes at least one other lane counts as the review.",
        },
        why: Bilingual {
            id: "Rilis berita yang mengatasnamakan lembaga diperiksa dan disetujui pejabat lain sebelum dipublikasikan, agar isi dan bahasanya dapat dipertanggungjawabkan.",
            en: "A release published in the institution's name is checked and approved by another official before publication, so that its content and wording can be vouched for.",
        },
        source: "Kebutuhan Subbagian Parmas dan SDM KPU Provinsi NTT (DESIGN.md §1, §4: rilis diperiksa sebelum dipublikasikan); Permenpan RB 35/2012, Lampiran (simbol keputusan, kegiatan pengambilan keputusan)",
        fires: "kategori: pembuatan_berita\npelaksana:\n  - { id: kasubbag, nama: Kepala Subbagian Parmas dan SDM }\n  - { id: staf, nama: Staf Hubungan Masyarakat }\nkegiatan:\n  - { nomor: 1, uraian: Menerima agenda kegiatan yang akan diliput, pelaksana: kasubbag, simbol: mulai }\n  - { nomor: 2, uraian: Menyusun naskah berita, pelaksana: staf }\n  - { nomor: 3, uraian: Memeriksa ulang naskah berita, pelaksana: staf, simbol: keputusan, cabang: [{ label: Ya, ke: 4 }, { label: Tidak, ke: 2 }] }\n  - { nomor: 4, uraian: Mempublikasikan berita di laman KPU, pelaksana: staf, simbol: selesai }\n",
        passes: "kategori: pembuatan_berita\npelaksana:\n  - { id: kasubbag, nama: Kepala Subbagian Parmas dan SDM }\n  - { id: staf, nama: Staf Hubungan Masyarakat }\nkegiatan:\n  - { nomor: 1, uraian: Menerima agenda kegiatan yang akan diliput, pelaksana: kasubbag, simbol: mulai }\n  - { nomor: 2, uraian: Menyusun naskah berita, pelaksana: staf }\n  - { nomor: 3, uraian: Memeriksa dan menyetujui naskah berita, pelaksana: kasubbag, simbol: keputusan, cabang: [{ label: Setuju, ke: 4 }, { label: Tidak setuju, ke: 2 }] }\n  - { nomor: 4, uraian: Mempublikasikan berita di laman KPU, pelaksana: staf, simbol: selesai }\n",
    },
};

/// No review by another lane before publication.
pub static UNREVIEWED: Message = Message {
    rule: &RULE,
    key: "unreviewed",
    form: |d, lang| {
        unreviewed_text(
            d,
            lang,
            "Tambahkan langkah bersimbol Keputusan sebelum publikasi, misalnya “Memeriksa dan menyetujui naskah berita” oleh Kepala Subbagian, dengan cabang “Setuju” (ke langkah publikasi) dan “Tidak setuju” (kembali ke penyusunan naskah).",
            "Add a step with the symbol Decision before publication, e.g. “Memeriksa dan menyetujui naskah berita” by the head of the subdivision, with the branches “Setuju” (to the publication step) and “Tidak setuju” (back to drafting).",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        unreviewed_text(
            d,
            lang,
            "Tambahkan langkah `keputusan` sebelum publikasi, misalnya “Memeriksa dan menyetujui naskah berita” oleh Kepala Subbagian, dengan cabang Setuju (ke langkah publikasi) dan Tidak setuju (kembali ke penyusunan naskah).",
            "Add a `keputusan` step before publication, e.g. “Memeriksa dan menyetujui naskah berita” by the head of the subdivision, with cabang Setuju (to the publication step) and Tidak setuju (back to drafting).",
        )
    }),
};

/// "No decision by a lane other than the writer's comes before the last step", with `help`.
fn unreviewed_text(d: &Diagnostic, lang: Lang, id_help: &str, en_help: &str) -> Text {
    let names: Vec<String> = d.arg_at(0).lines().map(str::to_string).collect();
    let writers = join_list(&names, lang.pick("dan", "and"));
    let step = ref_name(lang, d.arg_at(1));
    lang.pick(
        Text::new(
            format!("Tidak ada langkah keputusan oleh pelaksana selain penulis ({writers}, penyusun naskah pada {step}) sebelum langkah terakhir; naskah berita belum diperiksa sebelum dipublikasikan"),
            id_help,
        ),
        Text::new(
            format!("No decision step by an implementer other than the writer ({writers}, drafting at {step}) comes before the last step; the news release is not checked before it is published"),
            en_help,
        ),
    )
}

/// The release written by `writers` (lane names, one a line) at row `writer` of `sop` is
/// not reviewed.
pub fn unreviewed(sop: &Sop, writers: &str, writer: usize) -> Diagnostic {
    Diagnostic::new(&UNREVIEWED, Pointer::section(root::KEGIATAN))
        .arg(writers)
        .arg(step_ref(sop, writer))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    if sop.category != Category::PembuatanBerita {
        return;
    }
    let Some(last) = sop.steps.len().checked_sub(1) else {
        return;
    };
    let writer = sop
        .steps
        .iter()
        .position(|s| s.symbol() == Some(Symbol::Proses))
        .or_else(|| Flow::start(sop));
    let Some(writer) = writer else {
        return;
    };
    let writers: Vec<&str> = sop.steps[writer]
        .performers
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    let reviewed = sop
        .steps
        .iter()
        .enumerate()
        .skip(writer + 1)
        .take(last.saturating_sub(writer + 1))
        .any(|(_, s)| {
            s.symbol() == Some(Symbol::Keputusan)
                && s.performers
                    .iter()
                    .any(|p| !p.trim().is_empty() && !writers.iter().any(|w| same_text(p, w)))
        });
    if reviewed {
        return;
    }
    let names: Vec<String> = writers
        .iter()
        .map(|w| {
            sop.lanes
                .iter()
                .find(|l| same_text(&l.id, w) && !l.name.trim().is_empty())
                .map_or_else(|| (*w).to_string(), |l| l.name.trim().to_string())
        })
        .collect();
    let names = if names.is_empty() {
        "-".to_string()
    } else {
        names.join("\n")
    };
    out.push(unreviewed(sop, &names, writer));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_example, codes, findings};
    use crate::{Lang, Severity};

    #[test]
    fn publication_review_by_another_lane() {
        let doc = |reviewer: &str, symbol: &str| {
            format!(
                "kategori: pembuatan_berita\npelaksana:\n  - {{ id: kasubbag, nama: Kepala Subbagian }}\n  - {{ id: staf, nama: Staf Humas }}\nkegiatan:\n  - {{ nomor: 1, uraian: Menerima agenda, pelaksana: kasubbag, simbol: mulai }}\n  - {{ nomor: 2, uraian: Menyusun naskah, pelaksana: staf }}\n  - {{ nomor: 3, uraian: Memeriksa naskah, pelaksana: {reviewer}, simbol: {symbol}, cabang: [{{ label: Ya, ke: 4 }}, {{ label: Tidak, ke: 2 }}] }}\n  - {{ nomor: 4, uraian: Mempublikasikan berita, pelaksana: staf, simbol: selesai }}\n"
            )
        };
        assert!(!codes(&check_example(&doc("kasubbag", "keputusan"))).contains(&"SOP611"));
        assert!(!codes(&check_example(&doc("[staf, kasubbag]", "keputusan"))).contains(&"SOP611"));
        let own = check_example(&doc("staf", "keputusan"));
        let d = findings(&own, "SOP611")[0];
        assert_eq!(
            (d.pointer.as_str(), d.severity),
            ("/kegiatan", Severity::Warning)
        );
        assert!(
            d.message(Lang::Id)
                .message
                .contains("(Staf Humas, penyusun naskah pada langkah 2)"),
            "{:?}",
            d.message(Lang::Id)
        );
        // A check drawn as a process box is not a decision.
        assert!(codes(&check_example(&doc("kasubbag", "proses"))).contains(&"SOP611"));
        // A decision before the writing step is not a review of the release.
        let before = "kategori: pembuatan_berita\nkegiatan:\n  - { nomor: 1, uraian: Menerima agenda, pelaksana: kasubbag, simbol: mulai }\n  - { nomor: 2, uraian: Menilai perlu diliput, pelaksana: kasubbag, simbol: keputusan, cabang: [{ label: Ya, ke: 3 }, { label: Tidak, ke: 4 }] }\n  - { nomor: 3, uraian: Menyusun naskah, pelaksana: staf }\n  - { nomor: 4, uraian: Mempublikasikan, pelaksana: staf, simbol: selesai }\n";
        assert!(codes(&check_example(before)).contains(&"SOP611"));
    }
}
