//! SOP2xx: the documentation boxes beside the identity — dasar hukum, kualifikasi
//! pelaksana, keterkaitan, peralatan/perlengkapan, peringatan and pencatatan/pendataan
//! (Permenpan RB 35/2012, Lampiran Bab III B.1.a; research/sop-standard.md §3.2 items 8–13).
//!
//! Entries are named for people with 1-based numbers ("dasar hukum ke-2"); pointers stay
//! 0-based (`/dasar_hukum/1`). A blank entry or a lone `-` is skipped by the per-entry rules.

#[cfg(feature = "docs")]
use super::Docs;
use super::{Check, Context, Group, Rule};
use crate::diagnostic::{Diagnostic, Severity};
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::pointer::push_index;

/// The rules of this group, in code order.
pub(super) static RULES: &[Rule] = &[
    SOP201, SOP202, SOP203, SOP204, SOP205, SOP206, SOP207, SOP208, SOP209, SOP210,
];

/// True when a list item holds something (not blank, not a lone `-`).
fn filled(item: &str) -> bool {
    let t = item.trim();
    !t.is_empty() && t != "-"
}

/// The first line of an entry, whitespace collapsed, cut to about 70 characters.
fn excerpt(text: &str) -> String {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let collapsed = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() > 70 {
        let cut: String = collapsed.chars().take(67).collect();
        format!("{}…", cut.trim_end())
    } else {
        collapsed
    }
}

/// A finding about list entry `index` of `key`: args are the 1-based entry number and an
/// excerpt of the entry.
fn entry(
    code: &'static str,
    key: &str,
    index: usize,
    text: &str,
    kind: &'static str,
) -> Diagnostic {
    Diagnostic::new(code, push_index(&format!("/{key}"), index), kind)
        .arg((index + 1).to_string())
        .arg(excerpt(text))
}

/// The message of a section that must have at least one item.
fn empty_list(lang: Lang, id: (&str, &str), en: (&str, &str)) -> Text {
    lang.pick(Text::new(id.0, id.1), Text::new(en.0, en.1))
}

// ---------------------------------------------------------------------------------------
// SOP201 dasar-hukum-empty

const SOP201: Rule = Rule {
    code: "SOP201",
    name: "dasar-hukum-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Basis,
    check: Check::Field,
    message: |_, lang| {
        empty_list(
            lang,
            (
                "Dasar hukum belum diisi",
                "Isi minimal satu dasar hukum di `dasar_hukum`, misalnya \"Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\".",
            ),
            (
                "The legal basis (dasar hukum) is missing",
                "Add at least one regulation under `dasar_hukum`, e.g. \"Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\".",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`dasar_hukum` tidak ada, kosong, atau hanya berisi `-`.",
            en: "`dasar_hukum` is missing, empty, or holds only `-`.",
        },
        why: Bilingual {
            id: "Dasar hukum menunjukkan peraturan yang mendasari prosedur; SOP tanpa dasar hukum tidak memenuhi prinsip kepatuhan hukum.",
            en: "The legal basis names the regulations the procedure rests on; an SOP without one fails the principle of legal compliance.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Dasar Hukum) dan prinsip kepatuhan hukum",
        fires: "dasar_hukum: [\"-\"]\n",
        passes: "dasar_hukum:\n  - Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n",
    },
};

// ---------------------------------------------------------------------------------------
// SOP202 dasar-hukum-unrecognized

const SOP202: Rule = Rule {
    code: "SOP202",
    name: "dasar-hukum-unrecognized",
    severity: Severity::Warning,
    signing: false,
    group: Group::Basis,
    check: Check::Document(sop202_check),
    message: |d, lang| {
        let (n, text) = (d.arg_at(0), d.arg_at(1));
        let (id, en) = match d.kind {
            "type" => ("jenis peraturan", "the kind of regulation"),
            "number" => ("nomor peraturan", "the regulation's number"),
            _ => (
                "jenis dan nomor peraturan",
                "the kind and number of the regulation",
            ),
        };
        lang.pick(
            Text::new(
                format!("Dasar hukum ke-{n} (\"{text}\") tidak menyebut {id}"),
                "Tulis jenis, nomor dan tahun peraturan, lalu judulnya, misalnya \"Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\" atau \"Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang …\".",
            ),
            Text::new(
                format!("Legal basis {n} (\"{text}\") does not name {en}"),
                "Write the kind, number and year of the regulation, then its title, e.g. \"Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\" or \"Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang …\".",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah butir dasar hukum tidak menyebut jenis peraturan (nama lengkap seperti Undang-Undang, Peraturan Pemerintah, Peraturan Menteri, Keputusan, Instruksi, Surat Edaran, atau singkatan seperti UU, PP, Perpres, Permenpan, PMK, Perka, PKPU, Perki, Perda, Pergub) atau tidak menyebut nomornya (\"Nomor N Tahun TTTT\", \"No. N\", atau nomor yang memuat tahun seperti \"210/PMK.05/2022\"). Huruf besar/kecil diabaikan; UUD 1945 tidak memerlukan nomor.",
            en: "A legal-basis entry names no kind of regulation (a full name such as Undang-Undang, Peraturan Pemerintah, Peraturan Menteri, Keputusan, Instruksi, Surat Edaran, or an abbreviation such as UU, PP, Perpres, Permenpan, PMK, Perka, PKPU, Perki, Perda, Pergub) or no number (\"Nomor N Tahun YYYY\", \"No. N\", or a number carrying its year such as \"210/PMK.05/2022\"). Case is ignored; the 1945 Constitution (UUD 1945) needs no number.",
        },
        why: Bilingual {
            id: "Peraturan hanya dapat ditemukan dan diperiksa keberlakuannya bila jenis, nomor dan tahunnya disebut.",
            en: "A regulation can only be found, and checked for being in force, when its kind, number and year are given.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Dasar Hukum); UU 12/2011 Lampiran II (penulisan jenis, nomor dan tahun peraturan)",
        fires: "dasar_hukum:\n  - Keterbukaan Informasi Publik\n",
        passes: "dasar_hukum:\n  - UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n  - PMK No. 210/PMK.05/2022 tentang Tata Cara Pembayaran\n",
    },
};

/// Words that name a kind of regulation, whole (lower case).
const TYPE_WORDS: &[&str] = &[
    "undang",
    "uu",
    "uud",
    "perppu",
    "perpu",
    "pp",
    "perpres",
    "keppres",
    "kepres",
    "inpres",
    "peraturan",
    "keputusan",
    "ketetapan",
    "tap",
    "instruksi",
    "edaran",
    "se",
    "sk",
    "pmk",
    "kmk",
    "perka",
    "pkpu",
    "perki",
    "perda",
    "pergub",
    "perbup",
    "perwal",
    "perwali",
    "perban",
    "perbawaslu",
    "perkom",
    "qanun",
];

/// Beginnings of words that name a kind of regulation (`Permenpan`, `Permendagri`, `Kepmenkes`).
const TYPE_PREFIXES: &[&str] = &[
    "permen",
    "kepmen",
    "perdirjen",
    "kepdirjen",
    "persekjen",
    "persesjen",
];

/// The lower-case words of a text with their byte ranges (letters and digits only).
fn word_spans(lower: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in lower.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, lower.len()));
    }
    spans
}

fn is_type_word(word: &str) -> bool {
    TYPE_WORDS.contains(&word) || TYPE_PREFIXES.iter().any(|p| word.starts_with(p))
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A 4-digit year 1900–2100.
fn year(s: &str) -> Option<u32> {
    let s = s.trim_end_matches(['.', ',', ';', ':']);
    if s.len() != 4 || !is_digits(s) {
        return None;
    }
    s.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// A number carrying its year (`210/PMK.05/2022`, `PER/21/M.PAN/11/2008`, `14/2008`):
/// the first all-digit segment and the final year.
fn slash_number(chunk: &str) -> Option<(u32, u32)> {
    let chunk = chunk.trim_end_matches(['.', ',', ';', ':']);
    let segments: Vec<&str> = chunk.split('/').collect();
    let (last, rest) = segments.split_last()?;
    if rest.is_empty() {
        return None;
    }
    let year = year(last)?;
    let number = rest.iter().find(|s| is_digits(s))?.parse().ok()?;
    Some((number, year))
}

/// After a number marker (`Nomor`, `No.`, `Nomor:`), what follows it in the same chunk.
fn number_marker(chunk: &str) -> Option<&str> {
    for marker in ["nomor", "nomer", "nmr", "no"] {
        if let Some(rest) = chunk.strip_prefix(marker) {
            if rest.is_empty()
                || rest.starts_with(['.', ':'])
                || rest.starts_with(|c: char| c.is_ascii_digit())
            {
                return Some(rest.trim_start_matches(['.', ':']));
            }
        }
    }
    None
}

/// The whitespace-separated chunks of a lower-case text, without surrounding punctuation.
fn chunks(lower: &str) -> Vec<&str> {
    lower
        .split_whitespace()
        .map(|c| c.trim_matches(|ch: char| matches!(ch, ',' | ';' | '(' | ')' | '"' | '\'')))
        .filter(|c| !c.is_empty())
        .collect()
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

/// What an entry lacks: `Some("type")`, `Some("number")`, `Some("both")` or `None`.
fn unrecognized(text: &str) -> Option<&'static str> {
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
        (false, true) => Some("type"),
        (true, false) => Some("number"),
        (false, false) => Some("both"),
    }
}

fn sop202_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, text) in cx.sop.legal_basis.iter().enumerate() {
        if !filled(text) {
            continue;
        }
        if let Some(kind) = unrecognized(text) {
            out.push(entry("SOP202", "dasar_hukum", i, text, kind));
        }
    }
}

// ---------------------------------------------------------------------------------------
// SOP203 dasar-hukum-revoked

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
        replacement: "Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik (beserta perubahannya)",
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

const SOP203: Rule = Rule {
    code: "SOP203",
    name: "dasar-hukum-revoked",
    severity: Severity::Warning,
    signing: false,
    group: Group::Basis,
    check: Check::Document(sop203_check),
    message: |d, lang| {
        let (n, cited, replacement) = (d.arg_at(0), d.arg_at(2), d.arg_at(3));
        lang.pick(
            Text::new(
                format!("Dasar hukum ke-{n} menyebut {cited}, yang sudah dicabut"),
                format!("Ganti dengan \"{replacement}\"."),
            ),
            Text::new(
                format!("Legal basis {n} cites {cited}, which has been revoked"),
                format!("Replace it with \"{replacement}\"."),
            ),
        )
    },
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

fn sop203_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, text) in cx.sop.legal_basis.iter().enumerate() {
        if !filled(text) {
            continue;
        }
        if let Some(r) = revoked(text) {
            out.push(
                entry("SOP203", "dasar_hukum", i, text, "")
                    .arg(r.cited)
                    .arg(r.replacement),
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// SOP204 kualifikasi-empty

const SOP204: Rule = Rule {
    code: "SOP204",
    name: "kualifikasi-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Basis,
    check: Check::Field,
    message: |_, lang| {
        empty_list(
            lang,
            (
                "Kualifikasi pelaksana belum diisi",
                "Isi minimal satu kualifikasi di `kualifikasi_pelaksana`, misalnya \"Memahami tugas dan fungsi PPID\".",
            ),
            (
                "The implementers' qualifications (kualifikasi pelaksana) are missing",
                "Add at least one qualification under `kualifikasi_pelaksana`, e.g. \"Memahami tugas dan fungsi PPID\".",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`kualifikasi_pelaksana` tidak ada, kosong, atau hanya berisi `-`.",
            en: "`kualifikasi_pelaksana` is missing, empty, or holds only `-`.",
        },
        why: Bilingual {
            id: "Kualifikasi menyatakan kompetensi yang dibutuhkan pelaksana agar prosedur dapat dijalankan dengan benar.",
            en: "The qualifications state the competences the implementers need to carry out the procedure correctly.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Kualifikasi Pelaksana)",
        fires: "kualifikasi_pelaksana: []\n",
        passes: "kualifikasi_pelaksana:\n  - Memahami tugas dan fungsi PPID\n",
    },
};

// ---------------------------------------------------------------------------------------
// SOP205 keterkaitan-empty

const SOP205: Rule = Rule {
    code: "SOP205",
    name: "keterkaitan-empty",
    severity: Severity::Warning,
    signing: false,
    group: Group::Basis,
    check: Check::Document(|cx, out| {
        if cx.sop.related.iter().all(|r| r.trim().is_empty()) {
            out.push(Diagnostic::new("SOP205", "/keterkaitan", ""));
        }
    }),
    message: |_, lang| {
        empty_list(
            lang,
            (
                "Keterkaitan dengan SOP lain belum diisi",
                "Sebutkan SOP lain yang terkait di `keterkaitan`, misalnya \"SOP Penanganan Keberatan Informasi Publik\", atau tulis \"-\" bila tidak ada.",
            ),
            (
                "Related SOPs (keterkaitan) are not filled in",
                "List the related SOPs under `keterkaitan`, e.g. \"SOP Penanganan Keberatan Informasi Publik\", or write \"-\" when there are none.",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`keterkaitan` tidak ada atau kosong. Satu butir `-` adalah cara yang diterima untuk menyatakan tidak ada SOP terkait.",
            en: "`keterkaitan` is missing or empty. A single item `-` is the accepted way to say there are no related SOPs.",
        },
        why: Bilingual {
            id: "Keterkaitan menunjukkan SOP prasyarat, lanjutan atau terkait; kotak yang kosong tidak membedakan \"tidak ada\" dari \"lupa diisi\".",
            en: "Keterkaitan shows prerequisite, follow-up and related SOPs; an empty box does not tell \"none\" from \"forgotten\".",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Keterkaitan) dan prinsip keselarasan",
        fires: "keterkaitan: []\n",
        passes: "keterkaitan: [\"-\"]\n",
    },
};

// ---------------------------------------------------------------------------------------
// SOP206 keterkaitan-self

const SOP206: Rule = Rule {
    code: "SOP206",
    name: "keterkaitan-self",
    severity: Severity::Warning,
    signing: false,
    group: Group::Basis,
    check: Check::Document(sop206_check),
    message: |d, lang| {
        let (n, text) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Keterkaitan ke-{n} (\"{text}\") menyebut SOP ini sendiri"),
                "Hapus butir ini; `keterkaitan` berisi SOP lain yang menjadi prasyarat, lanjutan atau terkait. Tulis \"-\" bila tidak ada SOP lain.",
            ),
            Text::new(
                format!("Related SOP {n} (\"{text}\") names this SOP itself"),
                "Remove this item; `keterkaitan` lists other SOPs (prerequisites, follow-ups, related ones). Write \"-\" when there are none.",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah butir `keterkaitan` sama dengan `identitas.nama` (huruf besar/kecil, spasi, tanda baca di ujung dan awalan \"SOP \" diabaikan).",
            en: "A `keterkaitan` item equals `identitas.nama` (ignoring case, spaces, trailing punctuation and a leading \"SOP \").",
        },
        why: Bilingual {
            id: "SOP tidak terkait dengan dirinya sendiri; butir seperti itu biasanya salah salin dan menyembunyikan keterkaitan yang sebenarnya.",
            en: "An SOP is not related to itself; such an item is usually a copying slip that hides the real links.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Keterkaitan); research/sop-standard.md §8 ID-10",
        fires: "keterkaitan:\n  - SOP Pelayanan Permohonan Informasi Publik\n",
        passes: "keterkaitan:\n  - SOP Penanganan Keberatan Informasi Publik\n",
    },
};

/// A title for comparison: lower case, no spaces, no trailing punctuation, no leading "SOP".
fn title_key(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let lower = lower.trim_end_matches(['.', ';', ',', ':']);
    let rest = match lower.strip_prefix("sop") {
        Some(r) if r.starts_with(char::is_whitespace) => r,
        _ => lower,
    };
    rest.chars().filter(|c| !c.is_whitespace()).collect()
}

fn sop206_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let own = title_key(&cx.sop.identity.name);
    if own.is_empty() {
        return;
    }
    for (i, text) in cx.sop.related.iter().enumerate() {
        if filled(text) && title_key(text) == own {
            out.push(entry("SOP206", "keterkaitan", i, text, ""));
        }
    }
}

// ---------------------------------------------------------------------------------------
// SOP207 peralatan-empty

const SOP207: Rule = Rule {
    code: "SOP207",
    name: "peralatan-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Basis,
    check: Check::Field,
    message: |_, lang| {
        empty_list(
            lang,
            (
                "Peralatan/perlengkapan belum diisi",
                "Isi minimal satu alat atau perlengkapan di `peralatan_perlengkapan`, misalnya \"Komputer\" atau \"Formulir permohonan informasi\".",
            ),
            (
                "The equipment (peralatan/perlengkapan) is missing",
                "Add at least one tool or supply under `peralatan_perlengkapan`, e.g. \"Komputer\" or \"Formulir permohonan informasi\".",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`peralatan_perlengkapan` tidak ada, kosong, atau hanya berisi `-`.",
            en: "`peralatan_perlengkapan` is missing, empty, or holds only `-`.",
        },
        why: Bilingual {
            id: "Peralatan dan perlengkapan utama harus disiapkan sebelum prosedur dijalankan.",
            en: "The main tools and supplies must be ready before the procedure is carried out.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Peralatan/Perlengkapan)",
        fires: "peralatan_perlengkapan: []\n",
        passes: "peralatan_perlengkapan: [Komputer, Formulir permohonan informasi]\n",
    },
};

// ---------------------------------------------------------------------------------------
// SOP208 peringatan-empty

const SOP208: Rule = Rule {
    code: "SOP208",
    name: "peringatan-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Basis,
    check: Check::Field,
    message: |_, lang| {
        empty_list(
            lang,
            (
                "Peringatan belum diisi",
                "Isi minimal satu peringatan di `peringatan` yang menyebut akibat bila SOP tidak dilaksanakan, misalnya \"Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu\".",
            ),
            (
                "The warnings (peringatan) are missing",
                "Add at least one warning under `peringatan` stating what happens if the SOP is not followed, e.g. \"Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu\".",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`peringatan` tidak ada, kosong, atau hanya berisi `-`.",
            en: "`peringatan` is missing, empty, or holds only `-`.",
        },
        why: Bilingual {
            id: "Peringatan menjelaskan kemungkinan yang terjadi bila prosedur tidak dilaksanakan, sehingga pelaksana memahami pentingnya SOP.",
            en: "The warnings explain what may happen if the procedure is not carried out, so implementers see why the SOP matters.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Peringatan)",
        fires: "peringatan: []\n",
        passes: "peringatan:\n  - Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu\n",
    },
};

// ---------------------------------------------------------------------------------------
// SOP209 peringatan-not-consequence

const SOP209: Rule = Rule {
    code: "SOP209",
    name: "peringatan-not-consequence",
    severity: Severity::Info,
    signing: false,
    group: Group::Basis,
    check: Check::Document(|cx, out| {
        for (i, text) in cx.sop.warnings.iter().enumerate() {
            if filled(text) && !states_consequence(text) {
                out.push(entry("SOP209", "peringatan", i, text, ""));
            }
        }
    }),
    message: |d, lang| {
        let (n, text) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Peringatan ke-{n} (\"{text}\") tidak menyebut akibat bila SOP tidak dilaksanakan"),
                "Tulis akibatnya dalam bentuk \"Jika … tidak …, maka …\", misalnya \"Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu\".",
            ),
            Text::new(
                format!("Warning {n} (\"{text}\") does not say what happens if the SOP is not followed"),
                "State the consequence as \"Jika … tidak …, maka …\" (if … not …, then …), e.g. \"Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu\".",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah peringatan tidak menyatakan akibat bila SOP tidak diikuti. Dianggap menyatakan akibat bila memuat kata syarat atau akibat (jika, apabila, bila, kalau, tanpa, akan, maka, sehingga, mengakibatkan, menyebabkan, berdampak …) bersama kata negatif atau kegagalan (tidak, belum, lalai, gagal, terlambat, tertunda, salah, kerugian …), atau menyebut sanksi, hukuman, denda, teguran atau \"tidak terlayani\".",
            en: "A warning does not state what happens if the SOP is not followed. It counts as stating a consequence when it holds a condition or consequence word (jika, apabila, bila, kalau, tanpa, akan, maka, sehingga, mengakibatkan, menyebabkan, berdampak …) together with a negative or failure word (tidak, belum, lalai, gagal, terlambat, tertunda, salah, kerugian …), or names a sanction (sanksi, hukuman, denda, teguran) or \"tidak terlayani\".",
        },
        why: Bilingual {
            id: "Kotak Peringatan berisi kemungkinan yang terjadi bila prosedur tidak dilaksanakan; judul, hambatan umum atau manfaat SOP tidak memenuhi fungsi itu.",
            en: "The Peringatan box holds what may happen if the procedure is not carried out; a heading, a generic obstacle or the SOP's benefits do not serve that purpose.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Peringatan: kemungkinan jika prosedur tidak dilaksanakan); research/sop-standard.md §3.2 item 12",
        fires: "peringatan:\n  - Jika SOP ini dilaksanakan berdampak pada efisiensi dan efektivitas pelaksanaan kegiatan\n",
        passes: "peringatan:\n  - Apabila SOP ini tidak dilaksanakan, maka proses pelayanan akan tertunda\n",
    },
};

/// Words that set a condition of not following the procedure, or announce a consequence.
const CONSEQUENCE_MARKERS: &[&str] = &[
    "jika",
    "jikalau",
    "apabila",
    "bila",
    "bilamana",
    "kalau",
    "manakala",
    "seandainya",
    "tanpa",
    "akan",
    "maka",
    "sehingga",
    "mengakibatkan",
    "berakibat",
    "akibat",
    "akibatnya",
    "menyebabkan",
    "berdampak",
    "menimbulkan",
    "berpotensi",
    "berisiko",
    "beresiko",
];

/// Words of negation or failure.
const NEGATIVE_WORDS: &[&str] = &[
    "tidak",
    "tak",
    "tdk",
    "belum",
    "tanpa",
    "bukan",
    "lalai",
    "kelalaian",
    "gagal",
    "kegagalan",
    "terlambat",
    "keterlambatan",
    "tertunda",
    "terhambat",
    "salah",
    "kesalahan",
    "keliru",
    "kekeliruan",
    "melanggar",
    "pelanggaran",
    "menyimpang",
    "penyimpangan",
    "diabaikan",
    "mengabaikan",
    "kurang",
    "hilang",
    "rusak",
    "kerugian",
    "inefisiensi",
];

/// Words that are a consequence on their own.
const PENALTY_WORDS: &[&str] = &["sanksi", "hukuman", "denda", "teguran"];

/// True when a warning states a consequence of not following the procedure (a heuristic).
fn states_consequence(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = word_spans(&lower)
        .iter()
        .map(|&(s, e)| &lower[s..e])
        .collect();
    let any = |list: &[&str]| words.iter().any(|w| list.contains(w));
    any(PENALTY_WORDS)
        || words.windows(2).any(|w| w == ["tidak", "terlayani"])
        || (any(CONSEQUENCE_MARKERS) && any(NEGATIVE_WORDS))
}

// ---------------------------------------------------------------------------------------
// SOP210 pencatatan-empty

const SOP210: Rule = Rule {
    code: "SOP210",
    name: "pencatatan-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Basis,
    check: Check::Field,
    message: |_, lang| {
        empty_list(
            lang,
            (
                "Pencatatan dan pendataan belum diisi",
                "Isi minimal satu catatan atau formulir yang diisi selama prosedur di `pencatatan_pendataan`, misalnya \"Register permohonan informasi publik\".",
            ),
            (
                "The records (pencatatan dan pendataan) are missing",
                "Add at least one record or form kept during the procedure under `pencatatan_pendataan`, e.g. \"Register permohonan informasi publik\".",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`pencatatan_pendataan` tidak ada, kosong, atau hanya berisi `-`.",
            en: "`pencatatan_pendataan` is missing, empty, or holds only `-`.",
        },
        why: Bilingual {
            id: "Setiap pelaksana wajib mencatat dan mendata apa yang dikerjakan; catatan itu menunjukkan apakah prosedur dijalankan dengan benar dan memenuhi mutu baku.",
            en: "Every implementer must record and log what was done; the records show whether the procedure was run correctly and met its quality standards.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (pencatatan dan pendataan)",
        fires: "pencatatan_pendataan: [\"-\"]\n",
        passes: "pencatatan_pendataan: [Register permohonan informasi publik]\n",
    },
};

#[cfg(test)]
mod tests {
    use super::{revoked, states_consequence, title_key, unrecognized};
    use crate::rules::testing::{check_example, check_yaml, codes, findings, EXAMPLE};

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
            assert_eq!(unrecognized(text), None, "{text}");
        }
    }

    #[test]
    fn entries_without_kind_or_number_are_reported() {
        assert_eq!(unrecognized("Keterbukaan Informasi Publik"), Some("both"));
        assert_eq!(
            unrecognized("Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"),
            Some("type")
        );
        assert_eq!(
            unrecognized("Peraturan Menteri PANRB tentang Pedoman SOP"),
            Some("number")
        );
        assert_eq!(
            unrecognized("UU Keterbukaan Informasi Publik"),
            Some("number")
        );
        // Words that only look like markers.
        assert_eq!(unrecognized("Pedoman November 2020"), Some("both"));
        assert_eq!(unrecognized("Peraturan Kabupaten/Kota"), Some("number"));
    }

    #[test]
    fn sop202_points_at_the_entry() {
        let report = check_example(
            "dasar_hukum:\n  - Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n  - Pedoman internal PPID\n",
        );
        let found = findings(&report, "SOP202");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/dasar_hukum/1");
        assert_eq!(found[0].kind, "both");
        let id = found[0].message(crate::Lang::Id).message;
        assert!(id.contains("Dasar hukum ke-2"), "{id}");
    }

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

    #[test]
    fn keterkaitan_dash_is_none_and_blank_is_empty() {
        assert!(codes(&check_example("keterkaitan: [\"-\"]\n")).is_empty());
        assert!(codes(&check_example("keterkaitan: [\" \"]\n")).contains(&"SOP205"));
        assert!(codes(&check_example("keterkaitan: null\n")).contains(&"SOP205"));
        let found = check_example("keterkaitan: []\n");
        assert_eq!(findings(&found, "SOP205")[0].pointer, "/keterkaitan");
    }

    #[test]
    fn keterkaitan_self_ignores_case_spaces_and_prefix() {
        assert_eq!(
            title_key("SOP  Pelayanan permohonan INFORMASI publik."),
            title_key("Pelayanan Permohonan Informasi Publik")
        );
        assert_ne!(title_key("Sopir Dinas"), title_key("ir Dinas"));
        let report =
            check_example("keterkaitan:\n  - \"-\"\n  - pelayanan  permohonan informasi publik\n");
        let found = findings(&report, "SOP206");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/keterkaitan/1");
        // With no name there is nothing to compare.
        let report = check_example("identitas:\n  nama: null\nketerkaitan: [SOP]\n");
        assert!(findings(&report, "SOP206").is_empty());
    }

    #[test]
    fn consequence_heuristic_on_real_warnings() {
        for text in [
            "Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu",
            "Jika SOP ini tidak dilaksanakan berdampak pada inefisiensi pelaksanaan tugas.",
            "Jika SOP tidak dilaksanakan, maka seluruh gaji pegawai tidak terbayarkan",
            "Jika prosedur tidak di ikuti, maka kualitas penyelenggaraan tidak efektif",
            "Apabila SOP ini tidak dilaksanakan, maka proses penyelesaian pelayanan akan tertunda dan terhambat",
            "Apabila SOP ini tidak dijalankan, maka Program Kerja tidak dapat disusun",
            "Berkas permohonan yang belum lengkap akan dikembalikan kepada pemohon",
            "Keterlambatan penyampaian laporan mengakibatkan sanksi administratif",
            "Pegawai yang melanggar dikenakan sanksi disiplin",
            "Permohonan tidak terlayani tepat waktu",
            "Tanpa verifikasi, data yang salah dapat terbit",
        ] {
            assert!(states_consequence(text), "{text}");
        }
        for text in [
            "Hambatan dapat saja terjadi :",
            "Jika SOP ini dilaksanakan berdampak pada efisiensi dan efektivitas pelaksanaan kegiatan",
            "Harus dilaksanakan sesuai urutan tahapan yang telah ditetapkan",
            "Maksud dan tujuan",
            "Pastikan berkas tidak rusak",
            "Data harus valid sehingga laporan akurat",
        ] {
            assert!(!states_consequence(text), "{text}");
        }
    }

    #[test]
    fn sop209_is_info_per_entry() {
        let report = check_example(
            "peringatan:\n  - \"Hambatan dapat saja terjadi :\"\n  - Jika SOP ini tidak dilaksanakan berdampak pada inefisiensi pelaksanaan tugas.\n  - \"-\"\n",
        );
        let found = findings(&report, "SOP209");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/peringatan/0");
        assert_eq!(found[0].severity, crate::Severity::Info);
        assert!(report.complete);
    }

    #[test]
    fn empty_sections_name_their_key() {
        let report = check_yaml("format: sop/1\nstatus: diajukan\n");
        for (code, pointer) in [
            ("SOP201", "/dasar_hukum"),
            ("SOP204", "/kualifikasi_pelaksana"),
            ("SOP205", "/keterkaitan"),
            ("SOP207", "/peralatan_perlengkapan"),
            ("SOP208", "/peringatan"),
            ("SOP210", "/pencatatan_pendataan"),
        ] {
            let found = findings(&report, code);
            assert_eq!(found.len(), 1, "{code}");
            assert_eq!(found[0].pointer, pointer, "{code}");
        }
    }

    #[test]
    fn the_example_basis_is_clean() {
        let report = check_yaml(EXAMPLE);
        assert!(codes(&report).iter().all(|c| !c.starts_with("SOP2")));
    }
}
