//! The form's words for the file format: the label of every field as the web form shows
//! it, the names of the choices (kategori, status, simbol, penilaian) and the 7 evaluation
//! criteria, in Bahasa Indonesia and English. The form wording of messages names fields
//! with these words, never with file keys; the web app shows the same words on the form,
//! so a message and the field it points at say the same thing.

use crate::keys::{
    branch, criteria, evaluation, identity, lane, monitoring, quality, root, signer, step, Shape,
};
use crate::messages::{quoted, Bilingual, Lang};
use crate::model::{Category, Status, Symbol};
use crate::pointer::segments;

const fn both(id: &'static str, en: &'static str) -> Bilingual {
    Bilingual { id, en }
}

/// The 7 evaluation criteria of Permenpan RB 35/2012 (Bab V, Tabel 8), in the order of
/// [`criteria::KEYS`], worded as the regulation words them.
pub const CRITERIA: [Bilingual; 7] = [
    both(
        "Mampu mendorong peningkatan kinerja",
        "Helps to improve performance",
    ),
    both("Mudah dipahami", "Easy to understand"),
    both("Mudah dilaksanakan", "Easy to carry out"),
    both(
        "Semua orang dapat menjalankan perannya masing-masing",
        "Everyone can perform their own role",
    ),
    both(
        "Mampu mengatasi permasalahan yang berkaitan dengan proses",
        "Solves the problems that arise in the process",
    ),
    both(
        "Mampu menjawab kebutuhan peningkatan kinerja organisasi",
        "Meets the organisation's need to improve performance",
    ),
    both(
        "Sinergi satu dengan lainnya",
        "Works in synergy with other procedures",
    ),
];

/// The criterion written as `key` in the file (`mudah_dipahami`).
pub fn criterion(key: &str) -> Option<Bilingual> {
    let index = criteria::KEYS.iter().position(|k| *k == key)?;
    CRITERIA.get(index).copied()
}

/// The name of a kategori on the form ("Layanan Informasi Publik").
pub fn category(category: Category) -> Bilingual {
    match category {
        Category::Umum => both("Umum", "General"),
        Category::PembuatanBerita => both("Pembuatan Berita", "Writing news releases"),
        Category::KpuMengajar => both("KPU Mengajar", "KPU Mengajar (school programme)"),
        Category::LayananInformasiPublik => {
            both("Layanan Informasi Publik", "Public information service")
        }
        Category::KeberatanInformasi => both(
            "Keberatan Informasi Publik",
            "Objections to information decisions",
        ),
        Category::AdministrasiSdm => both("Administrasi SDM", "HR administration"),
    }
}

/// The name of a status on the form ("Berlaku").
pub fn status(status: Status) -> Bilingual {
    match status {
        Status::Draf => both("Draf", "Draft"),
        Status::Diajukan => both("Diajukan", "Submitted"),
        Status::Berlaku => both("Berlaku", "In force"),
        Status::Dicabut => both("Dicabut", "Revoked"),
    }
}

/// The name of a flowchart symbol on the form ("Keputusan").
pub fn symbol(symbol: Symbol) -> Bilingual {
    match symbol {
        Symbol::Mulai => both("Mulai", "Start"),
        Symbol::Proses => both("Proses", "Process"),
        Symbol::Keputusan => both("Keputusan", "Decision"),
        Symbol::Selesai => both("Selesai", "End"),
    }
}

/// The two answers of a monitoring record's penilaian (Permenpan RB 35/2012, Tabel 7), as
/// written in the file and as the form names them.
pub const ASSESSMENTS: [(&str, Bilingual); 2] = [
    (
        "berjalan_baik",
        both("Berjalan dengan baik", "Working well"),
    ),
    (
        "tidak_berjalan_baik",
        both("Tidak berjalan dengan baik", "Not working well"),
    ),
];

/// The label of field `key` of mapping `shape` on the form ("Uraian Kegiatan").
pub fn field(shape: Shape, key: &str) -> Option<Bilingual> {
    Some(match (shape, key) {
        (Shape::Root, root::FORMAT) => both("Versi format", "Format version"),
        (Shape::Root, root::KATEGORI) => both("Kategori", "Category"),
        (Shape::Root, root::STATUS) => both("Status SOP", "SOP status"),
        (Shape::Root, root::IDENTITAS) => both("Identitas", "Identity"),
        (Shape::Root, root::TUJUAN) => both("Tujuan", "Purpose"),
        (Shape::Root, root::DASAR_HUKUM) => both("Dasar Hukum", "Legal basis"),
        (Shape::Root, root::KUALIFIKASI_PELAKSANA) => {
            both("Kualifikasi Pelaksana", "Implementer qualifications")
        }
        (Shape::Root, root::KETERKAITAN) => both("Keterkaitan", "Related SOPs"),
        (Shape::Root, root::PERALATAN_PERLENGKAPAN) => both("Peralatan/Perlengkapan", "Equipment"),
        (Shape::Root, root::PERINGATAN) => both("Peringatan", "Warnings"),
        (Shape::Root, root::PENCATATAN_PENDATAAN) => both("Pencatatan dan Pendataan", "Records"),
        (Shape::Root, root::PELAKSANA) => both("Pelaksana", "Implementers"),
        (Shape::Root, root::KEGIATAN) => both("Alur kerja", "Workflow"),
        (Shape::Root, root::MONITORING) => both("Monitoring", "Monitoring records"),
        (Shape::Root, root::EVALUASI) => both("Evaluasi", "Evaluations"),
        (Shape::Identity, identity::INSTANSI) => both("Instansi", "Agency"),
        (Shape::Identity, identity::UNIT) => both("Unit Kerja", "Work unit"),
        (Shape::Identity, identity::LOGO) => both("Logo", "Logo"),
        (Shape::Identity, identity::NOMOR) => both("Nomor SOP", "SOP number"),
        (Shape::Identity, identity::NAMA) => both("Nama SOP", "SOP name"),
        (Shape::Identity, identity::TANGGAL_PEMBUATAN) => both("Tanggal Pembuatan", "Date drafted"),
        (Shape::Identity, identity::TANGGAL_REVISI) => both("Tanggal Revisi", "Revision date"),
        (Shape::Identity, identity::TANGGAL_EFEKTIF) => both("Tanggal Efektif", "Effective date"),
        (Shape::Identity, identity::DISAHKAN_OLEH) => both("Disahkan oleh", "Approved by"),
        (Shape::Identity, identity::JENIS) => both("Jenis SOP", "SOP type"),
        (Shape::Signer, signer::JABATAN) => both("Jabatan", "Position"),
        (Shape::Signer, signer::NAMA) => both("Nama pejabat", "Official's name"),
        (Shape::Signer, signer::NIP) => both("NIP", "NIP"),
        (Shape::Lane, lane::ID) => both("Kode singkat", "Short code"),
        (Shape::Lane, lane::NAMA) => both("Nama jabatan pelaksana", "Implementer's position"),
        (Shape::Step, step::NOMOR) => both("Nomor", "Number"),
        (Shape::Step, step::URAIAN) => both("Uraian Kegiatan", "Activity"),
        (Shape::Step, step::PELAKSANA) => both("Pelaksana", "Performed by"),
        (Shape::Step, step::SIMBOL) => both("Simbol", "Symbol"),
        (Shape::Step, step::CABANG) => both("Cabang keputusan", "Decision branches"),
        (Shape::Step, step::KE) => both("Langkah berikutnya", "Next step"),
        (Shape::Step, step::MUTU_BAKU) => both("Mutu Baku", "Quality standard"),
        (Shape::Step, step::KETERANGAN) => both("Keterangan", "Remarks"),
        (Shape::Branch, branch::LABEL) => both("Label jawaban", "Answer label"),
        (Shape::Branch, branch::KE) => both("Ke langkah", "Go to step"),
        (Shape::Quality, quality::KELENGKAPAN) => both("Kelengkapan", "Requirements"),
        (Shape::Quality, quality::WAKTU) => both("Waktu", "Time"),
        (Shape::Quality, quality::OUTPUT) => both("Output", "Output"),
        (Shape::Monitoring, monitoring::TANGGAL) | (Shape::Evaluation, evaluation::TANGGAL) => {
            both("Tanggal", "Date")
        }
        (Shape::Monitoring, monitoring::PENILAIAN) => both("Penilaian", "Assessment"),
        (Shape::Monitoring, monitoring::CATATAN) => {
            both("Catatan hasil penilaian", "Assessment notes")
        }
        (Shape::Monitoring, monitoring::TINDAKAN) => {
            both("Tindakan yang harus diambil", "Action to be taken")
        }
        (Shape::Monitoring, monitoring::PENILAI) => {
            both("Penilai (paraf)", "Assessed by (initials)")
        }
        (Shape::Evaluation, evaluation::PENILAI) => both("Penilai", "Assessed by"),
        (Shape::Evaluation, evaluation::KRITERIA) => {
            both("Kriteria evaluasi", "Evaluation criteria")
        }
        (Shape::Evaluation, evaluation::CATATAN) => both("Catatan", "Notes"),
        _ => return None,
    })
}

/// Item `index` (0-based) of list `key` of the document as the form heads it: "Dasar
/// Hukum 2", "Pelaksana 2", "baris kegiatan ke-2", "Monitoring 2", "Evaluasi 2", and
/// "Cabang 2" of a step's `cabang`.
pub fn item(key: &str, index: usize, lang: Lang) -> String {
    let n = index + 1;
    let (id, en) = match key {
        root::KEGIATAN => {
            return lang.pick(format!("baris kegiatan ke-{n}"), format!("step row {n}"))
        }
        root::DASAR_HUKUM => ("Dasar Hukum", "Legal basis"),
        root::KUALIFIKASI_PELAKSANA => ("Kualifikasi Pelaksana", "Qualification"),
        root::KETERKAITAN => ("Keterkaitan", "Related SOP"),
        root::PERALATAN_PERLENGKAPAN => ("Peralatan/Perlengkapan", "Equipment"),
        root::PERINGATAN => ("Peringatan", "Warning"),
        root::PENCATATAN_PENDATAAN => ("Pencatatan dan Pendataan", "Record"),
        root::PELAKSANA => ("Pelaksana", "Implementer"),
        root::MONITORING => ("Monitoring", "Monitoring record"),
        root::EVALUASI => ("Evaluasi", "Evaluation"),
        step::CABANG => ("Cabang", "Branch"),
        identity::JENIS => ("Jenis SOP", "SOP type"),
        other => (other, other),
    };
    format!("{} {n}", lang.pick(id, en))
}

/// The place a document pointer names, as the form names it: "Dasar Hukum", "Dasar Hukum
/// 2", "Waktu pada baris kegiatan ke-4", "NIP pada bagian Disahkan oleh", "Tanggal pada
/// Evaluasi 1", "kriteria “Mudah dipahami” pada Evaluasi 1"; the whole file for the empty
/// pointer. A key the format does not know is quoted as written.
pub fn place(pointer: &str, lang: Lang) -> String {
    // The innermost field, and the items (or groups) holding it, outermost first.
    let mut inner: Option<String> = None;
    let mut containers: Vec<String> = Vec::new();
    let mut shape = Some(Shape::Root);
    // The list whose index may come next, and a group the next key is a field of.
    let mut list: Option<String> = None;
    let mut group: Option<String> = None;
    for segment in segments(pointer) {
        if let (Ok(index), Some(key)) = (segment.parse::<usize>(), list.take()) {
            containers.push(item(&key, index, lang));
            inner = None;
            continue;
        }
        containers.extend(group.take());
        let label = match shape {
            Some(Shape::Criteria) => criterion(&segment).map(|c| {
                let name = quoted(c.get(lang));
                lang.pick(format!("kriteria {name}"), format!("the criterion {name}"))
            }),
            Some(s) => field(s, &segment).map(|l| l.get(lang).to_string()),
            None => None,
        };
        inner = Some(label.unwrap_or_else(|| quoted(&segment)));
        if shape == Some(Shape::Identity) && segment == identity::DISAHKAN_OLEH {
            group = Some(lang.pick(
                "bagian Disahkan oleh".to_string(),
                "the Approved by section".to_string(),
            ));
        }
        let is_list = matches!(
            (shape, segment.as_str()),
            (Some(Shape::Root), _)
                | (Some(Shape::Step), step::CABANG)
                | (Some(Shape::Identity), identity::JENIS)
        );
        list = is_list.then(|| segment.clone());
        shape = shape.and_then(|s| s.child(&segment));
    }
    containers.reverse();
    let outer = containers.join(", ");
    match inner {
        Some(inner) if outer.is_empty() => inner,
        Some(inner) => lang.pick(
            format!("{inner} pada {outer}"),
            format!("{inner} in {outer}"),
        ),
        None if outer.is_empty() => lang.pick("berkas".to_string(), "the file".to_string()),
        None => outer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::Shape;

    #[test]
    fn every_key_of_the_format_has_a_label() {
        // Criteria are labelled by `CRITERIA`, not by key.
        for shape in Shape::ALL.into_iter().filter(|s| *s != Shape::Criteria) {
            for key in shape.keys() {
                let label = field(shape, key).unwrap_or_else(|| panic!("{shape:?} {key}"));
                assert!(!label.id.contains('_') && !label.en.contains('_'), "{key}");
            }
        }
        for key in criteria::KEYS {
            assert!(criterion(key).is_some(), "{key}");
        }
    }

    #[test]
    fn places_read_as_the_form_names_them() {
        let id = |p: &str| place(p, Lang::Id);
        let en = |p: &str| place(p, Lang::En);
        assert_eq!(id(""), "berkas");
        assert_eq!(id("/dasar_hukum"), "Dasar Hukum");
        assert_eq!(id("/dasar_hukum/1"), "Dasar Hukum 2");
        assert_eq!(en("/dasar_hukum/1"), "Legal basis 2");
        assert_eq!(id("/identitas/tanggal_pembuatan"), "Tanggal Pembuatan");
        assert_eq!(
            id("/identitas/disahkan_oleh/nip"),
            "NIP pada bagian Disahkan oleh"
        );
        assert_eq!(id("/pelaksana/1/id"), "Kode singkat pada Pelaksana 2");
        assert_eq!(id("/kegiatan/3"), "baris kegiatan ke-4");
        assert_eq!(
            id("/kegiatan/3/mutu_baku/waktu"),
            "Waktu pada baris kegiatan ke-4"
        );
        assert_eq!(en("/kegiatan/3/mutu_baku/waktu"), "Time in step row 4");
        assert_eq!(
            id("/kegiatan/0/cabang/1/ke"),
            "Ke langkah pada Cabang 2, baris kegiatan ke-1"
        );
        assert_eq!(en("/kegiatan/0/cabang/1"), "Branch 2, step row 1");
        assert_eq!(id("/monitoring/0/penilaian"), "Penilaian pada Monitoring 1");
        assert_eq!(
            id("/evaluasi/1/kriteria/mudah_dipahami"),
            "kriteria \u{201c}Mudah dipahami\u{201d} pada Evaluasi 2"
        );
        assert_eq!(
            id("/identitas/tanggal_efektf"),
            "\u{201c}tanggal_efektf\u{201d}"
        );
    }
}
