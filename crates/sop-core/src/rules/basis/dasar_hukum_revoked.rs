//! SOP203 `dasar-hukum-revoked`: a legal-basis entry cites a regulation known to be
//! revoked; the message names its replacement.

use crate::checklist::Item;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::model::text_filled;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::basis::citation::{
    chunks, is_digits, is_type_word, number_marker, slash_number, year,
};
use crate::rules::basis::entries::entry;
use crate::rules::text::word_spans;

/// SOP203.
pub static RULE: Rule = Rule {
    code: "SOP203",
    name: "dasar-hukum-revoked",
    severity: Severity::Warning,
    signing: false,
    group: Group::Basis,
    counts: Counts::Against(Item::DasarHukum),
    check: Check::Document(check),
    messages: &[&REVOKED_CITED],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah butir dasar hukum menyebut peraturan yang diketahui sudah dicabut, dan pesan menyebut penggantinya: Permenpan PER/21/M.PAN/11/2008 → Permenpan RB 35/2012; PKPU 1/2015 → PKPU 22/2023; Perki 1/2010 → Perki 1/2021; UU 5/2014 → UU 20/2023; PP 53/2010 → PP 94/2021. Yang diperiksa hanya peraturan yang disebut pertama dalam butir (bukan peraturan yang disebut dalam judulnya).",
            en: "A legal-basis entry cites a regulation known to be revoked; the message names its replacement: Permenpan PER/21/M.PAN/11/2008 → Permenpan RB 35/2012; PKPU 1/2015 → PKPU 22/2023; Perki 1/2010 → Perki 1/2021; UU 5/2014 → UU 20/2023; PP 53/2010 → PP 94/2021. Only the regulation the entry cites first is checked (not one named in its title).",
        },
        why: Bilingual {
            id: "Prosedur yang berdasar pada peraturan yang sudah dicabut dapat bertentangan dengan aturan yang berlaku.",
            en: "A procedure based on a revoked regulation may contradict the rules in force.",
        },
        source: "Permenpan RB 35/2012 (menggantikan PER/21/M.PAN/11/2008); PKPU 22/2023 (mencabut PKPU 1/2015); Perki 1/2021 (menggantikan Perki 1/2010); UU 20/2023 (mencabut UU 5/2014); PP 94/2021 (mencabut PP 53/2010)",
        fires: "dasar_hukum:\n  - Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n  - Peraturan Komisi Pemilihan Umum Nomor 1 Tahun 2015 tentang Pengelolaan dan Pelayanan Informasi Publik di Lingkungan Komisi Pemilihan Umum\n",
        passes: "dasar_hukum:\n  - Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n  - Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik\n",
    },
};

/// An entry cites a revoked regulation.
pub static REVOKED_CITED: Message = Message {
    rule: &RULE,
    key: "revoked",
    form: |d, lang| {
        let (n, cited, replacement) = (d.arg_at(0), d.arg_at(2), d.arg_at(3));
        lang.pick(
            Text::new(
                format!("Dasar hukum ke-{n} menyebut {cited}, yang sudah dicabut"),
                format!("Ganti dengan “{replacement}”."),
            ),
            Text::new(
                format!("Legal basis {n} cites {cited}, which has been revoked"),
                format!("Replace it with “{replacement}”."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// Entry `index` (`text`) of `dasar_hukum` cites the revoked regulation `revoked`.
fn cites_revoked(index: usize, text: &str, revoked: &Revoked) -> Diagnostic {
    entry(&REVOKED_CITED, root::DASAR_HUKUM, index, text)
        .arg(revoked.cited)
        .arg(revoked.replacement)
}

/// A family of regulations whose revoked members SOP203 knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Uu,
    Pp,
    PermenPan,
    Pkpu,
    Perki,
}

/// A regulation known to be revoked, and what replaced it.
struct Revoked {
    family: Family,
    number: u32,
    year: u32,
    cited: &'static str,
    replacement: &'static str,
}

const REVOKED: &[Revoked] = &[
    Revoked {
        family: Family::PermenPan,
        number: 21,
        year: 2008,
        cited: "Permenpan PER/21/M.PAN/11/2008",
        replacement: "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan",
    },
    Revoked {
        family: Family::Pkpu,
        number: 1,
        year: 2015,
        cited: "PKPU 1/2015",
        replacement: "Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik di Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum Kabupaten/Kota sebagaimana telah diubah terakhir dengan Peraturan Komisi Pemilihan Umum Nomor 4 Tahun 2025",
    },
    Revoked {
        family: Family::Perki,
        number: 1,
        year: 2010,
        cited: "Perki 1/2010",
        replacement: "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
    },
    Revoked {
        family: Family::Uu,
        number: 5,
        year: 2014,
        cited: "UU 5/2014",
        replacement: "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
    },
    Revoked {
        family: Family::Pp,
        number: 53,
        year: 2010,
        cited: "PP 53/2010",
        replacement: "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
    },
];

/// The family of the first regulation an entry cites, and the byte offset after its name;
/// `None` when the first regulation is of another family or there is none.
fn head_family(lower: &str) -> Option<(Family, usize)> {
    let spans = word_spans(lower);
    let word = |k: usize| spans.get(k).map_or("", |&(s, e)| &lower[s..e]);
    let end = |k: usize| spans.get(k).map_or(lower.len(), |&(_, e)| e);
    for i in 0..spans.len() {
        let found = match word(i) {
            "uu" => Some((Family::Uu, i)),
            "undang" if word(i + 1) == "undang" => {
                if word(i + 2) == "dasar" {
                    None
                } else {
                    Some((Family::Uu, i + 1))
                }
            }
            "pp" => Some((Family::Pp, i)),
            "pkpu" => Some((Family::Pkpu, i)),
            "perki" => Some((Family::Perki, i)),
            "permen" if word(i + 1).starts_with("pan") => Some((Family::PermenPan, i + 1)),
            w if w.starts_with("permenpan") => Some((Family::PermenPan, i)),
            "peraturan" => match word(i + 1) {
                "pemerintah" if word(i + 2) != "pengganti" => Some((Family::Pp, i + 1)),
                "komisi" if word(i + 2) == "pemilihan" && word(i + 3) == "umum" => {
                    Some((Family::Pkpu, i + 3))
                }
                "komisi" if word(i + 2) == "informasi" => Some((Family::Perki, i + 2)),
                "kpu" => Some((Family::Pkpu, i + 1)),
                "ki" => Some((Family::Perki, i + 1)),
                "menteri" => {
                    let k = if word(i + 2) == "negara" {
                        i + 3
                    } else {
                        i + 2
                    };
                    (word(k) == "pendayagunaan" || word(k).starts_with("pan"))
                        .then_some((Family::PermenPan, k))
                }
                _ => None,
            },
            w if is_type_word(w) => None,
            _ => continue,
        };
        return found.map(|(family, k)| (family, end(k)));
    }
    None
}

/// The number and year of the first citation in `rest` (before `tentang`).
fn head_number(rest: &str) -> Option<(u32, u32)> {
    let chunks = chunks(rest);
    let mut i = 0;
    while i < chunks.len() {
        let chunk = chunks[i];
        if chunk == "tentang" {
            return None;
        }
        if let Some(after) = number_marker(chunk) {
            let (expr, at) = if after.is_empty() {
                (chunks.get(i + 1).copied()?, i + 1)
            } else {
                (after, i)
            };
            if let Some(found) = slash_number(expr) {
                return Some(found);
            }
            let number = expr.trim_end_matches(['.', ',']);
            if !is_digits(number) || chunks.get(at + 1) != Some(&"tahun") {
                return None;
            }
            return Some((number.parse().ok()?, year(chunks.get(at + 2)?)?));
        }
        if let Some(found) = slash_number(chunk) {
            return Some(found);
        }
        if is_digits(chunk) && chunks.get(i + 1) == Some(&"tahun") {
            return Some((chunk.parse().ok()?, year(chunks.get(i + 2)?)?));
        }
        i += 1;
    }
    None
}

/// The revoked regulation an entry cites first, if any.
fn revoked(text: &str) -> Option<&'static Revoked> {
    let lower = text.to_lowercase();
    let (family, after) = head_family(&lower)?;
    let (number, year) = head_number(&lower[after..])?;
    REVOKED
        .iter()
        .find(|r| r.family == family && r.number == number && r.year == year)
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, text) in cx.sop.legal_basis.iter().enumerate() {
        if !text_filled(text) {
            continue;
        }
        if let Some(r) = revoked(text) {
            out.push(cites_revoked(i, text, r));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::revoked;
    use crate::rules::testing::{check_example, findings};

    #[test]
    fn revoked_regulations_in_both_styles() {
        for (text, cited) in [
            (
                "Peraturan Menteri Pendayagunaan Aparatur Negara Nomor PER/21/M.PAN/11/2008 tentang Pedoman Penyusunan SOP AP",
                "Permenpan PER/21/M.PAN/11/2008",
            ),
            (
                "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor: PER/21/M.PAN/11/2008",
                "Permenpan PER/21/M.PAN/11/2008",
            ),
            (
                "Permenpan RB No. 21 Tahun 2008",
                "Permenpan PER/21/M.PAN/11/2008",
            ),
            ("PermenPAN-RB 21/2008", "Permenpan PER/21/M.PAN/11/2008"),
            (
                "Permen PAN Nomor PER/21/M.PAN/11/2008",
                "Permenpan PER/21/M.PAN/11/2008",
            ),
            (
                "PKPU Nomor 1 Tahun 2015 tentang Pengelolaan dan Pelayanan Informasi Publik",
                "PKPU 1/2015",
            ),
            ("Peraturan KPU No. 1 Tahun 2015", "PKPU 1/2015"),
            (
                "Peraturan Komisi Informasi Nomor 1 Tahun 2010 tentang Standar Layanan Informasi Publik",
                "Perki 1/2010",
            ),
            ("Perki 1/2010", "Perki 1/2010"),
            (
                "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara",
                "UU 5/2014",
            ),
            ("UU 5/2014", "UU 5/2014"),
            ("uu no 5 tahun 2014 tentang asn", "UU 5/2014"),
            (
                "Peraturan Pemerintah Nomor 53 Tahun 2010 tentang Disiplin PNS",
                "PP 53/2010",
            ),
            ("PP 53/2010", "PP 53/2010"),
        ] {
            assert_eq!(revoked(text).map(|r| r.cited), Some(cited), "{text}");
        }
    }

    #[test]
    fn revoked_guards_against_false_positives() {
        for text in [
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP AP",
            "UU 15/2014",
            "Undang-Undang Nomor 15 Tahun 2014",
            "UU 5/2004",
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
            "PP 94/2021",
            "PP 153/2010",
            "PKPU 22/2023",
            "PKPU 11/2015",
            "Perki 1/2021",
            "Perka BPS Nomor 1 Tahun 2015",
            "Peraturan Badan Pusat Statistik Nomor 5 Tahun 2014",
            "Peraturan Menteri Keuangan Nomor 21 Tahun 2008",
            "Peraturan Pemerintah Pengganti Undang-Undang Nomor 5 Tahun 2014",
            // A revoked regulation named in the title of a current one.
            "Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 5 Tahun 2014",
            "Undang-Undang Nomor 20 Tahun 2023 tentang Perubahan atas UU 5/2014",
            "Peraturan Menteri Pendayagunaan Aparatur Negara Nomor 210 Tahun 2008",
        ] {
            assert!(revoked(text).is_none(), "{text}");
        }
    }

    #[test]
    fn sop203_names_the_replacement() {
        let report = check_example(
            "dasar_hukum:\n  - Undang-Undang Nomor 14 Tahun 2008\n  - UU No. 5 Tahun 2014 tentang ASN\n",
        );
        let found = findings(&report, "SOP203");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/dasar_hukum/1");
        let text = found[0].message(crate::Lang::Id);
        assert!(text.help.contains("Nomor 20 Tahun 2023"), "{text:?}");
    }
}
