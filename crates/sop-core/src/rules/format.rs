//! SOP0xx: reading the file. SOP001–SOP004 are reported by the reader
//! ([`crate::parse`]); SOP005 checks the format marker on the model.

#[cfg(feature = "docs")]
use super::Docs;
use super::{Check, Context, Group, Rule};
use crate::diagnostic::{Diagnostic, Severity};
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::FORMAT_V1;

/// The rules of this group, in code order.
pub(super) static RULES: &[Rule] = &[SOP001, SOP002, SOP003, SOP004, SOP005];

const SOP001: Rule = Rule {
    code: "SOP001",
    name: "parse-error",
    severity: Severity::Error,
    signing: false,
    group: Group::Format,
    check: Check::Reader,
    message: sop001_message,
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Berkas bukan YAML, JSON atau TOML yang sah, atau melampaui batas ukuran dan kedalaman.",
            en: "The file is not valid YAML, JSON or TOML, or exceeds the size and nesting limits.",
        },
        why: Bilingual {
            id: "Isi berkas tidak dapat dibaca sama sekali sampai kesalahan penulisan diperbaiki.",
            en: "Nothing in the file can be read until the syntax error is fixed.",
        },
        source: "YAML 1.2 (yaml.org/spec/1.2.2), RFC 8259 (JSON), TOML 1.0",
        fires: "kegiatan: [\n  - nomor: 1\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Menerima permohonan\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

fn sop001_message(d: &Diagnostic, lang: Lang) -> Text {
    let a = d.arg_at(0);
    let b = d.arg_at(1);
    let c = d.arg_at(2);
    let (id, en) = match d.kind {
        "duplicate-key" => (
            (
                format!("Kunci `{a}` ditulis dua kali (pertama di baris {b}, kolom {c})"),
                "Hapus salah satu; setiap kunci hanya boleh muncul sekali dalam satu bagian.".to_string(),
            ),
            (
                format!("Key `{a}` is written twice (first at line {b}, column {c})"),
                "Remove one of them; each key may appear only once in a section.".to_string(),
            ),
        ),
        "second-document" => (
            (
                "Berkas berisi lebih dari satu dokumen YAML".to_string(),
                "Simpan setiap SOP dalam berkasnya sendiri; hapus pemisah `---` kedua.".to_string(),
            ),
            (
                "The file holds more than one YAML document".to_string(),
                "Keep each SOP in its own file; remove the second `---` separator.".to_string(),
            ),
        ),
        "complex-key" => (
            (
                "Kunci harus berupa teks".to_string(),
                "Tulis kunci sebagai kata biasa, misalnya `nama:`.".to_string(),
            ),
            (
                "A key must be text".to_string(),
                "Write the key as a plain word, for example `nama:`.".to_string(),
            ),
        ),
        "too-deep" => (
            (
                format!("Susunan bertingkat lebih dari {a} lapis"),
                "SOP hanya perlu beberapa tingkat; periksa tanda kurung atau indentasi yang tidak tertutup.".to_string(),
            ),
            (
                format!("Nesting deeper than {a} levels"),
                "An SOP needs only a few levels; look for unclosed brackets or runaway indentation.".to_string(),
            ),
        ),
        "too-many-nodes" => (
            (
                format!("Berkas berisi lebih dari {a} nilai"),
                "Bagi SOP yang sangat besar menjadi beberapa SOP.".to_string(),
            ),
            (
                format!("The file holds more than {a} values"),
                "Split a very large SOP into several SOPs.".to_string(),
            ),
        ),
        "alias-expansion" => (
            (
                format!("Alias YAML (`*nama`) menyalin lebih dari {a} nilai"),
                "Tulis nilainya langsung; alias bertingkat tidak diperlukan dalam SOP.".to_string(),
            ),
            (
                format!("YAML aliases (`*name`) copy more than {a} values"),
                "Write the values out; nested aliases are not needed in an SOP.".to_string(),
            ),
        ),
        "too-large" => (
            (
                format!("Berkas berukuran {a} bita, melebihi batas {b} bita"),
                "Periksa apakah ini memang berkas SOP, atau naikkan batas dengan `--max-file-size`.".to_string(),
            ),
            (
                format!("The file is {a} bytes, over the limit of {b} bytes"),
                "Check that this is really an SOP file, or raise the limit with `--max-file-size`.".to_string(),
            ),
        ),
        "invalid-utf8" => (
            (
                format!("Berkas bukan teks UTF-8 yang sah (bita ke-{a})"),
                "Simpan ulang berkas dengan pengodean UTF-8.".to_string(),
            ),
            (
                format!("The file is not valid UTF-8 text (at byte {a})"),
                "Save the file again with UTF-8 encoding.".to_string(),
            ),
        ),
        "control-char" => (
            (
                format!("Berkas berisi karakter kendali {a} yang tidak boleh ada dalam teks"),
                "Berkas ini kemungkinan bukan teks atau rusak; hapus karakter itu atau simpan ulang sebagai teks UTF-8.".to_string(),
            ),
            (
                format!("The file contains the control character {a}, which text may not hold"),
                "The file is probably not text or is damaged; remove the character or save it again as UTF-8 text.".to_string(),
            ),
        ),
        "toml-unsupported" => (
            (
                "Berkas TOML tidak didukung di sini".to_string(),
                "Gunakan YAML atau JSON, atau periksa berkas dengan `sopcheck`.".to_string(),
            ),
            (
                "TOML files are not supported here".to_string(),
                "Use YAML or JSON, or check the file with `sopcheck`.".to_string(),
            ),
        ),
        syntax => {
            let name = match syntax {
                "json" => "JSON",
                "toml" => "TOML",
                _ => "YAML",
            };
            (
                (
                    format!("Berkas bukan {name} yang sah: {a}"),
                    "Periksa indentasi, tanda titik dua, tanda kutip dan kurung di sekitar posisi ini.".to_string(),
                ),
                (
                    format!("The file is not valid {name}: {a}"),
                    "Check indentation, colons, quotes and brackets around this position.".to_string(),
                ),
            )
        }
    };
    Text::pick(lang, id, en)
}

const SOP002: Rule = Rule {
    code: "SOP002",
    name: "wrong-type",
    severity: Severity::Error,
    signing: false,
    group: Group::Format,
    check: Check::Reader,
    message: sop002_message,
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

fn found_name(found: &str, lang: Lang) -> &'static str {
    match (found, lang) {
        ("list", Lang::Id) => "daftar",
        ("list", Lang::En) => "a list",
        ("map", Lang::Id) => "kumpulan kunci",
        ("map", Lang::En) => "a mapping",
        ("null", Lang::Id) => "kosong",
        ("null", Lang::En) => "nothing",
        (_, Lang::Id) => "teks",
        (_, Lang::En) => "text",
    }
}

fn sop002_message(d: &Diagnostic, lang: Lang) -> Text {
    let at = if d.pointer.is_empty() {
        "/"
    } else {
        d.pointer.as_str()
    };
    let a = d.arg_at(0);
    let b = d.arg_at(1);
    let found = found_name(a, lang);
    let (id, en) = match d.kind {
        "expected-list" => (
            (
                format!("`{at}` harus berupa daftar, bukan {found}"),
                "Tulis setiap butir pada baris sendiri yang diawali `- `.".to_string(),
            ),
            (
                format!("`{at}` must be a list, not {found}"),
                "Write each item on its own line starting with `- `.".to_string(),
            ),
        ),
        "expected-map" => (
            (
                format!("`{at}` harus berisi kunci dan nilai, bukan {found}"),
                "Tulis isinya sebagai `kunci: nilai` pada baris-baris yang menjorok.".to_string(),
            ),
            (
                format!("`{at}` must hold keys and values, not {found}"),
                "Write its content as indented `key: value` lines.".to_string(),
            ),
        ),
        "expected-text" => (
            (
                format!("`{at}` harus berupa teks, bukan {found}"),
                "Tulis satu teks saja; gunakan tanda kutip bila teks berisi titik dua.".to_string(),
            ),
            (
                format!("`{at}` must be text, not {found}"),
                "Write a single text; quote it if it contains a colon.".to_string(),
            ),
        ),
        "expected-number" => (
            (
                format!("`{at}` harus berupa nomor langkah (bilangan bulat), bukan `{a}`"),
                "Tulis nomor langkah seperti `3`.".to_string(),
            ),
            (
                format!("`{at}` must be a step number (a whole number), not `{a}`"),
                "Write a step number such as `3`.".to_string(),
            ),
        ),
        "expected-choice" => (
            (
                format!("`{at}` bernilai `{a}`, yang tidak dikenal"),
                format!("Pilih salah satu: {b}."),
            ),
            (
                format!("`{at}` is `{a}`, which is not a known value"),
                format!("Choose one of: {b}."),
            ),
        ),
        "bad-date" => (
            (
                format!("`{at}` bukan tanggal yang terbaca: `{a}`"),
                "Tulis tanggal sebagai 2025-07-10 atau 10 Juli 2025.".to_string(),
            ),
            (
                format!("`{at}` is not a readable date: `{a}`"),
                "Write the date as 2025-07-10 or 10 Juli 2025.".to_string(),
            ),
        ),
        _ => (
            (format!("`{at}` berbentuk salah"), String::new()),
            (format!("`{at}` has the wrong shape"), String::new()),
        ),
    };
    Text::pick(lang, id, en)
}

const SOP003: Rule = Rule {
    code: "SOP003",
    name: "unknown-key",
    severity: Severity::Warning,
    signing: false,
    group: Group::Format,
    check: Check::Reader,
    message: |d, lang| {
        let key = d.arg_at(0);
        let hint = d.args.get(1);
        match (lang, hint) {
            (Lang::Id, Some(s)) => Text::new(
                format!("Kunci `{key}` tidak dikenal"),
                format!("Mungkin maksudnya `{s}`? Kunci yang tidak dikenal diabaikan."),
            ),
            (Lang::Id, None) => Text::new(
                format!("Kunci `{key}` tidak dikenal"),
                "Periksa ejaannya terhadap format SOP (`sopcheck schema`); kunci ini diabaikan.",
            ),
            (Lang::En, Some(s)) => Text::new(
                format!("Unknown key `{key}`"),
                format!("Did you mean `{s}`? Unknown keys are ignored."),
            ),
            (Lang::En, None) => Text::new(
                format!("Unknown key `{key}`"),
                "Check its spelling against the SOP format (`sopcheck schema`); the key is ignored.",
            ),
        }
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kunci yang tidak dikenal format SOP; disarankan kunci terdekat bila ada.",
            en: "A key the SOP format does not know; the closest known key is suggested.",
        },
        why: Bilingual {
            id: "Salah ketik pada kunci membuat isinya hilang diam-diam dari SOP.",
            en: "A misspelt key silently drops its content from the SOP.",
        },
        source: "Format berkas SOP versi 1 (DESIGN.md §3)",
        fires: "identitas:\n  tanggal_efektf: 2025-08-01\n",
        passes: "identitas:\n  tanggal_efektif: 2025-08-01\n",
    },
};

const SOP004: Rule = Rule {
    code: "SOP004",
    name: "legacy-alias",
    severity: Severity::Warning,
    signing: false,
    group: Group::Format,
    check: Check::Reader,
    message: |d, lang| {
        let (alias, standard) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Kunci lama `{alias}` dipakai; kunci bakunya `{standard}`"),
                format!("Ganti `{alias}:` dengan `{standard}:`."),
            ),
            Text::new(
                format!("Legacy key `{alias}` used; the standard key is `{standard}`"),
                format!("Replace `{alias}:` with `{standard}:`."),
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Nama kunci lama yang masih diterima (`tanggal_pengesahan`, `judul`, `uraian_kegiatan`, `persyaratan`) dipakai sebagai ganti kunci baku.",
            en: "An accepted legacy key (`tanggal_pengesahan`, `judul`, `uraian_kegiatan`, `persyaratan`) is used instead of the standard key.",
        },
        why: Bilingual {
            id: "Satu nama untuk satu hal memudahkan pencarian dan pengolahan SOP antar-unit.",
            en: "One name for one thing keeps SOPs searchable and processable across units.",
        },
        source: "Format berkas SOP versi 1 (DESIGN.md §3)",
        fires: "identitas:\n  judul: Pelayanan Permohonan Informasi Publik\n  nama: null\n",
        passes: "identitas:\n  nama: Pelayanan Permohonan Informasi Publik\n",
    },
};

const SOP005: Rule = Rule {
    code: "SOP005",
    name: "format-version",
    severity: Severity::Error,
    signing: false,
    group: Group::Format,
    check: Check::Document(sop005_check),
    message: |d, lang| {
        let found = d.arg_at(0);
        match (d.kind, lang) {
            ("missing", Lang::Id) => Text::new(
                "Versi format tidak ditulis; dianggap `sop/1`",
                "Tambahkan `format: sop/1` pada baris pertama.",
            ),
            ("missing", Lang::En) => Text::new(
                "The format version is missing; `sop/1` is assumed",
                "Add `format: sop/1` as the first line.",
            ),
            (_, Lang::Id) => Text::new(
                format!("Versi format `{found}` tidak dikenal"),
                "Alat ini membaca `format: sop/1`.",
            ),
            (_, Lang::En) => Text::new(
                format!("Unknown format version `{found}`"),
                "This tool reads `format: sop/1`.",
            ),
        }
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`format` bukan `sop/1` (bila tidak ada: peringatan, dianggap versi 1).",
            en: "`format` is not `sop/1` (missing: a warning, version 1 assumed).",
        },
        why: Bilingual {
            id: "Versi format memastikan berkas dibaca dengan aturan yang benar di masa depan.",
            en: "The version keeps files readable with the right rules in the future.",
        },
        source: "Format berkas SOP versi 1 (DESIGN.md §3)",
        fires: "format: sop/2\n",
        passes: "format: sop/1\n",
    },
};

fn sop005_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let format = cx.sop.format.trim();
    if format.is_empty() {
        out.push(Diagnostic::new("SOP005", "/format", "missing").severity(Severity::Warning));
    } else if format != FORMAT_V1 {
        out.push(Diagnostic::new("SOP005", "/format", "").arg(format));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_yaml, codes};

    #[test]
    fn missing_format_is_a_warning() {
        let report = check_yaml("kategori: umum\n");
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.code == "SOP005")
            .unwrap();
        assert_eq!(d.severity, crate::Severity::Warning);
        assert!(!codes(&check_yaml("format: sop/1\n")).contains(&"SOP005"));
    }

    #[test]
    fn syntax_error_points_at_the_place() {
        let (parsed, _) =
            crate::check_source("a: [1, 2\nb: 3\n", crate::Format::Yaml, &Default::default());
        let d = &parsed.diagnostics[0];
        assert_eq!(d.code, "SOP001");
        assert!(d.span.is_some());
    }
}
