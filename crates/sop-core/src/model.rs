//! The SOP file format, version 1 (DESIGN.md §3), as plain data. Every field may be empty:
//! a draft with half its fields is the normal case, and the rules say what is missing.
//!
//! Field names are English; each official Indonesian key appears once, in the doc comment
//! and the serde rename. Dates are kept as written (ISO `2025-07-10` or `10 Juli 2025`) so
//! that nothing a user typed is lost; [`crate::date`] reads them.

use serde::{Deserialize, Serialize};

/// The current format marker, `sop/1`.
pub const FORMAT_V1: &str = "sop/1";

/// A Standard Operating Procedure (SOP AP, Permenpan RB 35/2012).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Sop {
    /// Format marker; `sop/1`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub format: String,
    /// Kategori: which statutory rules apply.
    #[serde(rename = "kategori")]
    pub category: Category,
    /// Status: draf, diajukan, berlaku or dicabut.
    pub status: Status,
    /// Identitas (the identity block).
    #[serde(rename = "identitas")]
    pub identity: Identity,
    /// Tujuan (purpose).
    #[serde(rename = "tujuan", skip_serializing_if = "String::is_empty")]
    pub purpose: String,
    /// Dasar hukum (legal basis).
    #[serde(rename = "dasar_hukum", skip_serializing_if = "Vec::is_empty")]
    pub legal_basis: Vec<String>,
    /// Kualifikasi pelaksana (qualifications of the implementers).
    #[serde(
        rename = "kualifikasi_pelaksana",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub qualifications: Vec<String>,
    /// Keterkaitan (related SOPs); the single item `-` means none.
    #[serde(rename = "keterkaitan", skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// Peralatan/perlengkapan (equipment).
    #[serde(
        rename = "peralatan_perlengkapan",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub equipment: Vec<String>,
    /// Peringatan (warnings: what happens if the SOP is not followed).
    #[serde(rename = "peringatan", skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Pencatatan dan pendataan (records kept).
    #[serde(rename = "pencatatan_pendataan", skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<String>,
    /// Pelaksana: the swimlane columns, in order.
    #[serde(rename = "pelaksana", skip_serializing_if = "Vec::is_empty")]
    pub lanes: Vec<Lane>,
    /// Kegiatan: the steps, in row order.
    #[serde(rename = "kegiatan", skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    /// Monitoring records (Permenpan Tabel 7, every 6 months).
    #[serde(rename = "monitoring", skip_serializing_if = "Vec::is_empty")]
    pub monitoring: Vec<MonitoringRecord>,
    /// Evaluasi: yearly evaluations against the 7 criteria.
    #[serde(rename = "evaluasi", skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<Evaluation>,
}

/// Kategori: the kind of procedure, which selects statutory rules (SOP6xx).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Umum (general).
    #[default]
    Umum,
    /// Pembuatan berita (writing news releases).
    PembuatanBerita,
    /// KPU Mengajar (school programme).
    KpuMengajar,
    /// Layanan informasi publik (PPID requests, UU 14/2008).
    LayananInformasiPublik,
    /// Keberatan informasi (objections, UU 14/2008 Pasal 35–36).
    KeberatanInformasi,
    /// Administrasi SDM (HR administration).
    AdministrasiSdm,
}

impl Category {
    /// Every category, in the order the format lists them.
    pub const ALL: [Category; 6] = [
        Category::Umum,
        Category::PembuatanBerita,
        Category::KpuMengajar,
        Category::LayananInformasiPublik,
        Category::KeberatanInformasi,
        Category::AdministrasiSdm,
    ];

    /// The key written in files (`layanan_informasi_publik`).
    pub fn key(self) -> &'static str {
        match self {
            Category::Umum => "umum",
            Category::PembuatanBerita => "pembuatan_berita",
            Category::KpuMengajar => "kpu_mengajar",
            Category::LayananInformasiPublik => "layanan_informasi_publik",
            Category::KeberatanInformasi => "keberatan_informasi",
            Category::AdministrasiSdm => "administrasi_sdm",
        }
    }

    /// The category written as `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Status of the document in its life cycle.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Draf: being written; signing-only rules (F) are informational.
    #[default]
    Draf,
    /// Diajukan: submitted for signing.
    Diajukan,
    /// Berlaku: signed and in force.
    Berlaku,
    /// Dicabut: revoked.
    Dicabut,
}

impl Status {
    /// Every status, in life-cycle order.
    pub const ALL: [Status; 4] = [
        Status::Draf,
        Status::Diajukan,
        Status::Berlaku,
        Status::Dicabut,
    ];

    /// The key written in files (`berlaku`).
    pub fn key(self) -> &'static str {
        match self {
            Status::Draf => "draf",
            Status::Diajukan => "diajukan",
            Status::Berlaku => "berlaku",
            Status::Dicabut => "dicabut",
        }
    }

    /// The status written as `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Identitas: the identity block at the head of an SOP.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Identity {
    /// Instansi (the agency).
    #[serde(rename = "instansi", skip_serializing_if = "String::is_empty")]
    pub agency: String,
    /// Unit (the organisational unit).
    #[serde(rename = "unit", skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// Logo file or address (optional).
    #[serde(rename = "logo", skip_serializing_if = "String::is_empty")]
    pub logo: String,
    /// Nomor SOP.
    #[serde(rename = "nomor", skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// Nama SOP (title).
    #[serde(rename = "nama", skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Tanggal pembuatan (date drafted).
    #[serde(rename = "tanggal_pembuatan", skip_serializing_if = "String::is_empty")]
    pub created: String,
    /// Tanggal revisi (revision or planned review date); `-` or empty means none.
    #[serde(rename = "tanggal_revisi", skip_serializing_if = "String::is_empty")]
    pub revised: String,
    /// Tanggal efektif (date signed and in force).
    #[serde(rename = "tanggal_efektif", skip_serializing_if = "String::is_empty")]
    pub effective: String,
    /// Disahkan oleh (the signing official).
    #[serde(rename = "disahkan_oleh", skip_serializing_if = "Signer::is_empty")]
    pub approved_by: Signer,
    /// Jenis: optional classification (administratif, mikro, final, spesifik, …).
    #[serde(rename = "jenis", skip_serializing_if = "Vec::is_empty")]
    pub kind: Vec<String>,
}

/// Disahkan oleh: the official who signs the SOP.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Signer {
    /// Jabatan (position).
    #[serde(rename = "jabatan", skip_serializing_if = "String::is_empty")]
    pub position: String,
    /// Nama (name).
    #[serde(rename = "nama", skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// NIP (civil-servant number, 18 digits; spaces allowed).
    #[serde(rename = "nip", skip_serializing_if = "String::is_empty")]
    pub nip: String,
}

impl Signer {
    /// True when nothing about the signer is filled.
    pub fn is_empty(&self) -> bool {
        self.position.is_empty() && self.name.is_empty() && self.nip.is_empty()
    }
}

/// Pelaksana: one swimlane column of the flowchart.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Lane {
    /// Short id that steps refer to (`petugas`).
    pub id: String,
    /// Nama: the role's name as printed (`Petugas Layanan PPID`).
    #[serde(rename = "nama")]
    pub name: String,
}

/// Simbol: the flowchart shape of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Symbol {
    /// Mulai: the start terminator (capsule).
    Mulai,
    /// Proses: an activity (rectangle).
    Proses,
    /// Keputusan: a decision with two branches (diamond).
    Keputusan,
    /// Selesai: the end terminator (capsule).
    Selesai,
}

impl Symbol {
    /// Every symbol.
    pub const ALL: [Symbol; 4] = [
        Symbol::Mulai,
        Symbol::Proses,
        Symbol::Keputusan,
        Symbol::Selesai,
    ];

    /// The key written in files.
    pub fn key(self) -> &'static str {
        match self {
            Symbol::Mulai => "mulai",
            Symbol::Proses => "proses",
            Symbol::Keputusan => "keputusan",
            Symbol::Selesai => "selesai",
        }
    }

    /// The symbol written as `key` (case and surrounding spaces ignored).
    pub fn from_key(key: &str) -> Option<Self> {
        let key = key.trim().to_lowercase();
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Kegiatan: one row of the procedure table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Step {
    /// Nomor: the step number that `ke` and cabang refer to.
    #[serde(rename = "nomor", skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// Uraian kegiatan (what is done, starting with an active verb).
    #[serde(rename = "uraian", skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Pelaksana: lane id(s) doing the work; one id, or several for work done together.
    #[serde(
        rename = "pelaksana",
        with = "one_or_many",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "one_or_many::Schema"))]
    pub performers: Vec<String>,
    /// Simbol as written; empty means `proses`. See [`Step::symbol`].
    #[serde(rename = "simbol", skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Symbol>"))]
    pub symbol: String,
    /// Cabang: the two outcomes of a keputusan.
    #[serde(rename = "cabang", skip_serializing_if = "Vec::is_empty")]
    pub branches: Vec<Branch>,
    /// Ke: explicit next step number (default: the next row).
    #[serde(rename = "ke", skip_serializing_if = "Option::is_none")]
    pub next: Option<u32>,
    /// Mutu baku (quality standard) of the step.
    #[serde(
        rename = "mutu_baku",
        skip_serializing_if = "QualityStandard::is_empty"
    )]
    pub quality: QualityStandard,
    /// Keterangan (remarks).
    #[serde(rename = "keterangan", skip_serializing_if = "String::is_empty")]
    pub remarks: String,
}

impl Step {
    /// The step's symbol: `proses` when none is written, `None` when what is written is
    /// not a symbol (SOP311).
    pub fn symbol(&self) -> Option<Symbol> {
        if self.symbol.trim().is_empty() {
            Some(Symbol::Proses)
        } else {
            Symbol::from_key(&self.symbol)
        }
    }
}

/// Cabang: one outcome of a decision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Branch {
    /// Label of the outcome (`Ya`, `Lengkap`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Ke: the step number this outcome leads to.
    #[serde(rename = "ke", skip_serializing_if = "Option::is_none")]
    pub target: Option<u32>,
}

/// Mutu baku (quality standard) of a step.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct QualityStandard {
    /// Kelengkapan (inputs, requirements).
    #[serde(rename = "kelengkapan", skip_serializing_if = "String::is_empty")]
    pub requirements: String,
    /// Waktu (time), in the grammar of [`crate::duration`].
    #[serde(rename = "waktu", skip_serializing_if = "String::is_empty")]
    pub time: String,
    /// Output.
    #[serde(rename = "output", skip_serializing_if = "String::is_empty")]
    pub output: String,
}

impl QualityStandard {
    /// True when no cell is filled.
    pub fn is_empty(&self) -> bool {
        self.requirements.is_empty() && self.time.is_empty() && self.output.is_empty()
    }
}

/// One monitoring record (Permenpan RB 35/2012 Tabel 7).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct MonitoringRecord {
    /// Tanggal (date of the observation).
    #[serde(rename = "tanggal", skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Penilaian: `berjalan_baik` or `tidak_berjalan_baik`.
    #[serde(rename = "penilaian", skip_serializing_if = "String::is_empty")]
    pub assessment: String,
    /// Catatan (notes).
    #[serde(rename = "catatan", skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Tindakan (action taken).
    #[serde(rename = "tindakan", skip_serializing_if = "String::is_empty")]
    pub action: String,
    /// Penilai (who assessed).
    #[serde(rename = "penilai", skip_serializing_if = "String::is_empty")]
    pub assessor: String,
}

/// One yearly evaluation against the 7 criteria of Permenpan RB 35/2012.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Evaluation {
    /// Tanggal (date of the evaluation).
    #[serde(rename = "tanggal", skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Penilai (who evaluated).
    #[serde(rename = "penilai", skip_serializing_if = "String::is_empty")]
    pub assessor: String,
    /// Kriteria: the 7 answers.
    #[serde(rename = "kriteria")]
    pub criteria: Criteria,
    /// Catatan (notes on the evaluation).
    #[serde(rename = "catatan", skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// The 7 evaluation criteria, each answered `ya` or `tidak` (kept as written).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Criteria {
    /// Mampu mendorong peningkatan kinerja.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub mendorong_kinerja: String,
    /// Mudah dipahami.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub mudah_dipahami: String,
    /// Mudah dilaksanakan.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub mudah_dilaksanakan: String,
    /// Semua orang dapat menjalankan perannya masing-masing.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub peran_jelas: String,
    /// Mampu mengatasi permasalahan.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub mengatasi_masalah: String,
    /// Mampu menjawab kebutuhan peningkatan kinerja organisasi.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub menjawab_kebutuhan: String,
    /// Sinergi satu dengan lainnya.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sinergi: String,
}

impl Criteria {
    /// The keys of the 7 criteria, in the regulation's order.
    pub const KEYS: [&'static str; 7] = crate::keys::criteria::KEYS;

    /// The answers in the order of [`Criteria::KEYS`].
    pub fn answers(&self) -> [&str; 7] {
        [
            &self.mendorong_kinerja,
            &self.mudah_dipahami,
            &self.mudah_dilaksanakan,
            &self.peran_jelas,
            &self.mengatasi_masalah,
            &self.menjawab_kebutuhan,
            &self.sinergi,
        ]
    }

    /// Mutable access to the answer of criterion `index` (0..7).
    pub fn answer_mut(&mut self, index: usize) -> Option<&mut String> {
        Some(match index {
            0 => &mut self.mendorong_kinerja,
            1 => &mut self.mudah_dipahami,
            2 => &mut self.mudah_dilaksanakan,
            3 => &mut self.peran_jelas,
            4 => &mut self.mengatasi_masalah,
            5 => &mut self.menjawab_kebutuhan,
            6 => &mut self.sinergi,
            _ => return None,
        })
    }
}

impl Sop {
    /// A new, empty draft in format v1.
    pub fn new_draft() -> Self {
        Self {
            format: FORMAT_V1.to_string(),
            ..Self::default()
        }
    }

    /// The index of the step numbered `number`, if exactly one step has it (the first otherwise).
    pub fn step_index(&self, number: u32) -> Option<usize> {
        self.steps.iter().position(|s| s.number == Some(number))
    }

    /// The lane a step's pelaksana entry names ([`lane_of`]).
    pub fn lane_of(&self, performer: &str) -> Option<usize> {
        lane_of(&self.lanes, performer)
    }
}

/// True when a text holds something: not blank and not a lone `-` (which the format reads
/// as "none").
pub fn text_filled(value: &str) -> bool {
    let t = value.trim();
    !t.is_empty() && t != "-"
}

/// True when a list has at least one filled item ([`text_filled`]).
pub fn list_filled(items: &[String]) -> bool {
    items.iter().any(|s| text_filled(s))
}

/// A lane id or name as compared: lower case, all spaces removed.
pub fn lane_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The lane a step's pelaksana entry names: the lane with that id, else (for hand-written
/// files) the lane with that nama; case and spaces are ignored ([`lane_key`]).
pub fn lane_of(lanes: &[Lane], performer: &str) -> Option<usize> {
    let wanted = lane_key(performer);
    if wanted.is_empty() {
        return None;
    }
    lanes
        .iter()
        .position(|l| lane_key(&l.id) == wanted)
        .or_else(|| lanes.iter().position(|l| lane_key(&l.name) == wanted))
}

/// Serde helper: a step's pelaksana is one id or a list of ids.
mod one_or_many {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }

    /// Schema stand-in: a string or a list of strings.
    #[cfg(feature = "schema")]
    #[derive(schemars::JsonSchema)]
    #[serde(untagged)]
    #[allow(dead_code)]
    pub(super) enum Schema {
        One(String),
        Many(Vec<String>),
    }

    pub(super) fn serialize<S: Serializer>(v: &[String], s: S) -> Result<S::Ok, S::Error> {
        match v {
            [one] => one.serialize(s),
            many => many.serialize(s),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        Ok(match OneOrMany::deserialize(d)? {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        })
    }
}
