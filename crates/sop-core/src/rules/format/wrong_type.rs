//! SOP002 `wrong-type`: a value has the wrong shape. Reported by the reader
//! (`parse/lower.rs`) and, for unreadable dates, by the rules that read those dates
//! (SOP108, SOP504).

use crate::keys::root;
use crate::labels;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{join_list, quoted, Lang, Text};
use crate::model::{Category, Status};
use crate::node::NodeKind;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::text::capitalized;

/// SOP002.
pub static RULE: Rule = Rule {
    code: "SOP002",
    name: "wrong-type",
    severity: Severity::Error,
    signing: false,
    group: Group::Format,
    counts: Counts::WherePointed,
    check: Check::Reader,
    messages: &[
        &EXPECTED_LIST,
        &EXPECTED_MAP,
        &EXPECTED_TEXT,
        &EXPECTED_NUMBER,
        &EXPECTED_CHOICE,
        &BAD_DATE,
    ],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Nilai berbentuk salah: teks di tempat daftar, daftar di tempat teks, angka yang bukan angka, pilihan yang tidak dikenal, atau tanggal yang tidak terbaca.",
            en: "A value has the wrong shape: text where a list belongs, a list where text belongs, a number that is not a number, an unknown choice, or an unreadable date.",
        },
        why: Bilingual {
            id: "Aturan lain dan tampilan resmi membutuhkan bentuk yang benar; nilai yang salah bentuk dikosongkan.",
            en: "The other rules and the official layout need the right shape; a value of the wrong shape is treated as empty.",
        },
        source: "Format berkas SOP versi 1 (DESIGN.md §3)",
        fires: "dasar_hukum: Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n",
        passes: "dasar_hukum:\n  - Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n",
    },
};

/// The pointer as shown in the file wording (`/` for the whole document).
#[cfg(feature = "file-wording")]
fn place(d: &Diagnostic) -> &str {
    if d.pointer.is_empty() {
        "/"
    } else {
        d.pointer.as_str()
    }
}

/// The shape found, as stored by [`expected_list`] and its siblings.
fn found_key(found: NodeKind) -> &'static str {
    match found {
        NodeKind::Null => "null",
        NodeKind::Scalar => "text",
        NodeKind::List => "list",
        NodeKind::Map => "map",
    }
}

/// The shape found, for messages.
fn found_name(d: &Diagnostic, lang: Lang) -> &'static str {
    match (d.arg_at(0), lang) {
        ("list", Lang::Id) => "daftar",
        ("list", Lang::En) => "a list",
        ("map", Lang::Id) => "kumpulan isian",
        ("map", Lang::En) => "a group of fields",
        ("null", Lang::Id) => "kosong",
        ("null", Lang::En) => "nothing",
        (_, Lang::Id) => "teks",
        (_, Lang::En) => "text",
    }
}

/// The place of the finding as the form names it, capitalised to open a sentence.
fn field(d: &Diagnostic, lang: Lang) -> String {
    capitalized(&labels::place(&d.pointer, lang))
}

/// "{Field} in the file must be {what}, not {found}", with the help every shape shares
/// on the form: the value was read as far as it could be.
fn wrong_shape(d: &Diagnostic, lang: Lang, id_what: &str, en_what: &str) -> Text {
    let (field, found) = (field(d, lang), found_name(d, lang));
    let place = labels::place(&d.pointer, lang);
    lang.pick(
        Text::new(
            format!("{field} dalam berkas harus {id_what}, bukan {found}"),
            format!("Periksa {place} di formulir: isinya mungkin tidak terbaca seluruhnya."),
        ),
        Text::new(
            format!("{field} in the file must {en_what}, not {found}"),
            format!("Check {place} on the form: its content may not have been read in full."),
        ),
    )
}

/// Something else where a list belongs.
pub static EXPECTED_LIST: Message = Message {
    rule: &RULE,
    key: "expected-list",
    form: |d, lang| wrong_shape(d, lang, "berupa daftar", "be a list"),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (at, found) = (place(d), found_name(d, lang));
        lang.pick(
            Text::new(
                format!("`{at}` harus berupa daftar, bukan {found}"),
                "Tulis setiap butir pada baris sendiri yang diawali `- `.",
            ),
            Text::new(
                format!("`{at}` must be a list, not {found}"),
                "Write each item on its own line starting with `- `.",
            ),
        )
    }),
};

/// A `found` value at `pointer` where a list belongs.
pub fn expected_list(pointer: &str, found: NodeKind) -> Diagnostic {
    Diagnostic::new(&EXPECTED_LIST, pointer).arg(found_key(found))
}

/// Something else where a mapping belongs.
pub static EXPECTED_MAP: Message = Message {
    rule: &RULE,
    key: "expected-map",
    form: |d, lang| wrong_shape(d, lang, "berisi isian-isian", "hold fields"),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (at, found) = (place(d), found_name(d, lang));
        lang.pick(
            Text::new(
                format!("`{at}` harus berisi kunci dan nilai, bukan {found}"),
                "Tulis isinya sebagai `kunci: nilai` pada baris-baris yang menjorok.",
            ),
            Text::new(
                format!("`{at}` must hold keys and values, not {found}"),
                "Write its content as indented `key: value` lines.",
            ),
        )
    }),
};

/// A `found` value at `pointer` where a mapping belongs.
pub fn expected_map(pointer: &str, found: NodeKind) -> Diagnostic {
    Diagnostic::new(&EXPECTED_MAP, pointer).arg(found_key(found))
}

/// Something else where a text belongs.
pub static EXPECTED_TEXT: Message = Message {
    rule: &RULE,
    key: "expected-text",
    form: |d, lang| wrong_shape(d, lang, "berupa teks", "be text"),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (at, found) = (place(d), found_name(d, lang));
        lang.pick(
            Text::new(
                format!("`{at}` harus berupa teks, bukan {found}"),
                "Tulis satu teks saja; gunakan tanda kutip bila teks berisi titik dua.",
            ),
            Text::new(
                format!("`{at}` must be text, not {found}"),
                "Write a single text; quote it if it contains a colon.",
            ),
        )
    }),
};

/// A `found` value at `pointer` where a text belongs.
pub fn expected_text(pointer: &str, found: NodeKind) -> Diagnostic {
    Diagnostic::new(&EXPECTED_TEXT, pointer).arg(found_key(found))
}

/// Something else where a step number belongs.
pub static EXPECTED_NUMBER: Message = Message {
    rule: &RULE,
    key: "expected-number",
    form: |d, lang| {
        let field = field(d, lang);
        let place = labels::place(&d.pointer, lang);
        let written = match d.arg_at(0) {
            "list" | "map" => found_name(d, lang).to_string(),
            written => quoted(written),
        };
        lang.pick(
            Text::new(
                format!("{field} dalam berkas harus berupa nomor langkah (bilangan bulat), bukan {written}"),
                format!("Periksa {place} di formulir dan isi dengan nomor langkah, misalnya 3."),
            ),
            Text::new(
                format!("{field} in the file must be a step number (a whole number), not {written}"),
                format!("Check {place} on the form and fill in a step number, e.g. 3."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (at, written) = (place(d), d.arg_at(0));
        lang.pick(
            Text::new(
                format!("`{at}` harus berupa nomor langkah (bilangan bulat), bukan `{written}`"),
                "Tulis nomor langkah seperti `3`.",
            ),
            Text::new(
                format!("`{at}` must be a step number (a whole number), not `{written}`"),
                "Write a step number such as `3`.",
            ),
        )
    }),
};

/// The text `written` at `pointer` where a step number belongs.
pub fn not_a_number(pointer: &str, written: &str) -> Diagnostic {
    Diagnostic::new(&EXPECTED_NUMBER, pointer).arg(written)
}

/// A list or mapping at `pointer` where a step number belongs.
pub fn expected_number(pointer: &str, found: NodeKind) -> Diagnostic {
    Diagnostic::new(&EXPECTED_NUMBER, pointer).arg(found_key(found))
}

/// A value that is not one of the choices.
pub static EXPECTED_CHOICE: Message = Message {
    rule: &RULE,
    key: "expected-choice",
    form: |d, lang| {
        let (field, written) = (field(d, lang), quoted(d.arg_at(0)));
        let names: Vec<String> = match d.pointer.strip_prefix('/') {
            Some(root::KATEGORI) => Category::ALL
                .iter()
                .map(|c| labels::category(*c).get(lang).to_string())
                .collect(),
            Some(root::STATUS) => Status::ALL
                .iter()
                .map(|s| labels::status(*s).get(lang).to_string())
                .collect(),
            _ => Vec::new(),
        };
        let choices = join_list(&names, lang.pick("atau", "or"));
        lang.pick(
            Text::new(
                format!("{field} dalam berkas bernilai {written}, yang tidak dikenal"),
                format!("Pilih salah satu pada formulir: {choices}."),
            ),
            Text::new(
                format!("{field} in the file is {written}, which is not a known value"),
                format!("Choose one on the form: {choices}."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (at, written, allowed) = (place(d), d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("`{at}` bernilai `{written}`, yang tidak dikenal"),
                format!("Pilih salah satu: {allowed}."),
            ),
            Text::new(
                format!("`{at}` is `{written}`, which is not a known value"),
                format!("Choose one of: {allowed}."),
            ),
        )
    }),
};

/// The text `written` at `pointer`, which is none of `allowed` (a list for the message).
pub fn unknown_choice(pointer: &str, written: &str, allowed: &str) -> Diagnostic {
    Diagnostic::new(&EXPECTED_CHOICE, pointer)
        .arg(written)
        .arg(allowed)
}

/// A date that cannot be read.
pub static BAD_DATE: Message = Message {
    rule: &RULE,
    key: "bad-date",
    form: |d, lang| {
        let (field, written) = (field(d, lang), quoted(d.arg_at(0)));
        lang.pick(
            Text::new(
                format!("{field} bukan tanggal yang terbaca: {written}"),
                "Tulis tanggal seperti 10 Juli 2025.",
            ),
            Text::new(
                format!("{field} is not a readable date: {written}"),
                "Write the date like 10 Juli 2025 (Indonesian month names).",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (at, written) = (place(d), d.arg_at(0));
        lang.pick(
            Text::new(
                format!("`{at}` bukan tanggal yang terbaca: `{written}`"),
                "Tulis tanggal sebagai 2025-07-10 atau 10 Juli 2025.",
            ),
            Text::new(
                format!("`{at}` is not a readable date: `{written}`"),
                "Write the date as 2025-07-10 or 10 Juli 2025.",
            ),
        )
    }),
};

/// The unreadable date `written` at `pointer`.
pub fn bad_date(pointer: impl Into<String>, written: &str) -> Diagnostic {
    Diagnostic::new(&BAD_DATE, pointer).arg(written)
}
