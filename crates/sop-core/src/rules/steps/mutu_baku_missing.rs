//! SOP308 `mutu-baku-missing`: a `proses` or `keputusan` step lacks kelengkapan, waktu or
//! output in its quality standard (one finding per empty cell).

use crate::checklist::Item;
use crate::keys::{quality, step, Shape};
use crate::labels;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::{text_filled, Sop, Symbol};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, ref_name};

/// SOP308.
pub static RULE: Rule = Rule {
    code: "SOP308",
    name: "mutu-baku-missing",
    severity: Severity::Warning,
    signing: false,
    group: Group::Steps,
    counts: Counts::Against(Item::MutuBaku),
    check: Check::Document(check),
    messages: &[&NO_KELENGKAPAN, &NO_WAKTU, &NO_OUTPUT],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Langkah `proses` atau `keputusan` (juga langkah tanpa simbol) tidak memiliki kelengkapan, waktu, atau output di `mutu_baku`; satu temuan untuk setiap sel yang kosong. Sel berisi `-` dihitung kosong. Langkah `mulai` dan `selesai` dikecualikan.",
            en: "A `proses` or `keputusan` step (or one without a simbol) lacks kelengkapan, waktu or output in its `mutu_baku`; one finding per empty cell. A cell holding `-` counts as empty. `mulai` and `selesai` steps are exempt.",
        },
        why: Bilingual {
            id: "Agar SOP terkait dengan kinerja, setiap kegiatan hendaknya menyebut mutu bakunya: persyaratan/kelengkapan, waktu, dan output. Mutu baku adalah alat pengendali mutu.",
            en: "To tie the SOP to performance, every activity should state its quality standard: requirements, time and output. The quality standard is the quality-control tool.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Mutu Baku)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memeriksa kelengkapan permohonan\n    pelaksana: petugas\n    mutu_baku: { kelengkapan: Formulir terisi, output: Hasil pemeriksaan }\n  - nomor: 3\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memeriksa kelengkapan permohonan\n    pelaksana: petugas\n    mutu_baku: { kelengkapan: Formulir terisi, waktu: 10 menit, output: Hasil pemeriksaan }\n  - nomor: 3\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

/// The text of a missing cell of step `d.arg_at(0)`: `id`/`en` hold `{step}`; the help
/// names the cell as `cell` (the form's label, or the file's key).
fn cell(d: &Diagnostic, lang: Lang, cell: &str, id: (&str, &str), en: (&str, &str)) -> Text {
    let step = ref_name(lang, d.arg_at(0));
    lang.pick(
        Text::new(id.0.replace("{step}", &step), id.1.replace("{cell}", cell)),
        Text::new(en.0.replace("{step}", &step), en.1.replace("{cell}", cell)),
    )
}

/// The name of a mutu baku cell in the help: its label on the form, its key in the file.
fn cell_name(lang: Lang, key: &str, file: bool) -> String {
    if file {
        format!("`{}.{key}`", step::MUTU_BAKU)
    } else {
        labels::field(Shape::Quality, key).map_or_else(String::new, |l| l.get(lang).to_string())
    }
}

/// No kelengkapan.
pub static NO_KELENGKAPAN: Message = Message {
    rule: &RULE,
    key: "kelengkapan",
    form: |d, lang| no_kelengkapan_text(d, lang, false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| no_kelengkapan_text(d, lang, true)),
};

/// The wording of [`NO_KELENGKAPAN`], for the file or the form.
fn no_kelengkapan_text(d: &Diagnostic, lang: Lang, file: bool) -> Text {
    cell(
        d,
        lang,
        &cell_name(lang, quality::KELENGKAPAN, file),
        (
            "Kelengkapan pada mutu baku {step} belum diisi",
            "Isi {cell} dengan bahan atau persyaratan yang dibutuhkan langkah ini, misalnya “Formulir permohonan”.",
        ),
        (
            "The requirements (kelengkapan) of {step}'s quality standard are missing",
            "Fill in {cell} with the inputs or requirements this step needs, e.g. “Formulir permohonan”.",
        ),
    )
}

/// No waktu.
pub static NO_WAKTU: Message = Message {
    rule: &RULE,
    key: "waktu",
    form: |d, lang| no_waktu_text(d, lang, false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| no_waktu_text(d, lang, true)),
};

/// The wording of [`NO_WAKTU`], for the file or the form.
fn no_waktu_text(d: &Diagnostic, lang: Lang, file: bool) -> Text {
    cell(
        d,
        lang,
        &cell_name(lang, quality::WAKTU, file),
        (
            "Waktu pada mutu baku {step} belum diisi",
            "Isi {cell} dengan lama langkah ini, misalnya “15 menit” atau “2 hari kerja”.",
        ),
        (
            "The time (waktu) of {step}'s quality standard is missing",
            "Fill in {cell} with how long this step takes, e.g. “15 menit” or “2 hari kerja”.",
        ),
    )
}

/// No output.
pub static NO_OUTPUT: Message = Message {
    rule: &RULE,
    key: "output",
    form: |d, lang| no_output_text(d, lang, false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| no_output_text(d, lang, true)),
};

/// The wording of [`NO_OUTPUT`], for the file or the form.
fn no_output_text(d: &Diagnostic, lang: Lang, file: bool) -> Text {
    cell(
        d,
        lang,
        &cell_name(lang, quality::OUTPUT, file),
        (
            "Output pada mutu baku {step} belum diisi",
            "Isi {cell} dengan hasil langkah ini, misalnya “Hasil pemeriksaan”.",
        ),
        (
            "The output of {step}'s quality standard is missing",
            "Fill in {cell} with what this step produces, e.g. “Hasil pemeriksaan”.",
        ),
    )
}

/// The mutu baku cell `key` of step row `index` of `sop` is empty; `kind` says which.
fn missing(kind: &'static Message, sop: &Sop, index: usize, key: &str) -> Diagnostic {
    about_step(
        kind,
        sop,
        index,
        Pointer::step(index).key(step::MUTU_BAKU).key(key),
    )
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    for (i, step) in sop.steps.iter().enumerate() {
        if matches!(step.symbol(), Some(Symbol::Mulai | Symbol::Selesai)) {
            continue;
        }
        let q = &step.quality;
        for (kind, key, value) in [
            (&NO_KELENGKAPAN, quality::KELENGKAPAN, &q.requirements),
            (&NO_WAKTU, quality::WAKTU, &q.time),
            (&NO_OUTPUT, quality::OUTPUT, &q.output),
        ] {
            if !text_filled(value) {
                out.push(missing(kind, sop, i, key));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_example, findings};
    use crate::{Lang, Severity};

    #[test]
    fn mutu_baku_one_finding_per_cell_and_terminators_exempt() {
        let report = check_example(
            "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memeriksa permohonan\n    pelaksana: petugas\n    simbol: keputusan\n    cabang: [{ label: Ya, ke: 3 }, { label: Tidak, ke: 1 }]\n    mutu_baku: { waktu: \"-\" }\n  - nomor: 3\n    uraian: Menyampaikan jawaban\n    pelaksana: ppid\n    simbol: selesai\n",
        );
        let found = findings(&report, "SOP308");
        let shown: Vec<_> = found.iter().map(|d| d.pointer.as_str()).collect();
        assert_eq!(
            shown,
            [
                "/kegiatan/1/mutu_baku/kelengkapan",
                "/kegiatan/1/mutu_baku/waktu",
                "/kegiatan/1/mutu_baku/output",
            ]
        );
        assert!(found.iter().all(|d| d.severity == Severity::Warning));
        assert!(found[1]
            .message(Lang::Id)
            .message
            .contains("Waktu pada mutu baku langkah 2"));
        assert!(
            findings(&report, "SOP309").is_empty(),
            "`-` is a readable waktu"
        );
    }
}
