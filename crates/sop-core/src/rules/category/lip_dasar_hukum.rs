//! SOP602 `lip-dasar-hukum`: a public-information SOP does not cite UU 14/2008 as legal
//! basis.

use crate::checklist::Item;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::Sop;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::category::information::{category_name, information_category};

/// SOP602.
pub static RULE: Rule = Rule {
    code: "SOP602",
    name: "lip-dasar-hukum",
    severity: Severity::Warning,
    signing: false,
    group: Group::Category,
    counts: Counts::Against(Item::DasarHukum),
    check: Check::Document(check),
    messages: &[&UU_14_2008_MISSING],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kategori `layanan_informasi_publik` atau `keberatan_informasi` tanpa UU 14/2008 di `dasar_hukum`. Dikenali antara lain \"Undang-Undang Nomor 14 Tahun 2008\", \"UU No. 14 Tahun 2008\", \"UU RI Nomor 14 Th. 2008\" dan \"UU 14/2008\" (huruf besar-kecil diabaikan).",
            en: "Kategori `layanan_informasi_publik` or `keberatan_informasi` without UU 14/2008 in `dasar_hukum`. Recognised forms include \"Undang-Undang Nomor 14 Tahun 2008\", \"UU No. 14 Tahun 2008\", \"UU RI Nomor 14 Th. 2008\" and \"UU 14/2008\" (case ignored).",
        },
        why: Bilingual {
            id: "Layanan dan keberatan informasi publik dilaksanakan berdasarkan UU 14/2008; SOP-nya harus menyebut undang-undang itu sebagai dasar hukum.",
            en: "Public-information service and objections rest on UU 14/2008; their SOPs must cite it as legal basis.",
        },
        source: "UU 14/2008 tentang Keterbukaan Informasi Publik; Perki 1/2021 Pasal 47–48 (maklumat pelayanan memuat dasar hukum)",
        fires: "dasar_hukum:\n  - Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik\n",
        passes: "dasar_hukum:\n  - UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n  - Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik\n",
    },
};

/// UU 14/2008 is not cited.
pub static UU_14_2008_MISSING: Message = Message {
    rule: &RULE,
    key: "uu-14-2008-missing",
    form: |d, lang| missing_text(d, lang, ("isian Dasar Hukum", "the Legal basis field")),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| missing_text(d, lang, ("`dasar_hukum`", "`dasar_hukum`"))),
};

/// "The legal basis of an SOP of kategori {name} does not cite UU 14/2008", the help
/// naming the legal basis as `field`.
fn missing_text(d: &Diagnostic, lang: Lang, (id_field, en_field): (&str, &str)) -> Text {
    let category = category_name(lang, d.arg_at(0));
    lang.pick(
        Text::new(
            format!("Dasar hukum SOP kategori {category} belum mencantumkan UU 14/2008 tentang Keterbukaan Informasi Publik"),
            format!("Tambahkan butir “Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik” pada {id_field}."),
        ),
        Text::new(
            format!("The legal basis of an SOP of the category {category} does not cite UU 14/2008 on Public Information Disclosure"),
            format!("Add the item “Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik” to {en_field}."),
        ),
    )
}

/// The legal basis of `sop` does not cite UU 14/2008.
pub fn uu_14_2008_missing(sop: &Sop) -> Diagnostic {
    Diagnostic::new(&UU_14_2008_MISSING, Pointer::section(root::DASAR_HUKUM))
        .arg(sop.category.key())
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    if information_category(sop) && !sop.legal_basis.iter().any(|l| cites_uu_14_2008(l)) {
        out.push(uu_14_2008_missing(sop));
    }
}

/// True when `text` cites UU 14/2008 ("Undang-Undang Nomor 14 Tahun 2008", "UU No. 14
/// Tahun 2008", "UU 14/2008", …).
fn cites_uu_14_2008(text: &str) -> bool {
    let lower = text
        .to_lowercase()
        .replace("undang-undang", " uu ")
        .replace("undang undang", " uu ");
    let cleaned: String = lower
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '/' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let tokens: Vec<&str> = cleaned.split_whitespace().collect();
    let filler = |t: &str| {
        matches!(
            t,
            "ri" | "republik" | "indonesia" | "kip" | "nomor" | "no" | "nmr" | "nr"
        )
    };
    for (i, token) in tokens.iter().enumerate() {
        if *token != "uu" {
            continue;
        }
        let mut j = i + 1;
        while tokens.get(j).is_some_and(|t| filler(t)) {
            j += 1;
        }
        match tokens.get(j) {
            Some(&"14/2008") => return true,
            Some(&"14") => {
                let mut k = j + 1;
                if tokens
                    .get(k)
                    .is_some_and(|t| matches!(*t, "tahun" | "th" | "thn"))
                {
                    k += 1;
                }
                if tokens.get(k) == Some(&"2008") {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::cites_uu_14_2008;
    use crate::rules::testing::{check_example, codes, findings};

    #[test]
    fn recognises_uu_14_2008() {
        for yes in [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "UU No. 14 Tahun 2008 tentang KIP",
            "UU 14/2008",
            "undang-undang republik indonesia nomor 14 tahun 2008",
            "UU RI No.14 Th. 2008",
            "UU No.14/2008",
        ] {
            assert!(cites_uu_14_2008(yes), "{yes}");
        }
        for no in [
            "Undang-Undang Nomor 14 Tahun 2005 tentang Guru dan Dosen",
            "Peraturan Pemerintah Nomor 14 Tahun 2008",
            "UU Nomor 144 Tahun 2008",
            "Perki Nomor 1 Tahun 2021",
        ] {
            assert!(!cites_uu_14_2008(no), "{no}");
        }
        let report = check_example(
            "kategori: keberatan_informasi\ndasar_hukum: [Perki Nomor 1 Tahun 2021]\n",
        );
        assert_eq!(findings(&report, "SOP602")[0].pointer, "/dasar_hukum");
        assert!(!codes(&check_example(
            "kategori: umum\ndasar_hukum: [Perki Nomor 1 Tahun 2021]\n"
        ))
        .contains(&"SOP602"));
    }
}
