//! `sopcheck render`: the official layout as printable HTML and the flowchart as SVG.
//! The SVG snapshots (the design example and the three real SOPs of the corpus) were
//! reviewed by eye as PNG screenshots (headless Chromium) against the signed originals.

mod common;

use std::path::Path;

use common::run_in;

fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn flowchart_svg_snapshots() {
    for (name, file) in [
        ("example", "crates/sop-core/tests/data/example.sop.yaml"),
        (
            "pengaduan",
            "tests/fixtures/corpus/bps-bengkulu_layanan-pengaduan.sop.yaml",
        ),
        (
            "belanja_pegawai",
            "tests/fixtures/corpus/bps-bengkulu_pengajuan-belanja-pegawai.sop.yaml",
        ),
        (
            "sharing_knowledge",
            "tests/fixtures/corpus/bps-bengkulu_sharing-knowledge-antar-pegawai.sop.yaml",
        ),
    ] {
        let out = run_in(&root(), &["render", "--format", "svg", file], &[], None);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stdout.starts_with("<svg "));
        insta::assert_snapshot!(format!("render_svg_{name}"), out.stdout);
    }
}

#[test]
fn html_has_every_page_and_a_watermark_only_for_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let example =
        std::fs::read_to_string(root().join("crates/sop-core/tests/data/example.sop.yaml"))
            .unwrap();
    std::fs::write(dir.path().join("final.sop.yaml"), &example).unwrap();
    std::fs::write(
        dir.path().join("draft.sop.yaml"),
        example.replace("status: berlaku", "status: draf"),
    )
    .unwrap();
    let out = run_in(
        dir.path(),
        &["render", "final.sop.yaml", "-o", "final.html"],
        &[],
        None,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = std::fs::read_to_string(dir.path().join("final.html")).unwrap();
    assert_eq!(html.matches("<section class=\"sheet\">").count(), 2);
    assert!(!html.contains(">DRAF<"));
    assert!(html.contains("@page { size: A4 landscape"));
    let out = run_in(dir.path(), &["render", "draft.sop.yaml"], &[], None);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains(">DRAF<"));
    // The SOP file itself is never overwritten.
    let out = run_in(
        dir.path(),
        &["render", "draft.sop.yaml", "-o", "draft.sop.yaml"],
        &[],
        None,
    );
    assert_eq!(out.code, 2);
}

#[test]
fn no_steps_means_no_flowchart() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.sop.yaml"), "format: sop/1\n").unwrap();
    let out = run_in(
        dir.path(),
        &["render", "--format", "svg", "a.sop.yaml"],
        &[],
        None,
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("belum memiliki kegiatan"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_logo_file_is_embedded_and_a_missing_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let example =
        std::fs::read_to_string(root().join("crates/sop-core/tests/data/example.sop.yaml"))
            .unwrap();
    std::fs::write(dir.path().join("a.sop.yaml"), &example).unwrap();
    // No logo-kpu.svg beside the SOP: printed without it, and the user is told which.
    let out = run_in(dir.path(), &["render", "a.sop.yaml"], &[], None);
    assert_eq!(out.code, 0);
    assert!(
        out.stderr.contains("logo logo-kpu.svg tidak dicetak"),
        "{}",
        out.stderr
    );
    assert!(!out.stdout.contains("<image"));
    // With the file, it is embedded (the HTML prints anywhere) in the identity block.
    std::fs::write(
        dir.path().join("logo-kpu.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>",
    )
    .unwrap();
    let out = run_in(dir.path(), &["render", "a.sop.yaml"], &[], None);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert!(
        out.stdout
            .contains("<image href=\"data:image/svg+xml;base64,"),
        "{}",
        &out.stdout[..2000.min(out.stdout.len())]
    );
}
