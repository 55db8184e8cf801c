//! The keys of the SOP file format (DESIGN.md §3), in one place: one module per mapping of
//! the format, each with a constant per key, the keys in the order a document is written
//! ([`Shape::keys`]) and the accepted legacy aliases ([`Shape::aliases`]). The reader
//! (`parse/lower.rs`), the YAML writer (`emit.rs`), the order of findings
//! (`pointer::document_order`) and the rules' pointers all read them from here.
//! The serde renames of the model must be literals; a test keeps them equal.

/// The document itself.
pub mod root {
    /// `format`: the format marker.
    pub const FORMAT: &str = "format";
    /// `kategori`.
    pub const KATEGORI: &str = "kategori";
    /// `status`.
    pub const STATUS: &str = "status";
    /// `identitas`: the identity block.
    pub const IDENTITAS: &str = "identitas";
    /// `tujuan`: the purpose.
    pub const TUJUAN: &str = "tujuan";
    /// `dasar_hukum`: the legal basis.
    pub const DASAR_HUKUM: &str = "dasar_hukum";
    /// `kualifikasi_pelaksana`: the implementers' qualifications.
    pub const KUALIFIKASI_PELAKSANA: &str = "kualifikasi_pelaksana";
    /// `keterkaitan`: related SOPs.
    pub const KETERKAITAN: &str = "keterkaitan";
    /// `peralatan_perlengkapan`: equipment.
    pub const PERALATAN_PERLENGKAPAN: &str = "peralatan_perlengkapan";
    /// `peringatan`: warnings.
    pub const PERINGATAN: &str = "peringatan";
    /// `pencatatan_pendataan`: records.
    pub const PENCATATAN_PENDATAAN: &str = "pencatatan_pendataan";
    /// `pelaksana`: the swimlanes.
    pub const PELAKSANA: &str = "pelaksana";
    /// `kegiatan`: the steps.
    pub const KEGIATAN: &str = "kegiatan";
    /// `monitoring`: the monitoring records.
    pub const MONITORING: &str = "monitoring";
    /// `evaluasi`: the evaluations.
    pub const EVALUASI: &str = "evaluasi";

    /// Every key, in document order.
    pub const KEYS: &[&str] = &[
        FORMAT,
        KATEGORI,
        STATUS,
        IDENTITAS,
        TUJUAN,
        DASAR_HUKUM,
        KUALIFIKASI_PELAKSANA,
        KETERKAITAN,
        PERALATAN_PERLENGKAPAN,
        PERINGATAN,
        PENCATATAN_PENDATAAN,
        PELAKSANA,
        KEGIATAN,
        MONITORING,
        EVALUASI,
    ];
}

/// `identitas`.
pub mod identity {
    /// `instansi`: the agency.
    pub const INSTANSI: &str = "instansi";
    /// `unit`: the organisational unit.
    pub const UNIT: &str = "unit";
    /// `logo`.
    pub const LOGO: &str = "logo";
    /// `nomor`: the SOP number.
    pub const NOMOR: &str = "nomor";
    /// `nama`: the SOP's name.
    pub const NAMA: &str = "nama";
    /// `tanggal_pembuatan`: the creation date.
    pub const TANGGAL_PEMBUATAN: &str = "tanggal_pembuatan";
    /// `tanggal_revisi`: the revision or planned review date.
    pub const TANGGAL_REVISI: &str = "tanggal_revisi";
    /// `tanggal_efektif`: the effective date.
    pub const TANGGAL_EFEKTIF: &str = "tanggal_efektif";
    /// `disahkan_oleh`: the signing official.
    pub const DISAHKAN_OLEH: &str = "disahkan_oleh";
    /// `jenis`: the classification.
    pub const JENIS: &str = "jenis";

    /// Every key, in document order.
    pub const KEYS: &[&str] = &[
        INSTANSI,
        UNIT,
        LOGO,
        NOMOR,
        NAMA,
        TANGGAL_PEMBUATAN,
        TANGGAL_REVISI,
        TANGGAL_EFEKTIF,
        DISAHKAN_OLEH,
        JENIS,
    ];
    /// Legacy keys still read (SOP004), with the key they stand for.
    pub const ALIASES: &[(&str, &str)] =
        &[("tanggal_pengesahan", TANGGAL_EFEKTIF), ("judul", NAMA)];
}

/// `identitas.disahkan_oleh`.
pub mod signer {
    /// `jabatan`: the position.
    pub const JABATAN: &str = "jabatan";
    /// `nama`: the name.
    pub const NAMA: &str = "nama";
    /// `nip`: the civil-servant number.
    pub const NIP: &str = "nip";

    /// Every key, in document order.
    pub const KEYS: &[&str] = &[JABATAN, NAMA, NIP];
}

/// One item of `pelaksana`.
pub mod lane {
    /// `id`: the short id steps refer to.
    pub const ID: &str = "id";
    /// `nama`: the role's name.
    pub const NAMA: &str = "nama";

    /// Every key, in document order.
    pub const KEYS: &[&str] = &[ID, NAMA];
}

/// One item of `kegiatan`.
pub mod step {
    /// `nomor`: the step number.
    pub const NOMOR: &str = "nomor";
    /// `uraian`: what is done.
    pub const URAIAN: &str = "uraian";
    /// `pelaksana`: the lane(s) doing it.
    pub const PELAKSANA: &str = "pelaksana";
    /// `simbol`: the flowchart shape.
    pub const SIMBOL: &str = "simbol";
    /// `cabang`: a decision's outcomes.
    pub const CABANG: &str = "cabang";
    /// `ke`: the next step.
    pub const KE: &str = "ke";
    /// `mutu_baku`: the quality standard.
    pub const MUTU_BAKU: &str = "mutu_baku";
    /// `keterangan`: remarks.
    pub const KETERANGAN: &str = "keterangan";

    /// Every key, in document order.
    pub const KEYS: &[&str] = &[
        NOMOR, URAIAN, PELAKSANA, SIMBOL, CABANG, KE, MUTU_BAKU, KETERANGAN,
    ];
    /// Legacy keys still read (SOP004), with the key they stand for.
    pub const ALIASES: &[(&str, &str)] = &[("uraian_kegiatan", URAIAN)];
}

/// One item of a step's `cabang`.
pub mod branch {
    /// `label`: the outcome.
    pub const LABEL: &str = "label";
    /// `ke`: the step it leads to.
    pub const KE: &str = "ke";

    /// Every key, in document order.
    pub const KEYS: &[&str] = &[LABEL, KE];
}

/// A step's `mutu_baku`.
pub mod quality {
    /// `kelengkapan`: inputs and requirements.
    pub const KELENGKAPAN: &str = "kelengkapan";
    /// `waktu`: the time.
    pub const WAKTU: &str = "waktu";
    /// `output`.
    pub const OUTPUT: &str = "output";

    /// Every key, in document order.
    pub const KEYS: &[&str] = &[KELENGKAPAN, WAKTU, OUTPUT];
    /// Legacy keys still read (SOP004), with the key they stand for.
    pub const ALIASES: &[(&str, &str)] = &[("persyaratan", KELENGKAPAN)];
}

/// One item of `monitoring`.
pub mod monitoring {
    /// `tanggal`: the date.
    pub const TANGGAL: &str = "tanggal";
    /// `penilaian`: `berjalan_baik` or `tidak_berjalan_baik`.
    pub const PENILAIAN: &str = "penilaian";
    /// `catatan`: notes.
    pub const CATATAN: &str = "catatan";
    /// `tindakan`: action taken.
    pub const TINDAKAN: &str = "tindakan";
    /// `penilai`: who assessed.
    pub const PENILAI: &str = "penilai";

    /// Every key, in document order.
    pub const KEYS: &[&str] = &[TANGGAL, PENILAIAN, CATATAN, TINDAKAN, PENILAI];
}

/// One item of `evaluasi`.
pub mod evaluation {
    /// `tanggal`: the date.
    pub const TANGGAL: &str = "tanggal";
    /// `penilai`: who evaluated.
    pub const PENILAI: &str = "penilai";
    /// `kriteria`: the 7 answers.
    pub const KRITERIA: &str = "kriteria";
    /// `catatan`: notes.
    pub const CATATAN: &str = "catatan";

    /// Every key, in document order.
    pub const KEYS: &[&str] = &[TANGGAL, PENILAI, KRITERIA, CATATAN];
}

/// An evaluation's `kriteria`: the 7 criteria of Permenpan RB 35/2012, in its order.
pub mod criteria {
    /// Mampu mendorong peningkatan kinerja.
    pub const MENDORONG_KINERJA: &str = "mendorong_kinerja";
    /// Mudah dipahami.
    pub const MUDAH_DIPAHAMI: &str = "mudah_dipahami";
    /// Mudah dilaksanakan.
    pub const MUDAH_DILAKSANAKAN: &str = "mudah_dilaksanakan";
    /// Semua orang dapat menjalankan perannya masing-masing.
    pub const PERAN_JELAS: &str = "peran_jelas";
    /// Mampu mengatasi permasalahan.
    pub const MENGATASI_MASALAH: &str = "mengatasi_masalah";
    /// Mampu menjawab kebutuhan peningkatan kinerja organisasi.
    pub const MENJAWAB_KEBUTUHAN: &str = "menjawab_kebutuhan";
    /// Sinergi satu dengan lainnya.
    pub const SINERGI: &str = "sinergi";

    /// Every key, in the regulation's order.
    pub const KEYS: [&str; 7] = [
        MENDORONG_KINERJA,
        MUDAH_DIPAHAMI,
        MUDAH_DILAKSANAKAN,
        PERAN_JELAS,
        MENGATASI_MASALAH,
        MENJAWAB_KEBUTUHAN,
        SINERGI,
    ];
}

/// A mapping of the format: which keys it has and which mapping each key holds (directly,
/// or as the items of a list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The document.
    Root,
    /// `identitas`.
    Identity,
    /// `identitas.disahkan_oleh`.
    Signer,
    /// An item of `pelaksana`.
    Lane,
    /// An item of `kegiatan`.
    Step,
    /// An item of a step's `cabang`.
    Branch,
    /// A step's `mutu_baku`.
    Quality,
    /// An item of `monitoring`.
    Monitoring,
    /// An item of `evaluasi`.
    Evaluation,
    /// An evaluation's `kriteria`.
    Criteria,
}

impl Shape {
    /// Every mapping of the format.
    pub const ALL: [Shape; 10] = [
        Shape::Root,
        Shape::Identity,
        Shape::Signer,
        Shape::Lane,
        Shape::Step,
        Shape::Branch,
        Shape::Quality,
        Shape::Monitoring,
        Shape::Evaluation,
        Shape::Criteria,
    ];

    /// The keys of this mapping, in document order.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Shape::Root => root::KEYS,
            Shape::Identity => identity::KEYS,
            Shape::Signer => signer::KEYS,
            Shape::Lane => lane::KEYS,
            Shape::Step => step::KEYS,
            Shape::Branch => branch::KEYS,
            Shape::Quality => quality::KEYS,
            Shape::Monitoring => monitoring::KEYS,
            Shape::Evaluation => evaluation::KEYS,
            Shape::Criteria => &criteria::KEYS,
        }
    }

    /// The legacy keys this mapping still reads, with the key each stands for.
    pub fn aliases(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Shape::Identity => identity::ALIASES,
            Shape::Step => step::ALIASES,
            Shape::Quality => quality::ALIASES,
            _ => &[],
        }
    }

    /// The mapping `key` holds (for a list, the mapping of its items), if any.
    pub fn child(self, key: &str) -> Option<Shape> {
        Some(match (self, key) {
            (Shape::Root, root::IDENTITAS) => Shape::Identity,
            (Shape::Root, root::PELAKSANA) => Shape::Lane,
            (Shape::Root, root::KEGIATAN) => Shape::Step,
            (Shape::Root, root::MONITORING) => Shape::Monitoring,
            (Shape::Root, root::EVALUASI) => Shape::Evaluation,
            (Shape::Identity, identity::DISAHKAN_OLEH) => Shape::Signer,
            (Shape::Step, step::CABANG) => Shape::Branch,
            (Shape::Step, step::MUTU_BAKU) => Shape::Quality,
            (Shape::Evaluation, evaluation::KRITERIA) => Shape::Criteria,
            _ => return None,
        })
    }

    /// The place of `key` among this mapping's keys.
    pub fn position(self, key: &str) -> Option<usize> {
        self.keys().iter().position(|k| *k == key)
    }
}

#[cfg(test)]
mod tests {
    use super::Shape;
    use crate::model::{
        Branch, Criteria, Evaluation, Identity, Lane, MonitoringRecord, QualityStandard, Signer,
        Sop, Step,
    };

    /// The keys serde writes for a value with every field filled, in the order it writes them.
    fn serde_keys(value: &impl serde::Serialize) -> Vec<String> {
        match serde_json::to_value(value) {
            Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
            other => panic!("not a mapping: {other:?}"),
        }
    }

    fn sorted(keys: &[&str]) -> Vec<String> {
        let mut keys: Vec<String> = keys.iter().map(|k| (*k).to_string()).collect();
        keys.sort();
        keys
    }

    #[test]
    fn the_models_serde_names_are_these_keys() {
        let text = |t: &str| t.to_string();
        let texts = || vec![text("x")];
        let criteria = Criteria {
            mendorong_kinerja: text("ya"),
            mudah_dipahami: text("ya"),
            mudah_dilaksanakan: text("ya"),
            peran_jelas: text("ya"),
            mengatasi_masalah: text("ya"),
            menjawab_kebutuhan: text("ya"),
            sinergi: text("ya"),
        };
        let signer = Signer {
            position: text("x"),
            name: text("x"),
            nip: text("x"),
        };
        let identity = Identity {
            agency: text("x"),
            unit: text("x"),
            logo: text("x"),
            number: text("x"),
            name: text("x"),
            created: text("x"),
            revised: text("x"),
            effective: text("x"),
            approved_by: signer.clone(),
            kind: texts(),
        };
        let lane = Lane {
            id: text("x"),
            name: text("x"),
        };
        let branch = Branch {
            label: text("x"),
            target: Some(1),
        };
        let quality = QualityStandard {
            requirements: text("x"),
            time: text("x"),
            output: text("x"),
        };
        let step = Step {
            number: Some(1),
            description: text("x"),
            performers: texts(),
            symbol: text("proses"),
            branches: vec![branch.clone()],
            next: Some(1),
            quality: quality.clone(),
            remarks: text("x"),
        };
        let monitoring = MonitoringRecord {
            date: text("x"),
            assessment: text("x"),
            notes: text("x"),
            action: text("x"),
            assessor: text("x"),
        };
        let evaluation = Evaluation {
            date: text("x"),
            assessor: text("x"),
            criteria: criteria.clone(),
            notes: text("x"),
        };
        let sop = Sop {
            format: text("sop/1"),
            purpose: text("x"),
            legal_basis: texts(),
            qualifications: texts(),
            related: texts(),
            equipment: texts(),
            warnings: texts(),
            records: texts(),
            lanes: vec![lane.clone()],
            steps: vec![step.clone()],
            monitoring: vec![monitoring.clone()],
            evaluations: vec![evaluation.clone()],
            identity: identity.clone(),
            ..Sop::default()
        };
        // serde_json keeps the keys sorted, so compare the sets.
        for (shape, keys) in [
            (Shape::Root, serde_keys(&sop)),
            (Shape::Identity, serde_keys(&identity)),
            (Shape::Signer, serde_keys(&signer)),
            (Shape::Lane, serde_keys(&lane)),
            (Shape::Step, serde_keys(&step)),
            (Shape::Branch, serde_keys(&branch)),
            (Shape::Quality, serde_keys(&quality)),
            (Shape::Monitoring, serde_keys(&monitoring)),
            (Shape::Evaluation, serde_keys(&evaluation)),
            (Shape::Criteria, serde_keys(&criteria)),
        ] {
            let mut keys = keys;
            keys.sort();
            assert_eq!(keys, sorted(shape.keys()), "{shape:?}");
        }
    }

    #[test]
    fn keys_are_unique_and_aliases_lead_to_keys() {
        for shape in Shape::ALL {
            let keys = shape.keys();
            let mut unique = sorted(keys);
            unique.dedup();
            assert_eq!(unique.len(), keys.len(), "{shape:?}");
            for (alias, standard) in shape.aliases() {
                assert!(shape.position(standard).is_some(), "{shape:?} {alias}");
                assert!(shape.position(alias).is_none(), "{shape:?} {alias}");
            }
            for key in keys {
                if let Some(child) = shape.child(key) {
                    assert_ne!(child, shape);
                }
            }
        }
    }
}
