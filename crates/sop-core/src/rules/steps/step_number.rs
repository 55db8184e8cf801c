//! SOP305 `step-number`: a step has no number or a number another step already uses (an
//! error); or the numbers are not 1, 2, 3 … in row order (a warning, once).

use std::collections::HashMap;

use crate::checklist::Item;
use crate::keys::step;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP305.
pub static RULE: Rule = Rule {
    code: "SOP305",
    name: "step-number",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    counts: Counts::Against(Item::Kegiatan),
    check: Check::Document(check),
    messages: &[&MISSING, &REPEATED, &ORDER],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah langkah tidak bernomor atau nomornya sudah dipakai langkah lain (galat); atau nomor-nomor langkah tidak 1, 2, 3 … menurut urutan baris (peringatan, dilaporkan sekali pada penyimpangan pertama; nomor kembar tidak dihitung lagi).",
            en: "A step has no number or a number another step already uses (error); or the step numbers are not 1, 2, 3 … in row order (warning, reported once at the first deviation; repeated numbers are not counted again).",
        },
        why: Bilingual {
            id: "Nomor kegiatan adalah unsur tabel prosedur dan tujuan `ke` serta cabang keputusan; nomor yang hilang atau kembar membuat alur tidak dapat ditelusuri.",
            en: "The step number is part of the procedure table and the target of `ke` and decision branches; a missing or repeated number makes the flow untraceable.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Nomor kegiatan)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 1\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

/// A row without a number.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |d, lang| {
        let row = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Baris kegiatan ke-{row} belum diberi nomor"),
                "Isi Nomor langkah ini; langkah tanpa nomor tidak dapat dipilih sebagai langkah berikutnya atau tujuan cabang. Beri nomor 1, 2, 3, … sesuai urutan baris.",
            ),
            Text::new(
                format!("Step row {row} has no number"),
                "Fill in this step's Number; a step without a number cannot be chosen as a next step or a branch target. Number the steps 1, 2, 3, … in row order.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let row = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Baris kegiatan ke-{row} belum diberi nomor"),
                "Isi `nomor` langkah ini; langkah tanpa nomor tidak dapat dituju oleh `ke` atau cabang. Beri nomor 1, 2, 3, … sesuai urutan baris.",
            ),
            Text::new(
                format!("Step row {row} has no number"),
                "Fill in this step's `nomor`; a step without a number cannot be the target of `ke` or a branch. Number the steps 1, 2, 3, … in row order.",
            ),
        )
    }),
};

/// A row with the number of an earlier row.
pub static REPEATED: Message = Message {
    rule: &RULE,
    key: "repeated",
    form: |d, lang| {
        repeated_text(
            d,
            lang,
            "Beri setiap langkah nomor yang berbeda, 1, 2, 3, … sesuai urutan baris, lalu periksa langkah berikutnya dan cabang yang menuju nomor itu.",
            "Give every step its own number, 1, 2, 3, … in row order, then check the next steps and branches that lead to that number.",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        repeated_text(
            d,
            lang,
            "Beri setiap langkah nomor yang berbeda, 1, 2, 3, … sesuai urutan baris, lalu periksa `ke` dan cabang yang menuju nomor itu.",
            "Give every step its own number, 1, 2, 3, … in row order, then check the `ke` and branches that lead to that number.",
        )
    }),
};

/// "Number {number} on step row {row} is already used by row {first}", with `help`.
fn repeated_text(d: &Diagnostic, lang: Lang, id_help: &str, en_help: &str) -> Text {
    let (row, number, first) = (d.arg_at(0), d.arg_at(1), d.arg_at(2));
    lang.pick(
        Text::new(
            format!("Nomor {number} pada baris kegiatan ke-{row} sudah dipakai baris ke-{first}"),
            id_help,
        ),
        Text::new(
            format!("Number {number} on step row {row} is already used by row {first}"),
            en_help,
        ),
    )
}

/// The first row whose number is not the next one.
pub static ORDER: Message = Message {
    rule: &RULE,
    key: "order",
    form: |d, lang| {
        order_text(
            d,
            lang,
            "Beri nomor langkah 1, 2, 3, … sesuai urutan baris, lalu sesuaikan langkah berikutnya dan cabang yang menuju nomor yang berubah.",
            "Number the steps 1, 2, 3, … in row order, then update the next steps and branches that lead to a changed number.",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        order_text(
            d,
            lang,
            "Beri nomor langkah 1, 2, 3, … sesuai urutan baris, lalu sesuaikan `ke` dan cabang yang menuju nomor yang berubah.",
            "Number the steps 1, 2, 3, … in row order, then update the `ke` and branches that lead to a changed number.",
        )
    }),
};

/// "Step numbers are out of order: step row {row} is numbered {number}, expected
/// {expected}", with `help`.
fn order_text(d: &Diagnostic, lang: Lang, id_help: &str, en_help: &str) -> Text {
    let (row, number, expected) = (d.arg_at(0), d.arg_at(1), d.arg_at(2));
    lang.pick(
        Text::new(
            format!("Nomor langkah tidak berurutan: baris kegiatan ke-{row} bernomor {number}, seharusnya {expected}"),
            id_help,
        ),
        Text::new(
            format!("Step numbers are out of order: step row {row} is numbered {number}, expected {expected}"),
            en_help,
        ),
    )
}

fn at(kind: &'static Message, index: usize) -> Diagnostic {
    Diagnostic::new(kind, Pointer::step(index).key(step::NOMOR)).arg((index + 1).to_string())
}

/// Step row `index` has no number.
pub fn missing(index: usize) -> Diagnostic {
    at(&MISSING, index)
}

/// Step row `index` has `number`, already used by row `first`.
pub fn repeated(index: usize, number: u32, first: usize) -> Diagnostic {
    at(&REPEATED, index)
        .arg(number.to_string())
        .arg((first + 1).to_string())
}

/// Step row `index` has `number` where `expected` comes next: a warning.
pub fn out_of_order(index: usize, number: u32, expected: u32) -> Diagnostic {
    at(&ORDER, index)
        .arg(number.to_string())
        .arg(expected.to_string())
        .severity(Severity::Warning)
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let steps = &cx.sop.steps;
    let mut expected: u32 = 1;
    let mut out_of_order_seen = false;
    // First row of each number: a map keeps 100 000-step files linear.
    let mut first_row: HashMap<u32, usize> = HashMap::with_capacity(steps.len());
    for (i, step) in steps.iter().enumerate() {
        let Some(number) = step.number else {
            out.push(missing(i));
            continue;
        };
        if let Some(&first) = first_row.get(&number) {
            out.push(repeated(i, number, first));
            continue;
        }
        first_row.insert(number, i);
        if number != expected && !out_of_order_seen {
            out_of_order_seen = true;
            out.push(out_of_order(i, number, expected));
        }
        expected = expected.saturating_add(1);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::steps::testing::steps;
    use crate::rules::testing::{check_example, findings};
    use crate::{Lang, Severity};

    #[test]
    fn repeated_and_missing_numbers_are_errors() {
        let report = check_example(&steps(&[
            ("1", "Mengajukan permohonan", "pemohon", "mulai"),
            ("2", "Memeriksa permohonan", "petugas", "proses"),
            ("2", "Mencatat permohonan", "petugas", "proses"),
            ("", "Menyiapkan jawaban", "ppid", "proses"),
            ("3", "Menyampaikan jawaban", "ppid", "selesai"),
        ]));
        let found = findings(&report, "SOP305");
        let shown: Vec<_> = found
            .iter()
            .map(|d| (d.pointer.as_str(), d.kind.key, d.severity))
            .collect();
        assert_eq!(
            shown,
            [
                ("/kegiatan/2/nomor", "repeated", Severity::Error),
                ("/kegiatan/3/nomor", "missing", Severity::Error),
            ]
        );
        let message = found[0].message(Lang::Id).message;
        assert!(
            message.contains("Nomor 2 pada baris kegiatan ke-3 sudah dipakai baris ke-2"),
            "{message}"
        );
    }

    #[test]
    fn numbers_out_of_order_warn_once() {
        let report = check_example(&steps(&[
            ("1", "Mengajukan permohonan", "pemohon", "mulai"),
            ("3", "Memeriksa permohonan", "petugas", "proses"),
            ("2", "Mencatat permohonan", "petugas", "proses"),
            ("4", "Menyampaikan jawaban", "ppid", "selesai"),
        ]));
        let found = findings(&report, "SOP305");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/kegiatan/1/nomor");
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(found[0]
            .message(Lang::En)
            .message
            .contains("numbered 3, expected 2"));
    }
}
