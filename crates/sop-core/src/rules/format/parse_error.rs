//! SOP001 `parse-error`: the file cannot be read at all. Reported by the reader
//! (`parse/mod.rs`) and by the CLI for a file over the size limit.

#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Text};
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::source::Span;

/// SOP001.
pub static RULE: Rule = Rule {
    code: "SOP001",
    name: "parse-error",
    severity: Severity::Error,
    signing: false,
    group: Group::Format,
    counts: Counts::Nowhere,
    check: Check::Reader,
    messages: &[
        &SYNTAX,
        &DUPLICATE_KEY,
        &SECOND_DOCUMENT,
        &COMPLEX_KEY,
        &TOO_DEEP,
        &TOO_MANY_NODES,
        &ALIAS_EXPANSION,
        &TOO_LARGE,
        &INVALID_UTF8,
        &CONTROL_CHAR,
        &TOML_UNSUPPORTED,
    ],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Berkas bukan YAML, JSON, atau TOML yang sah, atau melampaui batas ukuran dan kedalaman.",
            en: "The file is not valid YAML, JSON, or TOML, or exceeds the size and nesting limits.",
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

/// The syntax (`YAML`, `JSON`, `TOML`) is broken; the parser says how.
pub static SYNTAX: Message = Message {
    rule: &RULE,
    key: "syntax",
    form: |d, lang| {
        let (detail, name) = (quoted(d.arg_at(0)), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Berkas bukan {name} yang sah: {detail}"),
                "Perbaiki berkas di sekitar posisi ini (indentasi, tanda titik dua, tanda kutip, dan kurung), lalu impor lagi.",
            ),
            Text::new(
                format!("The file is not valid {name}: {detail}"),
                "Fix the file around this position (indentation, colons, quotes, and brackets), then import it again.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (detail, name) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Berkas bukan {name} yang sah: {detail}"),
                "Periksa indentasi, tanda titik dua, tanda kutip, dan kurung di sekitar posisi ini.",
            ),
            Text::new(
                format!("The file is not valid {name}: {detail}"),
                "Check indentation, colons, quotes, and brackets around this position.",
            ),
        )
    }),
};

/// A file that is not valid `syntax` (`YAML`, `JSON`, `TOML`): the parser's `detail` at `span`.
pub fn syntax(syntax: &str, detail: impl Into<String>, span: Span) -> Diagnostic {
    Diagnostic::new(&SYNTAX, "")
        .arg(detail)
        .arg(syntax)
        .at(span)
}

/// A key is written twice in one mapping.
pub static DUPLICATE_KEY: Message = Message {
    rule: &RULE,
    key: "duplicate-key",
    form: |d, lang| {
        let (key, line, column) = (quoted(d.arg_at(0)), d.arg_at(1), d.arg_at(2));
        lang.pick(
            Text::new(
                format!("Isian {key} ditulis dua kali dalam berkas (pertama di baris {line}, kolom {column})"),
                "Hapus salah satunya dari berkas, lalu impor lagi.",
            ),
            Text::new(
                format!("The field {key} is written twice in the file (first at line {line}, column {column})"),
                "Remove one of them from the file, then import it again.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (key, line, column) = (d.arg_at(0), d.arg_at(1), d.arg_at(2));
        lang.pick(
            Text::new(
                format!("Kunci `{key}` ditulis dua kali (pertama di baris {line}, kolom {column})"),
                "Hapus salah satu; setiap kunci hanya boleh muncul sekali dalam satu bagian.",
            ),
            Text::new(
                format!("Key `{key}` is written twice (first at line {line}, column {column})"),
                "Remove one of them; each key may appear only once in a section.",
            ),
        )
    }),
};

/// `key` written again at `again`, first written at `line`:`column`.
pub fn duplicate_key(
    key: impl Into<String>,
    line: usize,
    column: usize,
    again: Span,
) -> Diagnostic {
    Diagnostic::new(&DUPLICATE_KEY, "")
        .arg(key)
        .arg(line.to_string())
        .arg(column.to_string())
        .at(again)
}

/// A second YAML document in the file.
pub static SECOND_DOCUMENT: Message = Message {
    rule: &RULE,
    key: "second-document",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Berkas berisi lebih dari satu SOP",
                "Simpan setiap SOP dalam berkasnya sendiri, lalu impor satu per satu.",
            ),
            Text::new(
                "The file holds more than one SOP",
                "Keep each SOP in its own file, then import them one by one.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|_, lang| {
        lang.pick(
            Text::new(
                "Berkas berisi lebih dari satu dokumen YAML",
                "Simpan setiap SOP dalam berkasnya sendiri; hapus pemisah `---` kedua.",
            ),
            Text::new(
                "The file holds more than one YAML document",
                "Keep each SOP in its own file; remove the second `---` separator.",
            ),
        )
    }),
};

/// A second document starting at `span`.
pub fn second_document(span: Span) -> Diagnostic {
    Diagnostic::new(&SECOND_DOCUMENT, "").at(span)
}

/// A key that is a list or a mapping.
pub static COMPLEX_KEY: Message = Message {
    rule: &RULE,
    key: "complex-key",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Berkas memuat nama isian yang bukan teks",
                "Perbaiki berkas di posisi ini, lalu impor lagi.",
            ),
            Text::new(
                "The file holds a field name that is not text",
                "Fix the file at this position, then import it again.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|_, lang| {
        lang.pick(
            Text::new(
                "Kunci harus berupa teks",
                "Tulis kunci sebagai kata biasa, misalnya `nama:`.",
            ),
            Text::new(
                "A key must be text",
                "Write the key as a plain word, for example `nama:`.",
            ),
        )
    }),
};

/// A key at `span` that is not text.
pub fn complex_key(span: Span) -> Diagnostic {
    Diagnostic::new(&COMPLEX_KEY, "").at(span)
}

/// Nesting deeper than the limit.
pub static TOO_DEEP: Message = Message {
    rule: &RULE,
    key: "too-deep",
    form: |d, lang| {
        let limit = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Susunan bertingkat lebih dari {limit} lapis"),
                "SOP hanya memerlukan beberapa tingkat; periksa tanda kurung atau indentasi yang tidak tertutup.",
            ),
            Text::new(
                format!("Nesting deeper than {limit} levels"),
                "An SOP needs only a few levels; look for unclosed brackets or runaway indentation.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// Nesting deeper than `limit` levels, reached at `span`.
pub fn too_deep(limit: usize, span: Span) -> Diagnostic {
    Diagnostic::new(&TOO_DEEP, "")
        .arg(limit.to_string())
        .at(span)
}

/// More values than the limit.
pub static TOO_MANY_NODES: Message = Message {
    rule: &RULE,
    key: "too-many-nodes",
    form: |d, lang| {
        let limit = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Berkas berisi lebih dari {limit} nilai"),
                "Bagi SOP yang sangat besar menjadi beberapa SOP.",
            ),
            Text::new(
                format!("The file holds more than {limit} values"),
                "Split a very large SOP into several SOPs.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// More than `limit` values in the file.
pub fn too_many_nodes(limit: usize) -> Diagnostic {
    Diagnostic::new(&TOO_MANY_NODES, "")
        .arg(limit.to_string())
        .at(Span::new(0, 0))
}

/// YAML aliases that copy more values than the limit.
pub static ALIAS_EXPANSION: Message = Message {
    rule: &RULE,
    key: "alias-expansion",
    form: |d, lang| {
        let limit = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Alias dalam berkas menyalin lebih dari {limit} nilai"),
                "Tulis nilainya langsung dalam berkas; alias bertingkat tidak diperlukan dalam SOP.",
            ),
            Text::new(
                format!("Aliases in the file copy more than {limit} values"),
                "Write the values out in the file; nested aliases are not needed in an SOP.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let limit = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Alias YAML (`*nama`) menyalin lebih dari {limit} nilai"),
                "Tulis nilainya langsung; alias bertingkat tidak diperlukan dalam SOP.",
            ),
            Text::new(
                format!("YAML aliases (`*name`) copy more than {limit} values"),
                "Write the values out; nested aliases are not needed in an SOP.",
            ),
        )
    }),
};

/// Aliases copying more than `limit` values, at `span`.
pub fn alias_expansion(limit: usize, span: Span) -> Diagnostic {
    Diagnostic::new(&ALIAS_EXPANSION, "")
        .arg(limit.to_string())
        .at(span)
}

/// A file over the size limit.
pub static TOO_LARGE: Message = Message {
    rule: &RULE,
    key: "too-large",
    form: |d, lang| {
        let (size, limit) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Berkas berukuran {size} bita, melebihi batas {limit} bita"),
                "Periksa apakah ini memang berkas SOP.",
            ),
            Text::new(
                format!("The file is {size} bytes, over the limit of {limit} bytes"),
                "Check that this is really an SOP file.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (size, limit) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Berkas berukuran {size} bita, melebihi batas {limit} bita"),
                "Periksa apakah ini memang berkas SOP, atau naikkan batas dengan `--max-file-size`.",
            ),
            Text::new(
                format!("The file is {size} bytes, over the limit of {limit} bytes"),
                "Check that this is really an SOP file, or raise the limit with `--max-file-size`.",
            ),
        )
    }),
};

/// A file of `size` bytes over the limit of `limit` bytes.
pub fn too_large(size: u64, limit: u64) -> Diagnostic {
    Diagnostic::new(&TOO_LARGE, "")
        .arg(size.to_string())
        .arg(limit.to_string())
        .at(Span::new(0, 0))
}

/// Bytes that are not UTF-8.
pub static INVALID_UTF8: Message = Message {
    rule: &RULE,
    key: "invalid-utf8",
    form: |d, lang| {
        let at = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Berkas bukan teks UTF-8 yang sah (bita ke-{at})"),
                "Simpan ulang berkas dengan pengodean UTF-8.",
            ),
            Text::new(
                format!("The file is not valid UTF-8 text (at byte {at})"),
                "Save the file again with UTF-8 encoding.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// Text that stops being UTF-8 after `valid` bytes; shown at `span`.
pub fn invalid_utf8(valid: usize, span: Span) -> Diagnostic {
    Diagnostic::new(&INVALID_UTF8, "")
        .arg(valid.to_string())
        .at(span)
}

/// A control character no text may hold.
pub static CONTROL_CHAR: Message = Message {
    rule: &RULE,
    key: "control-char",
    form: |d, lang| {
        let c = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Berkas berisi karakter kendali {c} yang tidak boleh ada dalam teks"),
                "Berkas ini kemungkinan bukan teks atau rusak; hapus karakter itu atau simpan ulang sebagai teks UTF-8.",
            ),
            Text::new(
                format!("The file contains the control character {c}, which text may not hold"),
                "The file is probably not text or is damaged; remove the character or save it again as UTF-8 text.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// The control character `c` at `span`.
pub fn control_char(c: char, span: Span) -> Diagnostic {
    Diagnostic::new(&CONTROL_CHAR, "")
        .arg(format!("U+{:04X}", u32::from(c)))
        .at(span)
}

/// A TOML file in a build without TOML (the web app).
pub static TOML_UNSUPPORTED: Message = Message {
    rule: &RULE,
    key: "toml-unsupported",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Berkas TOML tidak didukung di sini",
                "Gunakan berkas YAML atau JSON; berkas TOML dapat diubah dengan perintah sopcheck convert.",
            ),
            Text::new(
                "TOML files are not supported here",
                "Use a YAML or JSON file; the command sopcheck convert turns a TOML file into one.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// A TOML file this build cannot read.
pub fn toml_unsupported() -> Diagnostic {
    Diagnostic::new(&TOML_UNSUPPORTED, "").at(Span::new(0, 0))
}

#[cfg(test)]
mod tests {
    use super::SYNTAX;
    use crate::Lang;

    #[test]
    fn syntax_error_points_at_the_place() {
        let (parsed, _) =
            crate::check_source("a: [1, 2\nb: 3\n", crate::Format::Yaml, &Default::default());
        let d = &parsed.diagnostics[0];
        assert!(d.is(&SYNTAX), "{d:?}");
        assert!(d.span.is_some());
        assert!(d
            .message(Lang::En)
            .message
            .starts_with("The file is not valid YAML: "));
    }
}
