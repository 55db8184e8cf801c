//! Test support for the step rules: documents with the example's lanes and given steps.

/// The example's `kegiatan` replaced by `rows` (each `(nomor, uraian, pelaksana, simbol)`,
/// every step with a full mutu baku).
pub(crate) fn steps(rows: &[(&str, &str, &str, &str)]) -> String {
    let mut yaml = String::from("kegiatan:\n");
    for (nomor, uraian, pelaksana, simbol) in rows {
        yaml.push_str("  -");
        if !nomor.is_empty() {
            yaml.push_str(&format!(" nomor: {nomor}\n   "));
        }
        yaml.push_str(&format!(
            " uraian: {uraian}\n    pelaksana: {pelaksana}\n    simbol: {simbol}\n"
        ));
        yaml.push_str("    mutu_baku: { kelengkapan: Berkas, waktu: 5 menit, output: Hasil }\n");
    }
    yaml
}
