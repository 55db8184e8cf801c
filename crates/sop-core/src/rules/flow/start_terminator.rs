//! SOP401 `start-terminator`: the first step is not the only `mulai`. Reported once per
//! document, at the first row; SOP408 points at each misplaced `mulai` row itself.

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

/// SOP401.
pub static RULE: Rule = Rule {
    code: "SOP401",
    name: "start-terminator",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    counts: Counts::Against(Item::Alur),
    check: Check::Document(check),
    messages: &[&MISSING, &SEVERAL, &NOT_FIRST],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Langkah pertama bukan satu-satunya langkah bersimbol `mulai`: tidak ada `mulai` sama sekali, baris pertama bukan `mulai`, atau ada lebih dari satu `mulai`. Dilaporkan sekali per dokumen pada baris pertama; setiap `mulai` yang bukan baris pertama juga ditunjuk oleh SOP408 di barisnya sendiri.",
            en: "The first step is not the only step with the symbol `mulai`: there is no `mulai` at all, the first row is not `mulai`, or there is more than one `mulai`. Reported once per document at the first row; each `mulai` that is not the first row is also pointed at by SOP408 on its own row.",
        },
        why: Bilingual {
            id: "Diagram alir SOP AP dibuka oleh satu terminator (kapsul) mulai di baris teratas, sehingga pelaksana tahu dengan pasti di mana prosedur dimulai.",
            en: "An SOP AP flowchart opens with one start terminator (capsule) in the top row, so that everyone knows exactly where the procedure begins.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Bagian Flowchart) dan simbol diagram alir bercabang (kapsul/terminator, kotak, belah ketupat, anak panah)",
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: proses }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

/// No step is `mulai`.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |d, lang| {
        let first = ref_name(lang, d.arg_at(0));
        lang.pick(
            Text::new(
                "Tidak ada langkah bersimbol Mulai",
                format!("Pilih simbol Mulai pada {first}; prosedur diawali tepat satu langkah bersimbol Mulai di baris pertama."),
            ),
            Text::new(
                "No step has the symbol Start",
                format!("Choose the symbol Start for {first}; a procedure opens with exactly one Start step in its first row."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let first = ref_name(lang, d.arg_at(0));
        lang.pick(
            Text::new(
                "Tidak ada langkah bersimbol mulai",
                format!("Ubah simbol {first} menjadi `simbol: mulai`; prosedur diawali tepat satu terminator mulai di baris pertama."),
            ),
            Text::new(
                "No step has the symbol mulai",
                format!("Set `simbol: mulai` on {first}; a procedure opens with exactly one start terminator in its first row."),
            ),
        )
    }),
};

/// The first row is `mulai`, and so are later rows.
pub static SEVERAL: Message = Message {
    rule: &RULE,
    key: "several",
    form: |d, lang| {
        let all = refs_list(lang, d.arg_at(0));
        let others = refs_list(lang, d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Ada lebih dari satu langkah bersimbol Mulai ({all}); SOP hanya boleh memiliki satu titik awal"),
                format!("Biarkan simbol Mulai hanya pada baris pertama dan pilih simbol Proses pada {others}."),
            ),
            Text::new(
                format!("More than one step has the symbol Start ({all}); an SOP has exactly one starting point"),
                format!("Keep Start only on the first row and choose the symbol Process for {others}."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let all = refs_list(lang, d.arg_at(0));
        let others = refs_list(lang, d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Ada lebih dari satu langkah bersimbol mulai ({all}); SOP hanya boleh memiliki satu titik awal"),
                format!("Biarkan simbol mulai hanya pada baris pertama dan ubah simbol {others} menjadi `proses`."),
            ),
            Text::new(
                format!("More than one step has the symbol mulai ({all}); an SOP has exactly one starting point"),
                format!("Keep mulai only on the first row and change the symbol of {others} to `proses`."),
            ),
        )
    }),
};

/// The first `mulai` is not the first row.
pub static NOT_FIRST: Message = Message {
    rule: &RULE,
    key: "not-first",
    form: |d, lang| {
        let first = ref_name(lang, d.arg_at(0));
        let symbol = symbol_name(lang, d.arg_at(1));
        let start = ref_name(lang, d.arg_at(2));
        lang.pick(
            Text::new(
                format!("Baris pertama ({first}) bersimbol {symbol}, bukan Mulai; simbol Mulai baru muncul di {start}"),
                format!("Pindahkan {start} ke baris pertama, atau pilih simbol Mulai pada {first} dan simbol Proses pada {start}."),
            ),
            Text::new(
                format!("The first row ({first}) has the symbol {symbol}, not Start; the symbol Start only appears at {start}"),
                format!("Move {start} to the first row, or choose the symbol Start for {first} and Process for {start}."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let first = ref_name(lang, d.arg_at(0));
        let symbol = d.arg_at(1);
        let start = ref_name(lang, d.arg_at(2));
        lang.pick(
            Text::new(
                format!("Baris pertama ({first}) bersimbol `{symbol}`, bukan mulai; terminator mulai baru muncul di {start}"),
                format!("Pindahkan {start} ke baris pertama `kegiatan`, atau ubah simbol {first} menjadi `mulai` dan simbol {start} menjadi `proses`."),
            ),
            Text::new(
                format!("The first row ({first}) has the symbol `{symbol}`, not mulai; the start terminator only appears at {start}"),
                format!("Move {start} to the first row of `kegiatan`, or set {first} to `mulai` and {start} to `proses`."),
            ),
        )
    }),
};

fn at_first_row(kind: &'static Message) -> Diagnostic {
    Diagnostic::new(kind, Pointer::step(0).key(step::SIMBOL))
}

/// No step of `sop` is `mulai`.
pub fn missing(sop: &Sop) -> Diagnostic {
    at_first_row(&MISSING).arg(step_ref(sop, 0))
}

/// The rows `starts` of `sop` (the first row among them) are all `mulai`.
pub fn several(sop: &Sop, starts: &[usize]) -> Diagnostic {
    at_first_row(&SEVERAL)
        .arg(refs_arg(sop, starts))
        .arg(refs_arg(sop, starts.get(1..).unwrap_or_default()))
}

/// The first row of `sop` is not `mulai`; row `start` is the first that is.
pub fn not_first(sop: &Sop, start: usize) -> Diagnostic {
    at_first_row(&NOT_FIRST)
        .arg(step_ref(sop, 0))
        .arg(sop.steps.first().map(symbol_text).unwrap_or_default())
        .arg(step_ref(sop, start))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    if sop.steps.is_empty() {
        return;
    }
    let starts: Vec<usize> = sop
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.symbol() == Some(Symbol::Mulai))
        .map(|(i, _)| i)
        .collect();
    match starts.as_slice() {
        [] => out.push(missing(sop)),
        [0] => {}
        [0, ..] => out.push(several(sop, &starts)),
        [at, ..] => out.push(not_first(sop, *at)),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::flow::testing::{doc, pointers};
    use crate::rules::testing::{check_yaml, codes, findings};
    use crate::{Lang, Severity};

    #[test]
    fn second_mulai_is_one_document_error_and_one_row_warning() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memulai lagi, pelaksana: a, simbol: mulai }",
            "{ nomor: 3, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        let start = findings(&report, "SOP401");
        assert_eq!(start.len(), 1);
        assert!(start[0].is(&super::SEVERAL));
        assert_eq!(start[0].pointer, "/kegiatan/0/simbol");
        assert!(start[0]
            .message(Lang::Id)
            .message
            .contains("langkah 1 dan 2"));
        assert_eq!(pointers(&report, "SOP408"), ["/kegiatan/1/simbol"]);
        assert_eq!(findings(&report, "SOP408")[0].severity, Severity::Warning);
    }

    #[test]
    fn start_missing_or_not_first() {
        let none = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a }",
            "{ nomor: 2, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        assert!(findings(&none, "SOP401")[0].is(&super::MISSING));
        assert!(!codes(&none).contains(&"SOP406"), "{:?}", codes(&none));
        let late = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a }",
            "{ nomor: 2, uraian: Memulai, pelaksana: a, simbol: mulai }",
            "{ nomor: 3, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        let d = findings(&late, "SOP401")[0];
        assert!(d.is(&super::NOT_FIRST));
        #[cfg(feature = "file-wording")]
        assert!(
            d.message(Lang::Id).message.contains("`proses`"),
            "{:?}",
            d.message(Lang::Id)
        );
        let form = d.text(crate::Audience::Form, Lang::Id);
        assert!(
            form.message.contains("bersimbol Proses, bukan Mulai"),
            "{form:?}"
        );
        assert!(
            form.help.contains("simbol Proses pada langkah 2"),
            "{form:?}"
        );
        assert_eq!(pointers(&late, "SOP408"), ["/kegiatan/1/simbol"]);
        // The flow starts at the mulai, so row 1 is unreachable.
        assert_eq!(pointers(&late, "SOP406"), ["/kegiatan/0"]);
    }
}
