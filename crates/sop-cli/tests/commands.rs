//! `sopcheck rules`, `explain`, `new`, `schema`, `convert`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{fixtures, Scratch};
use insta::assert_snapshot;
use serde_json::Value;
use sop_core::node::{Node, Value as NodeValue};
use sop_core::{rules, Format};

// ------------------------------------------------------------------ rules

#[test]
fn rules_lists_the_whole_registry() {
    let s = Scratch::new();
    let out = s.run(&["rules"]);
    assert_eq!(out.code, 0);
    let mut lines = out.stdout.lines();
    let head: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(head, ["KODE", "NAMA", "TINGKAT", "F", "KELOMPOK"]);
    for rule in rules::all() {
        let row = out
            .stdout
            .lines()
            .find(|l| l.starts_with(rule.code))
            .unwrap_or_else(|| panic!("{} missing", rule.code));
        let cells: Vec<&str> = row.split_whitespace().collect();
        let f = if rule.signing { vec!["F"] } else { vec![] };
        let expected: Vec<&str> = [rule.code, rule.name, rule.severity.key()]
            .into_iter()
            .chain(f)
            .chain([rule.group.key()])
            .collect();
        assert_eq!(cells, expected);
    }
    let en = s.run(&["--lang", "en", "rules"]);
    assert!(en.stdout.starts_with("CODE "), "{}", en.stdout);
}

#[test]
fn rules_as_json() {
    let s = Scratch::new();
    let out = s.run(&["rules", "--format", "json"]);
    assert_eq!(out.code, 0);
    let list = out.json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), rules::all().count());
    let first = &list[0];
    assert_eq!(first["code"], "SOP001");
    assert_eq!(first["name"], "parse-error");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["signing"], false);
    assert_eq!(first["group"], "format");
    assert!(first["what"].is_string());
}

// ------------------------------------------------------------------ explain

#[test]
fn explain_a_rule_in_both_languages() {
    let s = Scratch::new();
    let id = s.run(&["explain", "SOP003"]);
    assert_snapshot!("explain_sop003_id", id.snap());
    let en = s.run(&["explain", "--lang", "en", "unknown-key"]);
    assert_snapshot!("explain_sop003_en", en.snap());
    let lower = s.run(&["explain", "sop003"]);
    assert_eq!(lower.stdout, id.stdout, "codes are case-insensitive");
}

#[test]
fn explain_every_rule_has_what_why_and_source() {
    let s = Scratch::new();
    for rule in rules::all() {
        let out = s.run(&["explain", "--lang", "en", rule.code]);
        assert_eq!(out.code, 0, "{}", rule.code);
        for heading in ["What it checks:", "Why:", "Source:"] {
            assert!(out.stdout.contains(heading), "{}: {heading}", rule.code);
        }
    }
}

#[test]
fn explain_an_unknown_code_is_exit_2_with_the_closest() {
    let s = Scratch::new();
    let out = s.run(&["explain", "--lang", "en", "SOP0003"]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr
            .starts_with("error: unknown rule code `SOP0003`; the closest: SOP003 (unknown-key)"),
        "{}",
        out.stderr
    );
    let out = s.run(&["explain", "decision-branch"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("SOP403 (decision-branches)"),
        "{}",
        out.stderr
    );
}

// ------------------------------------------------------------------ new

#[test]
fn new_prints_or_writes_the_template_and_never_overwrites() {
    let s = Scratch::new();
    // The template, dated: `tanggal_pembuatan` is today (here pinned with --today).
    let dated = |category| {
        sop_core::templates::template(category).replacen(
            "tanggal_pembuatan: \"\"     #",
            "tanggal_pembuatan: 2026-11-27  #",
            1,
        )
    };
    let out = s.run(&[
        "new",
        "--kategori",
        "layanan_informasi_publik",
        "--today",
        "2026-11-27",
    ]);
    assert_eq!(out.code, 0);
    assert_eq!(
        out.stdout,
        dated(sop_core::model::Category::LayananInformasiPublik)
    );

    let out = s.run(&[
        "new",
        "--kategori",
        "pembuatan_berita",
        "--today=2026-11-27",
        "-o",
        "berita.sop.yaml",
    ]);
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        "Templat pembuatan_berita ditulis ke berita.sop.yaml.\n"
    );
    let written = s.read("berita.sop.yaml");
    assert_eq!(written, dated(sop_core::model::Category::PembuatanBerita));

    s.write("berita.sop.yaml", "milik pengguna\n");
    let again = s.run(&["new", "--kategori", "umum", "-o", "berita.sop.yaml"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("sudah ada"), "{}", again.stderr);
    assert_eq!(s.read("berita.sop.yaml"), "milik pengguna\n", "untouched");

    let bad = s.run(&["new", "--lang", "en", "--kategori", "berita"]);
    assert_eq!(bad.code, 2);
    assert_snapshot!("new_unknown_kategori", bad.snap());
}

#[test]
fn every_template_checks_without_a_parse_or_shape_error() {
    let s = Scratch::new();
    for category in sop_core::model::Category::ALL {
        let out = s.run(&["new", "--kategori", category.key()]);
        let checked = s.run_with(
            &["check", "--today=2026-11-27", "--format", "json", "-"],
            &[],
            Some(&out.stdout),
        );
        let codes = common::codes(&checked.json());
        // SOP106: `new` dated it (the system date here).
        for bad in ["SOP001", "SOP002", "SOP003", "SOP005", "SOP106"] {
            assert!(
                !codes.contains(&bad.to_string()),
                "{}: {bad}",
                category.key()
            );
        }
    }
}

// ------------------------------------------------------------------ schema

/// A YAML/JSON/TOML file as JSON, read through the core's tree (YAML 1.2 core schema:
/// plain `true`/`false` are booleans, plain integers are numbers, everything else text).
fn as_json(text: &str, format: Format) -> Value {
    fn convert(node: &Node) -> Value {
        match &node.value {
            NodeValue::Null => Value::Null,
            NodeValue::Scalar(s) if s.quoted => Value::String(s.text.clone()),
            NodeValue::Scalar(s) => match s.text.as_str() {
                "true" | "True" | "TRUE" => Value::Bool(true),
                "false" | "False" | "FALSE" => Value::Bool(false),
                t => t
                    .parse::<i64>()
                    .map_or_else(|_| Value::String(t.to_string()), Value::from),
            },
            NodeValue::List(items) => Value::Array(items.iter().map(convert).collect()),
            NodeValue::Map(entries) => Value::Object(
                entries
                    .iter()
                    .map(|e| (e.key.clone(), convert(&e.node)))
                    .collect(),
            ),
        }
    }
    convert(&sop_core::parse::read_tree(text, format).expect("readable"))
}

fn schema() -> Value {
    let out = Scratch::new().run(&["schema"]);
    assert_eq!(out.code, 0);
    out.json()
}

#[test]
fn schema_is_valid_draft_2020_12() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(schema["$id"]
        .as_str()
        .unwrap()
        .ends_with("/schema/sop-1.schema.json"));
    assert!(schema["title"].as_str().unwrap().contains("sop/1"));
    if let Err(e) = jsonschema::draft202012::meta::validate(&schema) {
        panic!("not a valid Draft 2020-12 schema: {e}");
    }
    // Only formats that every validator knows (ajv rejects unknown ones such as uint32).
    let text = schema.to_string();
    assert!(!text.contains("uint32"), "{text}");
}

#[test]
fn schema_accepts_the_example_and_every_template() {
    let schema = schema();
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let mut documents = vec![
        (
            "complete.sop.yaml".to_string(),
            as_json(
                &std::fs::read_to_string(fixtures().join("complete.sop.yaml")).unwrap(),
                Format::Yaml,
            ),
        ),
        (
            "complete.sop.toml".to_string(),
            as_json(
                &std::fs::read_to_string(fixtures().join("complete.sop.toml")).unwrap(),
                Format::Toml,
            ),
        ),
        (
            "complete.sop.json".to_string(),
            serde_json::from_str(
                &std::fs::read_to_string(fixtures().join("complete.sop.json")).unwrap(),
            )
            .unwrap(),
        ),
    ];
    for (category, text) in sop_core::templates::all() {
        documents.push((category.key().to_string(), as_json(text, Format::Yaml)));
    }
    for (name, doc) in &documents {
        let errors: Vec<String> = validator
            .iter_errors(doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn schema_rejects_wrong_shapes() {
    let schema = schema();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    for bad in [
        "format: sop/2\n",
        "kategori: rahasia\n",
        "dasar_hukum: Undang-Undang Nomor 14 Tahun 2008\n",
        "kegiatan:\n  - nomor: satu\n",
        "kegiatan:\n  - nomor: 1\n    simbol: lingkaran\n",
        "identitas:\n  disahkan_oleh: Kepala\n",
    ] {
        assert!(
            !validator.is_valid(&as_json(bad, Format::Yaml)),
            "accepted: {bad}"
        );
    }
}

// ------------------------------------------------------------------ convert

#[test]
fn convert_round_trips_between_yaml_json_and_toml() {
    let s = Scratch::with(&["complete.sop.yaml"]);
    let json = s.run(&["convert", "complete.sop.yaml", "--to", "json"]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    assert_eq!(
        json.stdout,
        std::fs::read_to_string(fixtures().join("complete.sop.json")).unwrap()
    );
    assert!(json.stderr.contains("komentar YAML"), "{}", json.stderr);
    s.write("a.sop.json", &json.stdout);
    let toml = s.run(&["convert", "a.sop.json", "--to", "toml", "-o", "b.sop.toml"]);
    assert_eq!(
        (toml.code, toml.stdout.as_str(), toml.stderr.as_str()),
        (0, "", "")
    );
    let yaml = s.run(&["convert", "b.sop.toml", "--to", "yaml", "-o", "c.sop.yaml"]);
    assert_eq!(yaml.code, 0, "{}", yaml.stderr);
    for file in ["a.sop.json", "b.sop.toml", "c.sop.yaml"] {
        let out = s.run(&["check", "--today=2026-11-27", file]);
        assert_eq!(out.code, 0, "{file}: {}", out.stdout);
        assert!(out.stdout.contains("12/12"), "{file}: {}", out.stdout);
    }
    let exists = s.run(&[
        "convert",
        "complete.sop.yaml",
        "--to",
        "toml",
        "-o",
        "b.sop.toml",
    ]);
    assert_eq!(exists.code, 2, "never overwrites");
}

#[test]
fn convert_refuses_a_file_with_sop001_and_warns_about_findings() {
    let s = Scratch::with(&["syntax-error.sop.yaml", "unknown-key.sop.yaml"]);
    let out = s.run(&["convert", "syntax-error.sop.yaml", "--to", "json"]);
    assert_snapshot!("convert_syntax_error", out.snap());
    let out = s.run(&[
        "convert",
        "--lang",
        "en",
        "unknown-key.sop.yaml",
        "--to",
        "json",
    ]);
    assert_eq!(out.code, 0);
    assert!(!out.stdout.contains("tanggal_efektf"));
    assert!(
        out.stderr
            .contains("warning[SOP003]: Unknown key `tanggal_efektf`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("warning: 1 unknown key (SOP003) is left out"),
        "{}",
        out.stderr
    );
    let out = s.run(&["convert", "missing.sop.yaml", "--to", "json"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "kesalahan: missing.sop.yaml: tidak dapat dibaca: tidak ada\n"
    );
}

// ------------------------------------------------------------------ render

#[test]
fn render_writes_the_official_format_as_html() {
    let s = Scratch::with(&[
        "complete.sop.yaml",
        "syntax-error.sop.yaml",
        "decision.sop.yaml",
        "logo-kpu.svg",
    ]);
    let out = s.run(&["render", "complete.sop.yaml", "-o", "ppid.html"]);
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", "")
    );
    let html = s.read("ppid.html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<title>SOP Pelayanan Permohonan Informasi Publik</title>"));
    assert!(html.contains("<svg"));
    assert!(
        !html.contains("class=\"watermark\""),
        "berlaku: no DRAF watermark"
    );
    let again = s.run(&["render", "complete.sop.yaml", "-o", "ppid.html"]);
    assert_eq!(again.code, 0, "a rendering is derived: it is replaced");

    let stdout = s.run(&["render", "--lang", "en", "decision.sop.yaml"]);
    assert_eq!(stdout.code, 0);
    assert!(stdout.stdout.contains("<svg"));
    assert!(
        stdout
            .stderr
            .contains("is not complete (2 errors); rendered as it is"),
        "{}",
        stdout.stderr
    );

    let broken = s.run(&["render", "syntax-error.sop.yaml"]);
    assert_eq!(broken.code, 2);
    assert!(broken.stderr.contains("SOP001"), "{}", broken.stderr);
    let onto_itself = s.run(&["render", "complete.sop.yaml", "-o", "./complete.sop.yaml"]);
    assert_eq!(onto_itself.code, 2);
    assert!(s.read("complete.sop.yaml").starts_with("format: sop/1"));
}
