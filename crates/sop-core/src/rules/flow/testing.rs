//! Test support for the flow rules: small documents with one lane and given steps.

use crate::rules::testing::findings;

/// A document with the example's header, one lane `a` and `steps` (YAML flow-style rows).
pub(crate) fn doc(steps: &[&str]) -> String {
    let mut text = String::from(
        "format: sop/1\nkategori: umum\nstatus: diajukan\npelaksana:\n  - { id: a, nama: Petugas }\nkegiatan:\n",
    );
    for row in steps {
        text.push_str("  - ");
        text.push_str(row);
        text.push('\n');
    }
    text
}

/// The pointers of the findings of `code`.
pub(crate) fn pointers(report: &crate::Report, code: &str) -> Vec<String> {
    findings(report, code)
        .iter()
        .map(|d| d.pointer.clone())
        .collect()
}
