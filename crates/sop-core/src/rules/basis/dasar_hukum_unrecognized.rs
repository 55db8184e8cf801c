//! SOP202 `dasar-hukum-unrecognized`: a legal-basis entry names no kind of regulation or
//! no number.

use crate::checklist::Item;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Lang, Text};
use crate::model::text_filled;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::basis::citation::{
    chunks, is_digits, is_type_word, number_marker, slash_number, year,
};
use crate::rules::basis::entries::entry;
use crate::rules::text::word_spans;

/// SOP202.
pub static RULE: Rule = Rule {
    code: "SOP202",
    name: "dasar-hukum-unrecognized",
    severity: Severity::Warning,
    signing: false,
    group: Group::Basis,
    counts: Counts::Against(Item::DasarHukum),
    check: Check::Document(check),
    messages: &[&LACKS_TYPE, &LACKS_NUMBER, &LACKS_BOTH],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah butir dasar hukum tidak menyebut jenis peraturan (nama lengkap seperti Undang-Undang, Peraturan Pemerintah, Peraturan Menteri, Keputusan, Instruksi, Surat Edaran, atau singkatan seperti UU, PP, Perpres, Permenpan, PMK, Perka, PKPU, Perki, Perda, Pergub) atau tidak menyebut nomornya (\"Nomor N Tahun TTTT\", \"No. N\", atau nomor yang memuat tahun seperti \"210/PMK.05/2022\"). Huruf besar/kecil diabaikan; UUD 1945 tidak memerlukan nomor.",
            en: "A legal-basis entry names no kind of regulation (a full name such as Undang-Undang, Peraturan Pemerintah, Peraturan Menteri, Keputusan, Instruksi, Surat Edaran, or an abbreviation such as UU, PP, Perpres, Permenpan, PMK, Perka, PKPU, Perki, Perda, Pergub) or no number (\"Nomor N Tahun YYYY\", \"No. N\", or a number carrying its year such as \"210/PMK.05/2022\"). Case is ignored; the 1945 Constitution (UUD 1945) needs no number.",
        },
        why: Bilingual {
            id: "Peraturan hanya dapat ditemukan dan diperiksa keberlakuannya bila jenis, nomor, dan tahunnya disebut.",
            en: "A regulation can only be found, and checked for being in force, when its kind, number, and year are given.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Dasar Hukum); UU 12/2011 Lampiran II (penulisan jenis, nomor, dan tahun peraturan)",
        fires: "dasar_hukum:\n  - Keterbukaan Informasi Publik\n",
        passes: "dasar_hukum:\n  - UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n  - PMK No. 210/PMK.05/2022 tentang Tata Cara Pembayaran\n",
    },
};

/// "Legal basis {n} (“{text}”) does not name {what}", with the common help.
fn lacks(d: &Diagnostic, lang: Lang, id_what: &str, en_what: &str) -> Text {
    let (n, text) = (d.arg_at(0), quoted(d.arg_at(1)));
    lang.pick(
        Text::new(
            format!("Dasar hukum ke-{n} ({text}) tidak menyebut {id_what}"),
            "Tulis jenis, nomor, dan tahun peraturan, lalu judulnya, misalnya “Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik” atau “Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang …”.",
        ),
        Text::new(
            format!("Legal basis {n} ({text}) does not name {en_what}"),
            "Write the kind, number, and year of the regulation, then its title, e.g. “Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik” or “Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang …”.",
        ),
    )
}

/// The entry has a number but names no kind of regulation.
pub static LACKS_TYPE: Message = Message {
    rule: &RULE,
    key: "type",
    form: |d, lang| lacks(d, lang, "jenis peraturan", "the kind of regulation"),
    #[cfg(feature = "file-wording")]
    file: None,
};

/// The entry names a kind of regulation but no number.
pub static LACKS_NUMBER: Message = Message {
    rule: &RULE,
    key: "number",
    form: |d, lang| lacks(d, lang, "nomor peraturan", "the regulation's number"),
    #[cfg(feature = "file-wording")]
    file: None,
};

/// The entry names neither.
pub static LACKS_BOTH: Message = Message {
    rule: &RULE,
    key: "both",
    form: |d, lang| {
        lacks(
            d,
            lang,
            "jenis dan nomor peraturan",
            "the kind and number of the regulation",
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// Entry `index` (`text`) of `dasar_hukum` lacks what `lacks` says.
pub fn unrecognized_entry(lacks: &'static Message, index: usize, text: &str) -> Diagnostic {
    entry(lacks, root::DASAR_HUKUM, index, text)
}

/// True when a (lower-case) entry carries a regulation number.
fn names_number(lower: &str) -> bool {
    let chunks = chunks(lower);
    chunks.iter().enumerate().any(|(i, chunk)| {
        if let Some(rest) = number_marker(chunk) {
            let next = if rest.is_empty() {
                chunks.get(i + 1).copied().unwrap_or("")
            } else {
                rest
            };
            if next.bytes().any(|b| b.is_ascii_digit()) {
                return true;
            }
        }
        slash_number(chunk).is_some()
            || (is_digits(chunk)
                && chunks.get(i + 1) == Some(&"tahun")
                && chunks.get(i + 2).and_then(|y| year(y)).is_some())
    })
}

/// What an entry lacks, as the message that says it; `None` for a citation.
fn unrecognized(text: &str) -> Option<&'static Message> {
    let lower = text.to_lowercase();
    let spans = word_spans(&lower);
    let words: Vec<&str> = spans.iter().map(|&(s, e)| &lower[s..e]).collect();
    let has_type = words.iter().any(|w| is_type_word(w));
    // The 1945 Constitution is cited by its year alone.
    let constitution =
        words.contains(&"uud") || words.windows(3).any(|w| w == ["undang", "undang", "dasar"]);
    let has_number = constitution || names_number(&lower);
    match (has_type, has_number) {
        (true, true) => None,
        (false, true) => Some(&LACKS_TYPE),
        (true, false) => Some(&LACKS_NUMBER),
        (false, false) => Some(&LACKS_BOTH),
    }
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, text) in cx.sop.legal_basis.iter().enumerate() {
        if !text_filled(text) {
            continue;
        }
        if let Some(lacks) = unrecognized(text) {
            out.push(unrecognized_entry(lacks, i, text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::unrecognized;
    use crate::rules::testing::{check_example, findings};

    fn lacks(text: &str) -> Option<&'static str> {
        unrecognized(text).map(|m| m.key)
    }

    #[test]
    fn regulation_kinds_and_abbreviations_are_recognized() {
        for text in [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "UU No. 14 Tahun 2008",
            "uu 14/2008 tentang KIP",
            "PP Nomor 61 Tahun 2010",
            "Perpres No. 86 Tahun 2007",
            "Permenpan RB Nomor 35 Tahun 2012",
            "PermenPAN-RB No. 35 Tahun 2012",
            "Permendagri Nomor 52 Tahun 2011",
            "PMK No. 210/PMK.05/2022 Tentang Tata Cara Pembayaran",
            "Perka BPS Nomor 19 Tahun 2013",
            "PKPU 22/2023",
            "Perki Nomor 1 Tahun 2021",
            "Perda Provinsi NTT Nomor 3 Tahun 2019",
            "Pergub NTT No. 10 Tahun 2017",
            "Keputusan KPU Nomor 88/Kpts/KPU/Tahun 2015",
            "Instruksi Presiden Nomor 9 Tahun 2015",
            "Surat Edaran Menteri PANRB Nomor 5 Tahun 2020",
            "Peraturan Komisi Informasi Nomor: 1 Tahun 2021",
            "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/21/M.PAN/11/2008",
            "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
        ] {
            assert_eq!(lacks(text), None, "{text}");
        }
    }

    #[test]
    fn entries_without_kind_or_number_are_reported() {
        assert_eq!(lacks("Keterbukaan Informasi Publik"), Some("both"));
        assert_eq!(
            lacks("Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"),
            Some("type")
        );
        assert_eq!(
            lacks("Peraturan Menteri PANRB tentang Pedoman SOP"),
            Some("number")
        );
        assert_eq!(lacks("UU Keterbukaan Informasi Publik"), Some("number"));
        // Words that only look like markers.
        assert_eq!(lacks("Pedoman November 2020"), Some("both"));
        assert_eq!(lacks("Peraturan Kabupaten/Kota"), Some("number"));
    }

    #[test]
    fn sop202_points_at_the_entry() {
        let report = check_example(
            "dasar_hukum:\n  - Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n  - Pedoman internal PPID\n",
        );
        let found = findings(&report, "SOP202");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/dasar_hukum/1");
        assert!(found[0].is(&super::LACKS_BOTH));
        let id = found[0].message(crate::Lang::Id).message;
        assert!(id.contains("Dasar hukum ke-2"), "{id}");
    }
}
