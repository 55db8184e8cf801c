//! SOP402 `end-terminator`: no step is `selesai` (an error), or the last row is not
//! `selesai` (a warning). Reported once per document, at the last row's symbol.

use crate::checklist::Item;
use crate::keys::step;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::model::{Sop, Symbol};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{ref_name, refs_arg, refs_list, step_ref, symbol_name, symbol_text};

/// SOP402.
pub static RULE: Rule = Rule {
    code: "SOP402",
    name: "end-terminator",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    counts: Counts::Against(Item::Alur),
    check: Check::Document(check),
    messages: &[&MISSING, &LAST_NOT_SELESAI],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Tidak ada langkah bersimbol `selesai` (galat); bila ada, tetapi baris terakhir tabel kegiatan bukan `selesai`: peringatan. Dilaporkan sekali per dokumen pada simbol baris terakhir.",
            en: "No step has the symbol `selesai` (an error); when there is one but the last row of kegiatan is not `selesai`: a warning. Reported once per document at the symbol of the last row.",
        },
        why: Bilingual {
            id: "Terminator selesai menandai hasil akhir prosedur; diagram alir SOP AP digambar dari atas ke bawah dan berakhir di baris terbawah.",
            en: "The end terminator marks the final output of the procedure; an SOP AP flowchart is drawn top to bottom and ends in its last row.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Bagian Flowchart) dan simbol diagram alir bercabang (kapsul/terminator, kotak, belah ketupat, anak panah)",
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: proses }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

/// No step is `selesai`.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |d, lang| {
        let last = ref_name(lang, d.arg_at(0));
        lang.pick(
            Text::new(
                "Tidak ada langkah bersimbol Selesai",
                format!("Pilih simbol Selesai pada langkah penutup ({last}), atau tambahkan langkah terakhir bersimbol Selesai yang menyatakan hasil akhir prosedur."),
            ),
            Text::new(
                "No step has the symbol End",
                format!("Choose the symbol End for the closing step ({last}), or add a last step with the symbol End that states the final output."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let last = ref_name(lang, d.arg_at(0));
        lang.pick(
            Text::new(
                "Tidak ada langkah bersimbol selesai",
                format!("Ubah simbol langkah penutup ({last}) menjadi `simbol: selesai`, atau tambahkan langkah terakhir bersimbol selesai yang menyatakan hasil akhir prosedur."),
            ),
            Text::new(
                "No step has the symbol selesai",
                format!("Set `simbol: selesai` on the closing step ({last}), or add a last step with the symbol selesai that states the final output."),
            ),
        )
    }),
};

/// A step is `selesai`, but not the last row.
pub static LAST_NOT_SELESAI: Message = Message {
    rule: &RULE,
    key: "last-not-selesai",
    form: |d, lang| {
        let last = ref_name(lang, d.arg_at(0));
        let symbol = symbol_name(lang, d.arg_at(1));
        let ends = refs_list(lang, d.arg_at(2));
        lang.pick(
            Text::new(
                format!("Baris terakhir ({last}) bersimbol {symbol}, bukan Selesai, padahal langkah bersimbol Selesai ada di {ends}"),
                format!("Pindahkan langkah bersimbol Selesai ke baris terakhir, atau pilih simbol Selesai pada {last} bila prosedur berakhir di sana."),
            ),
            Text::new(
                format!("The last row ({last}) has the symbol {symbol}, not End, although the End step is at {ends}"),
                format!("Move the End step to the last row, or choose the symbol End for {last} if the procedure ends there."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let last = ref_name(lang, d.arg_at(0));
        let symbol = d.arg_at(1);
        let ends = refs_list(lang, d.arg_at(2));
        lang.pick(
            Text::new(
                format!("Baris terakhir ({last}) bersimbol `{symbol}`, bukan selesai, padahal terminator selesai ada di {ends}"),
                format!("Susun ulang `kegiatan` agar langkah bersimbol selesai berada di baris terakhir, atau ubah simbol {last} menjadi `selesai` bila prosedur berakhir di sana."),
            ),
            Text::new(
                format!("The last row ({last}) has the symbol `{symbol}`, not selesai, although the end terminator is at {ends}"),
                format!("Reorder `kegiatan` so that the selesai step is the last row, or set {last} to `selesai` if the procedure ends there."),
            ),
        )
    }),
};

fn at_row(kind: &'static Message, sop: &Sop, last: usize) -> Diagnostic {
    Diagnostic::new(kind, Pointer::step(last).key(step::SIMBOL)).arg(step_ref(sop, last))
}

/// No step of `sop` is `selesai`; `last` is its last row.
pub fn missing(sop: &Sop, last: usize) -> Diagnostic {
    at_row(&MISSING, sop, last)
}

/// The last row `last` of `sop` is not `selesai`; the rows `ends` are: a warning.
pub fn last_not_selesai(sop: &Sop, last: usize, ends: &[usize]) -> Diagnostic {
    let symbol = sop.steps.get(last).map(symbol_text).unwrap_or_default();
    at_row(&LAST_NOT_SELESAI, sop, last)
        .severity(Severity::Warning)
        .arg(symbol)
        .arg(refs_arg(sop, ends))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    let Some(last) = sop.steps.len().checked_sub(1) else {
        return;
    };
    let ends: Vec<usize> = sop
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.symbol() == Some(Symbol::Selesai))
        .map(|(i, _)| i)
        .collect();
    if ends.is_empty() {
        out.push(missing(sop, last));
    } else if ends.last() != Some(&last) {
        out.push(last_not_selesai(sop, last, &ends));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::flow::testing::doc;
    use crate::rules::testing::{check_yaml, codes, findings};
    use crate::Severity;

    #[test]
    fn end_missing_is_an_error_last_row_a_warning() {
        let none = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memproses, pelaksana: a }",
        ]));
        let d = findings(&none, "SOP402")[0];
        assert_eq!((d.kind.key, d.severity), ("missing", Severity::Error));
        assert_eq!(d.pointer, "/kegiatan/1/simbol");
        // No selesai at all: SOP402 says it; no dead-end noise from SOP407.
        assert!(!codes(&none).contains(&"SOP407"));

        let early = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{ label: Ya, ke: 3 }, { label: Tidak, ke: 4 }] }",
            "{ nomor: 3, uraian: Menutup, pelaksana: a, simbol: selesai }",
            "{ nomor: 4, uraian: Mengembalikan, pelaksana: a, ke: 1 }",
        ]));
        let d = findings(&early, "SOP402")[0];
        assert_eq!(
            (d.kind.key, d.severity),
            ("last-not-selesai", Severity::Warning)
        );
        assert!(!codes(&early).contains(&"SOP407"), "{:?}", codes(&early));
        assert!(!codes(&early).contains(&"SOP406"));
    }
}
