//! Cases run both natively (`tests/parity.rs`) and in the browser (`tests/wasm.rs`), so the
//! wasm build is shown to report exactly what the CLI reports.

use sop_core::model::Category;
use sop_core::{check_source, emit, templates, CheckOptions, Date, Format, LineIndex};

/// The complete example of DESIGN.md §3.
pub const EXAMPLE: &str = include_str!("../data/example.sop.yaml");

/// The findings every template has: the fields only the office can fill in.
pub const TEMPLATE_FINDINGS: &[(&str, &str)] = &[
    ("SOP103", "/identitas/nomor"),
    ("SOP106", "/identitas/tanggal_pembuatan"),
    ("SOP107", "/identitas/tanggal_efektif"),
    ("SOP109", "/identitas/disahkan_oleh/nama"),
    ("SOP110", "/identitas/disahkan_oleh/nip"),
];

/// One document and what checking it must report.
pub struct Case {
    /// A name for failure messages.
    pub name: String,
    /// The file's text.
    pub text: String,
    /// Its syntax.
    pub format: Format,
    /// Every finding, as `(code, pointer)`, in report order.
    pub expected: Vec<(&'static str, &'static str)>,
    /// `(code, pointer, text on that line)`: findings whose place in the file is checked.
    pub placed: Vec<(&'static str, &'static str, &'static str)>,
}

/// Today for the time-dependent rules, as the CLI's `--today 2026-11-27`.
pub fn options() -> CheckOptions {
    CheckOptions {
        today: Date::new(2026, 11, 27),
        ..CheckOptions::default()
    }
}

/// Every case.
pub fn cases() -> Vec<Case> {
    let mut cases = vec![
        Case {
            name: "example".into(),
            text: EXAMPLE.into(),
            format: Format::Yaml,
            expected: Vec::new(),
            placed: Vec::new(),
        },
        Case {
            // A decision with one branch: SOP403 on its cabang, and the row only that
            // branch reached (step 3) is now unreachable.
            name: "example with a one-branch decision".into(),
            text: EXAMPLE.replace("      - { label: Tidak lengkap, ke: 3 }\n", ""),
            format: Format::Yaml,
            expected: vec![("SOP403", "/kegiatan/1/cabang"), ("SOP406", "/kegiatan/2")],
            placed: vec![("SOP403", "/kegiatan/1/cabang", "label: Lengkap, ke: 4")],
        },
        Case {
            // YAML 1.2: a bare `no` is text, not false; a misspelt key is SOP003.
            name: "example with a bare no and a misspelt key".into(),
            text: EXAMPLE
                .replace("tanggal_efektif: 2025-08-01", "tanggal_efektf: 2025-08-01")
                .replace(
                    "uraian: Mengembalikan permohonan untuk dilengkapi",
                    "uraian: no",
                ),
            format: Format::Yaml,
            expected: vec![
                ("SOP107", "/identitas/tanggal_efektif"),
                ("SOP003", "/identitas/tanggal_efektf"),
            ],
            placed: vec![("SOP003", "/identitas/tanggal_efektf", "tanggal_efektf")],
        },
        Case {
            name: "broken YAML".into(),
            text: "format: sop/1\nidentitas: [\n".into(),
            format: Format::Yaml,
            expected: vec![("SOP001", "")],
            placed: Vec::new(),
        },
    ];
    if let Ok(json) = emit::to_string(&sop_core::parse(EXAMPLE, Format::Yaml).sop, Format::Json) {
        cases.push(Case {
            name: "example as JSON".into(),
            text: json,
            format: Format::Json,
            expected: Vec::new(),
            placed: Vec::new(),
        });
    }
    for category in Category::ALL {
        cases.push(Case {
            name: format!("template {}", category.key()),
            text: templates::template(category).into(),
            format: Format::Yaml,
            expected: TEMPLATE_FINDINGS.to_vec(),
            placed: Vec::new(),
        });
    }
    cases
}

/// Checks one case; `Err` says what differs.
pub fn run(case: &Case) -> Result<(), String> {
    let (parsed, report) = check_source(&case.text, case.format, &options());
    let found: Vec<(&str, &str)> = report
        .diagnostics
        .iter()
        .map(|d| (d.code(), d.pointer.as_str()))
        .collect();
    if found != case.expected {
        return Err(format!(
            "{}: expected {:?}, found {:?}",
            case.name, case.expected, found
        ));
    }
    let lines = LineIndex::new(&case.text);
    for (code, pointer, on_line) in &case.placed {
        let diagnostic = report
            .diagnostics
            .iter()
            .find(|d| d.code() == *code && d.pointer == *pointer)
            .ok_or_else(|| format!("{}: no {code} at {pointer}", case.name))?;
        let span = parsed
            .span_of(diagnostic)
            .ok_or_else(|| format!("{}: {code} has no place in the file", case.name))?;
        let line = lines.position(span.start).line;
        let text = case.text.lines().nth(line - 1).unwrap_or_default();
        if !text.contains(on_line) {
            return Err(format!(
                "{}: {code} placed on line {line} {text:?}, expected the line with {on_line:?}",
                case.name
            ));
        }
    }
    Ok(())
}

/// YAML 1.2: a bare `no` is the text "no", a bare number a text too where text belongs.
pub fn bare_scalars_are_text() -> Result<(), String> {
    let text = EXAMPLE.replace(
        "uraian: Mengembalikan permohonan untuk dilengkapi",
        "uraian: no",
    );
    let parsed = sop_core::parse(&text, Format::Yaml);
    match parsed.sop.steps.get(2).map(|s| s.description.as_str()) {
        Some("no") => Ok(()),
        other => Err(format!("uraian read as {other:?}")),
    }
}
