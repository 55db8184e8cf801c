//! Test support for the monitoring and evaluation rules.

/// The 7 criteria, all answered.
pub(crate) const CRITERIA: &str = "{ mendorong_kinerja: ya, mudah_dipahami: ya, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: tidak, menjawab_kebutuhan: ya, sinergi: ya }";

/// One complete evaluation on `date`.
pub(crate) fn evaluation(date: &str) -> String {
    format!("evaluasi:\n  - tanggal: {date}\n    penilai: Kabag\n    kriteria: {CRITERIA}\n")
}

/// One complete monitoring record on `date`.
pub(crate) fn monitoring(date: &str) -> String {
    format!("monitoring:\n  - {{ tanggal: {date}, penilaian: berjalan_baik, penilai: Kasubbag }}\n")
}
