//! SOP309 `waktu-unparseable`: a step's mutu baku waktu is written but does not follow
//! the time grammar ([`crate::duration`]).

use crate::checklist::Item;
use crate::duration;
use crate::keys::{quality, step};
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Text};
use crate::model::Sop;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, ref_name};

/// SOP309.
pub static RULE: Rule = Rule {
    code: "SOP309",
    name: "waktu-unparseable",
    severity: Severity::Warning,
    signing: false,
    group: Group::Steps,
    counts: Counts::Against(Item::MutuBaku),
    check: Check::Document(check),
    messages: &[&UNREADABLE],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`mutu_baku.waktu` terisi tetapi tidak mengikuti tata tulis waktu: angka (bulat, `1,5` atau rentang `1-2`), boleh didahului `maks.`/`maksimal`/`paling lama`/`±`, lalu satuan (detik, menit, jam, hari, hari kerja/HK, minggu, bulan, triwulan, semester, tahun) atau `N x 24 jam`; `-` berarti tidak ada.",
            en: "`mutu_baku.waktu` is filled but does not follow the time grammar: a number (whole, `1,5` or a range `1-2`), optionally after `maks.`/`maksimal`/`paling lama`/`±`, then a unit (detik, menit, jam, hari, hari kerja/HK, minggu, bulan, triwulan, semester, tahun) or `N x 24 jam`; `-` means none.",
        },
        why: Bilingual {
            id: "Waktu yang terbaca dapat dijumlahkan dan dibandingkan dengan batas waktu peraturan (misalnya 10 hari kerja layanan informasi publik).",
            en: "A readable time can be added up and compared with statutory deadlines (e.g. the 10 working days of the public-information service).",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Mutu Baku: waktu); format SOP versi 1 (DESIGN.md §3)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n    mutu_baku: { waktu: Triwulan }\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n    mutu_baku: { waktu: 1 triwulan }\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

/// A waktu that cannot be read, with a readable rewrite when one is close.
pub static UNREADABLE: Message = Message {
    rule: &RULE,
    key: "unreadable",
    form: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let (value, suggestion) = (quoted(d.arg_at(1)), d.arg_at(2));
        let units = lang.pick(
            "detik, menit, jam, hari, hari kerja, minggu, bulan, triwulan, semester, atau tahun",
            "detik, menit, jam, hari, hari kerja, minggu, bulan, triwulan, semester, or tahun",
        );
        lang.pick(
            Text::new(
                format!("Waktu {value} pada {step} tidak terbaca"),
                if suggestion.is_empty() {
                    format!("Tulis angka lalu satuan ({units}), misalnya “15 menit” atau “3 hari kerja”; tulis “-” bila tidak ada.")
                } else {
                    format!("Tulis angka lalu satuan, misalnya {}.", quoted(suggestion))
                },
            ),
            Text::new(
                format!("The time {value} of {step} cannot be read"),
                if suggestion.is_empty() {
                    format!("Write a number, then a unit ({units}), e.g. “15 menit” or “3 hari kerja”; write “-” when none applies.")
                } else {
                    format!("Write a number, then a unit, e.g. {}.", quoted(suggestion))
                },
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// The waktu `written` of step row `index` of `sop` cannot be read.
pub fn unreadable(sop: &Sop, index: usize, written: &str) -> Diagnostic {
    let pointer = Pointer::step(index)
        .key(step::MUTU_BAKU)
        .key(quality::WAKTU);
    let d = about_step(&UNREADABLE, sop, index, pointer).arg(written);
    match suggest_waktu(written) {
        Some(suggestion) => d.arg(suggestion),
        None => d,
    }
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, step) in cx.sop.steps.iter().enumerate() {
        let time = step.quality.time.trim();
        if !time.is_empty() && duration::parse(time).is_none() {
            out.push(unreadable(cx.sop, i, time));
        }
    }
}

/// A readable rewrite of an unreadable *waktu*: digits split by a space (`1 0 Hari Kerja`)
/// joined, or a bare unit (`Triwulan`) given the number 1.
fn suggest_waktu(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let joined: String = chars
        .iter()
        .enumerate()
        .filter(|&(i, c)| {
            !(c.is_whitespace()
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        })
        .map(|(_, c)| *c)
        .collect();
    if joined != text && duration::parse(&joined).is_some() {
        return Some(joined);
    }
    let counted = format!("1 {}", text.to_lowercase());
    if duration::parse(&counted).is_some() {
        return Some(counted);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::suggest_waktu;
    use crate::rules::steps::testing::steps;
    use crate::rules::testing::{check_example, findings};
    use crate::Lang;

    #[test]
    fn unreadable_waktu_suggests_a_fix() {
        assert_eq!(
            suggest_waktu("1 0 Hari Kerja").as_deref(),
            Some("10 Hari Kerja")
        );
        assert_eq!(suggest_waktu("Triwulan").as_deref(), Some("1 triwulan"));
        assert_eq!(suggest_waktu("secepatnya"), None);
        let report = check_example(
            &steps(&[
                ("1", "Mengajukan permohonan", "pemohon", "mulai"),
                ("2", "Menyampaikan jawaban", "ppid", "selesai"),
            ])
            .replace("5 menit", "1 0 Hari Kerja"),
        );
        let found = findings(&report, "SOP309");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].pointer, "/kegiatan/0/mutu_baku/waktu");
        let text = found[1].message(Lang::Id);
        assert!(
            text.message.contains("“1 0 Hari Kerja” pada langkah 2"),
            "{text:?}"
        );
        assert!(text.help.contains("“10 Hari Kerja”"), "{text:?}");
    }
}
