//! SOP311 `simbol-invalid`: a step's simbol is not mulai, proses, keputusan or selesai.

use crate::checklist::Item;
use crate::keys::step;
use crate::labels;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Text};
use crate::model::{Sop, Symbol};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, ref_name};
use crate::suggest::distance;

/// SOP311.
pub static RULE: Rule = Rule {
    code: "SOP311",
    name: "simbol-invalid",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    counts: Counts::Against(Item::Kegiatan),
    check: Check::Document(check),
    messages: &[&UNKNOWN],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`simbol` sebuah langkah bukan `mulai`, `proses`, `keputusan` atau `selesai` (huruf besar/kecil diabaikan; simbol yang tidak ditulis berarti `proses`).",
            en: "A step's `simbol` is not `mulai`, `proses`, `keputusan` or `selesai` (case ignored; no simbol means `proses`).",
        },
        why: Bilingual {
            id: "SOP AP hanya memakai lima simbol: terminator (mulai/selesai), proses, keputusan, anak panah, dan penghubung antarhalaman; dua yang terakhir digambar otomatis.",
            en: "An SOP AP uses five symbols only: terminator (start/end), process, decision, arrow and off-page connector; the last two are drawn automatically.",
        },
        source: "Permenpan RB 35/2012, Lampiran (format diagram alir bercabang: hanya lima simbol)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: start\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: Mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

/// A simbol that is none of the four, with the one it most likely means.
pub static UNKNOWN: Message = Message {
    rule: &RULE,
    key: "unknown",
    form: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let value = quoted(d.arg_at(1));
        let suggestion = Symbol::from_key(d.arg_at(2)).map(|s| labels::symbol(s).get(lang));
        let choices = lang.pick(
            "Mulai (awal prosedur), Proses (kegiatan), Keputusan (pilihan dengan dua cabang), atau Selesai (akhir prosedur)",
            "Start (the beginning), Process (an activity), Decision (a choice with two branches), or End (the end of the procedure)",
        );
        lang.pick(
            Text::new(
                format!("Simbol {value} pada {step} tidak dikenal"),
                match suggestion {
                    Some(s) => {
                        format!("Mungkin maksudnya {s}. Pilih salah satu simbol: {choices}.")
                    }
                    None => format!("Pilih salah satu simbol: {choices}."),
                },
            ),
            Text::new(
                format!("The symbol {value} of {step} is not known"),
                match suggestion {
                    Some(s) => {
                        format!("Perhaps {s} was meant. Choose one of the symbols {choices}.")
                    }
                    None => format!("Choose one of the symbols {choices}."),
                },
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let (value, suggestion) = (d.arg_at(1), d.arg_at(2));
        let id_list = "`mulai` (awal prosedur), `proses` (kegiatan), `keputusan` (pilihan dengan dua cabang), atau `selesai` (akhir prosedur)";
        let en_list = "`mulai` (start), `proses` (activity), `keputusan` (decision with two branches), or `selesai` (end)";
        lang.pick(
            Text::new(
                format!("Simbol `{value}` pada {step} tidak dikenal"),
                if suggestion.is_empty() {
                    format!("Tulis salah satu: {id_list}.")
                } else {
                    format!("Mungkin maksudnya `{suggestion}`. Tulis salah satu: {id_list}.")
                },
            ),
            Text::new(
                format!("The symbol `{value}` of {step} is not known"),
                if suggestion.is_empty() {
                    format!("Write one of {en_list}.")
                } else {
                    format!("Perhaps `{suggestion}` was meant. Write one of {en_list}.")
                },
            ),
        )
    }),
};

/// The simbol `written` of step row `index` of `sop` is not a symbol.
pub fn unknown(sop: &Sop, index: usize, written: &str) -> Diagnostic {
    let d = about_step(&UNKNOWN, sop, index, Pointer::step(index).key(step::SIMBOL)).arg(written);
    match suggest_symbol(written) {
        Some(symbol) => d.arg(symbol.key()),
        None => d,
    }
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, step) in cx.sop.steps.iter().enumerate() {
        if step.symbol().is_none() {
            out.push(unknown(cx.sop, i, step.symbol.trim()));
        }
    }
}

/// The symbol a mistyped or translated simbol most likely means.
fn suggest_symbol(written: &str) -> Option<Symbol> {
    let w = written.trim().to_lowercase();
    let synonym = match w.as_str() {
        "start" | "awal" | "mulai kegiatan" | "begin" | "terminator awal" => Some(Symbol::Mulai),
        "process" | "kegiatan" | "aktivitas" | "proses kegiatan" | "kotak" => Some(Symbol::Proses),
        "decision" | "kondisi" | "pilihan" | "belah ketupat" | "keputusan?" => {
            Some(Symbol::Keputusan)
        }
        "end" | "akhir" | "finish" | "stop" | "selesai kegiatan" | "terminator akhir" => {
            Some(Symbol::Selesai)
        }
        _ => None,
    };
    synonym.or_else(|| {
        Symbol::ALL
            .into_iter()
            .map(|s| (s, distance(&w, s.key())))
            .filter(|&(_, d)| d <= 2)
            .min_by_key(|&(_, d)| d)
            .map(|(s, _)| s)
    })
}

#[cfg(test)]
mod tests {
    use super::suggest_symbol;
    use crate::model::Symbol;
    use crate::rules::steps::testing::steps;
    use crate::rules::testing::{check_example, findings};

    #[test]
    fn symbols_case_blank_and_invalid() {
        let report = check_example(&steps(&[
            ("1", "Mengajukan permohonan", "pemohon", "MULAI"),
            ("2", "Memeriksa permohonan", "petugas", "\"\""),
            ("3", "Mencatat permohonan", "petugas", "proces"),
            ("4", "Menyampaikan jawaban", "ppid", "end"),
        ]));
        let found = findings(&report, "SOP311");
        let shown: Vec<_> = found
            .iter()
            .map(|d| (d.pointer.as_str(), d.arg_at(2)))
            .collect();
        assert_eq!(
            shown,
            [
                ("/kegiatan/2/simbol", "proses"),
                ("/kegiatan/3/simbol", "selesai")
            ]
        );
        assert_eq!(suggest_symbol("diamond"), None);
        assert_eq!(suggest_symbol("keputusn"), Some(Symbol::Keputusan));
    }
}
