//! Every string of the user interface, in Bahasa Indonesia (first, the default) and
//! English. Messages about the SOP itself (findings, checklist titles) come from
//! `sop-core`; this module holds only the app's own words.
//!
//! Plain strings are the variants of [`T`], defined by one macro call that takes the
//! Indonesian and the English text side by side, so a string without its translation does
//! not compile. Strings with values (a name, a number, a time) are functions below that
//! match on [`Lang`] exhaustively. The tests check that no text is empty and that the two
//! languages differ (except for words that are the same in both, listed in
//! [`SAME_IN_BOTH`]).

use leptos::prelude::*;
use sop_core::model::{Category, Status, Symbol};
pub use sop_core::Lang;

macro_rules! ui_text {
    ($($(#[$doc:meta])* $name:ident => $id:literal, $en:literal;)*) => {
        /// A plain UI string; [`T::get`] gives its text in a language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum T {
            $($(#[$doc])* #[doc = $id] $name,)*
        }

        impl T {
            /// Every string, for the completeness tests.
            pub const ALL: &'static [T] = &[$(T::$name,)*];

            /// The text in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match self {
                    $(T::$name => lang.pick($id, $en),)*
                }
            }

            /// The variant's name (for test messages).
            pub fn name(self) -> &'static str {
                match self {
                    $(T::$name => stringify!($name),)*
                }
            }
        }
    };
}

ui_text! {
    // ---- app shell
    AppTitle => "Penyusun SOP", "SOP Builder";
    AppSubtitle => "Susun dan periksa Standar Operasional Prosedur (SOP) sesuai pedoman penyusunan SOP Administrasi Pemerintahan.",
        "Draft and check Standard Operating Procedures (SOPs) following the Indonesian government administration SOP guidelines.";
    SkipLink => "Langsung ke konten utama", "Skip to main content";
    SwitchLang => "Ganti bahasa ke English", "Switch language to Bahasa Indonesia";
    Privacy => "Semua data tetap di perangkat Anda; tidak ada yang dikirim ke server.",
        "All data stays on your device; nothing is sent to a server.";
    NoticesHeading => "Pemberitahuan", "Notices";
    Dismiss => "Tutup pemberitahuan", "Dismiss notice";
    DownloadAside => "Unduh data yang disisihkan", "Download the data set aside";
    DiscardAside => "Buang data yang disisihkan", "Discard the data set aside";
    DiscardAsideTitle => "Buang data yang disisihkan?", "Discard the data set aside?";
    DiscardAsideBody => "Data yang disisihkan akan dihapus dari perangkat ini. Unduh dulu bila Anda mungkin memerlukannya.",
        "The data set aside will be deleted from this device. Download it first if you might need it.";
    DiscardAsideConfirm => "Ya, buang data", "Yes, discard the data";
    Cancel => "Batal", "Cancel";
    Loading => "Memuat SOP…", "Loading the SOP…";
    LoadFailed => "SOP tidak dapat dimuat", "The SOP could not be loaded";
    ReadOnly => "Tampilan baca saja: isian tidak dapat diubah.", "Read-only view: the fields cannot be changed.";

    // ---- drafts list
    DraftsHeading => "Draf SOP", "SOP drafts";
    DraftsIntro => "Draf tersimpan otomatis di peramban pada perangkat ini.",
        "Drafts are saved automatically in this browser on this device.";
    NewHeading => "Buat draf baru", "Create a new draft";
    NewEmpty => "Buat draf kosong", "Create an empty draft";
    TemplateLabel => "Templat", "Template";
    TemplateHint => "Templat berisi contoh isi untuk jenis SOP itu; sesuaikan dengan kantor Anda.",
        "A template holds example content for that kind of SOP; adapt it to your office.";
    NewFromTemplate => "Buat dari templat", "Create from template";
    SavedHeading => "Draf tersimpan", "Saved drafts";
    NoDrafts => "Belum ada draf. Buat draf baru di atas.", "No drafts yet. Create a new draft above.";
    Untitled => "(tanpa nama)", "(untitled)";
    Open => "Buka", "Open";
    Duplicate => "Duplikat", "Duplicate";
    Delete => "Hapus", "Delete";
    CategoryLabel => "Kategori", "Category";
    ChangedLabel => "Diubah", "Changed";
    DeleteTitle => "Hapus draf?", "Delete the draft?";
    DeleteConfirm => "Ya, hapus draf", "Yes, delete the draft";

    // ---- editor
    BackToList => "Kembali ke daftar draf", "Back to the drafts list";
    CheckButton => "Periksa kelengkapan", "Check completeness";
    ErrorTitlePrefix => "Kesalahan: ", "Error: ";
    SavedNoTime => "Tersimpan di perangkat ini", "Saved on this device";
    NotSaved => "Perubahan terakhir belum tersimpan.", "The latest changes are not saved.";
    ConflictLoad => "Muat versi dari tab lain", "Load the other tab's version";
    ConflictCopy => "Simpan versi ini sebagai draf baru", "Save this version as a new draft";
    ConflictOverwrite => "Timpa dengan versi ini", "Overwrite with this version";
    ChangedElsewhereLive => "Draf ini baru saja diubah di tab atau jendela lain.",
        "This draft was just changed in another tab or window.";
    FormLabel => "Isian SOP", "SOP form";
    PreviewButton => "Pratinjau", "Preview";
    ImportSummary => "Impor dari berkas", "Import from a file";
    ImportedNew => "Berkas diimpor sebagai draf baru.", "The file was imported as a new draft.";
    ImportFindings => "Temuan dalam berkas", "Findings in the file";
    ImportNoFindings => "Tidak ada temuan dalam berkas.", "No findings in the file.";
    Close => "Tutup", "Close";

    // ---- sections
    SecIdentity => "1. Identitas & dasar", "1. Identity & basis";
    SecLanes => "2. Pembagian peran", "2. Roles";
    SecSteps => "3. Alur kerja", "3. Workflow";
    SecApproval => "4. Pengesahan & penerapan", "4. Approval & implementation";

    // ---- identity & basis
    Instansi => "Instansi", "Agency";
    Unit => "Unit Kerja", "Work unit";
    NomorSop => "Nomor SOP", "SOP number";
    NomorSopHint => "Diberikan bagian tata usaha saat pengesahan.", "Given by the administration office when the SOP is approved.";
    NamaSop => "Nama SOP", "SOP name";
    Tujuan => "Tujuan", "Purpose";
    DasarHukum => "Dasar Hukum", "Legal basis";
    DasarHukumHint => "Misalnya: Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
        "For example: Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.";
    AddDasarHukum => "Tambah dasar hukum", "Add a legal basis";
    Kualifikasi => "Kualifikasi Pelaksana", "Implementer qualifications";
    AddKualifikasi => "Tambah kualifikasi", "Add a qualification";
    Keterkaitan => "Keterkaitan", "Related SOPs";
    KeterkaitanHint => "Sebutkan SOP lain yang terkait, atau tulis \"-\" bila tidak ada.",
        "Name the related SOPs, or write \"-\" if there are none.";
    AddKeterkaitan => "Tambah keterkaitan", "Add a related SOP";
    Peralatan => "Peralatan/Perlengkapan", "Equipment";
    AddPeralatan => "Tambah peralatan/perlengkapan", "Add equipment";
    Peringatan => "Peringatan", "Warnings";
    PeringatanHint => "Tulis akibat bila SOP tidak dilaksanakan, misalnya \"Jika SOP ini tidak dilaksanakan, …\".",
        "Say what happens if the SOP is not followed, e.g. \"Jika SOP ini tidak dilaksanakan, …\".";
    AddPeringatan => "Tambah peringatan", "Add a warning";
    Pencatatan => "Pencatatan dan Pendataan", "Records";
    AddPencatatan => "Tambah pencatatan", "Add a record";
    Remove => "Hapus", "Remove";

    // ---- lanes
    LanesIntro => "Pelaksana adalah kolom diagram alir: setiap peran yang menjalankan kegiatan.",
        "Roles are the columns of the flowchart: every role that performs a step.";
    LaneId => "ID singkat", "Short id";
    LaneIdHint => "Dipakai langkah untuk merujuk pelaksana ini, misalnya petugas.",
        "Steps use it to refer to this role, for example petugas.";
    LaneName => "Nama peran", "Role name";
    AddLane => "Tambah pelaksana", "Add a role";
    RemoveLaneTitle => "Hapus pelaksana?", "Remove the role?";
    RemoveLaneConfirm => "Ya, hapus pelaksana", "Yes, remove the role";

    // ---- steps
    StepsIntro => "Tulis setiap kegiatan berurutan, diawali langkah bersimbol Mulai dan diakhiri langkah bersimbol Selesai.",
        "Write every activity in order, starting with a Start step and ending with an End step.";
    Nomor => "Nomor", "Number";
    Uraian => "Uraian Kegiatan", "Activity";
    Pelaksana => "Pelaksana", "Performed by";
    PelaksanaHint => "Pilih satu pelaksana, atau beberapa bila dikerjakan bersama.",
        "Choose one role, or several for work done together.";
    NoLanesYet => "Belum ada pelaksana. Tambahkan di bagian Pembagian peran.",
        "There are no roles yet. Add them in the Roles section.";
    GoToLanes => "Ke bagian Pembagian peran", "Go to the Roles section";
    Simbol => "Simbol", "Symbol";
    SymMulai => "Mulai", "Start";
    SymProses => "Proses", "Process";
    SymKeputusan => "Keputusan", "Decision";
    SymSelesai => "Selesai", "End";
    Ke => "Ke (langkah berikutnya)", "Next step";
    NextRow => "Baris berikutnya", "The next row";
    Cabang => "Cabang keputusan", "Decision branches";
    BranchLabel => "Label jawaban", "Answer label";
    BranchTarget => "Ke langkah", "Go to step";
    ChooseStep => "— Pilih langkah —", "— Choose a step —";
    AddBranch => "Tambah cabang", "Add a branch";
    MutuBaku => "Mutu Baku", "Quality standard";
    Kelengkapan => "Kelengkapan", "Requirements";
    Waktu => "Waktu", "Time";
    WaktuHint => "Misalnya 15 menit, 2 hari kerja atau 1-2 jam.", "For example 15 menit, 2 hari kerja or 1-2 jam.";
    Output => "Output", "Output";
    Keterangan => "Keterangan", "Remarks";
    MoveUp => "Naikkan", "Move up";
    MoveDown => "Turunkan", "Move down";
    AddStep => "Tambah langkah", "Add a step";
    RemoveStepTitle => "Hapus langkah?", "Remove the step?";
    RemoveStepConfirm => "Ya, hapus langkah", "Yes, remove the step";

    // ---- approval & implementation
    StatusLabel => "Status SOP", "SOP status";
    StatusHint => "Selama status Draf, isian yang hanya diperlukan untuk penandatanganan ditampilkan sebagai saran.",
        "While the status is Draft, fields needed only for signing are shown as suggestions.";
    StDraf => "Draf", "Draft";
    StDiajukan => "Diajukan", "Submitted";
    StBerlaku => "Berlaku", "In force";
    StDicabut => "Dicabut", "Revoked";
    TanggalPembuatan => "Tanggal Pembuatan", "Date drafted";
    TanggalRevisi => "Tanggal Revisi", "Revision date";
    TanggalRevisiHint => "Tanggal revisi atau rencana peninjauan; kosongkan atau tulis \"-\" bila tidak ada. Misalnya 2026-07-10 atau 10 Juli 2026.",
        "Revision or planned review date; leave empty or write \"-\" if none. For example 2026-07-10 or 10 Juli 2026.";
    TanggalEfektif => "Tanggal Efektif", "Effective date";
    DateHint => "Misalnya 2025-07-10 atau 10 Juli 2025.", "For example 2025-07-10 or 10 Juli 2025.";
    DisahkanOleh => "Disahkan oleh", "Approved by";
    Jabatan => "Jabatan", "Position";
    SignerName => "Nama pejabat", "Official's name";
    Nip => "NIP", "NIP (civil servant number)";
    NipHint => "18 angka; spasi boleh.", "18 digits; spaces are allowed.";
    Monitoring => "Monitoring", "Monitoring records";
    MonitoringIntro => "Setiap 6 bulan, catat apakah SOP berjalan dengan baik (Permenpan RB 35/2012, Tabel 7).",
        "Every 6 months, record whether the SOP works well (Permenpan RB 35/2012, Table 7).";
    Tanggal => "Tanggal", "Date";
    Penilaian => "Penilaian", "Assessment";
    BerjalanBaik => "Berjalan dengan baik", "Working well";
    TidakBerjalanBaik => "Tidak berjalan dengan baik", "Not working well";
    NotChosen => "— Pilih —", "— Choose —";
    Catatan => "Catatan", "Notes";
    Tindakan => "Tindakan", "Action taken";
    Penilai => "Penilai", "Assessed by";
    AddMonitoring => "Tambah catatan monitoring", "Add a monitoring record";
    Evaluasi => "Evaluasi", "Evaluations";
    EvaluasiIntro => "Setiap tahun, nilai SOP terhadap 7 kriteria dengan jawaban ya atau tidak.",
        "Every year, assess the SOP against the 7 criteria with yes or no.";
    Kriteria => "Kriteria evaluasi", "Evaluation criteria";
    Ya => "Ya", "Yes";
    Tidak => "Tidak", "No";
    AddEvaluation => "Tambah evaluasi", "Add an evaluation";
    Crit1 => "Mampu mendorong peningkatan kinerja", "Helps to improve performance";
    Crit2 => "Mudah dipahami", "Easy to understand";
    Crit3 => "Mudah dilaksanakan", "Easy to carry out";
    Crit4 => "Semua orang dapat menjalankan perannya masing-masing", "Everyone can perform their own role";
    Crit5 => "Mampu mengatasi permasalahan", "Solves the problems it addresses";
    Crit6 => "Mampu menjawab kebutuhan peningkatan kinerja organisasi", "Meets the organisation's need to improve performance";
    Crit7 => "Sinergi satu dengan lainnya", "Works in synergy with other procedures";

    // ---- categories
    CatUmum => "Umum", "General";
    CatPembuatanBerita => "Pembuatan Berita", "Writing news releases";
    CatKpuMengajar => "KPU Mengajar", "KPU Mengajar (school programme)";
    CatLayananInformasiPublik => "Layanan Informasi Publik", "Public information service";
    CatKeberatanInformasi => "Keberatan Informasi Publik", "Objections to information decisions";
    CatAdministrasiSdm => "Administrasi SDM", "HR administration";

    // ---- checklist
    ChecklistHeading => "Kelengkapan SOP", "SOP completeness";
    Done => "Lengkap", "Complete";
    NotDone => "Belum lengkap", "Incomplete";
    AllComplete => "SOP lengkap: tidak ada kesalahan.", "The SOP is complete: no errors.";

    // ---- error summary and messages
    SummaryHeading => "Terdapat masalah", "There is a problem";
    ErrorPrefix => "Kesalahan:", "Error:";
    WarningPrefix => "Peringatan:", "Warning:";
    InfoPrefix => "Saran:", "Suggestion:";
    NoProblemsHeading => "Tidak ada masalah", "No problems found";
    NoProblemsBody => "Tidak ada kesalahan atau peringatan pada SOP ini.", "This SOP has no errors or warnings.";
}

/// Words that are the same in both languages (official terms kept as they are).
pub const SAME_IN_BOTH: &[T] = &[T::Output, T::CatKpuMengajar];

/// The text of a category.
pub fn category(c: Category) -> T {
    match c {
        Category::Umum => T::CatUmum,
        Category::PembuatanBerita => T::CatPembuatanBerita,
        Category::KpuMengajar => T::CatKpuMengajar,
        Category::LayananInformasiPublik => T::CatLayananInformasiPublik,
        Category::KeberatanInformasi => T::CatKeberatanInformasi,
        Category::AdministrasiSdm => T::CatAdministrasiSdm,
    }
}

/// The text of a status.
pub fn status(s: Status) -> T {
    match s {
        Status::Draf => T::StDraf,
        Status::Diajukan => T::StDiajukan,
        Status::Berlaku => T::StBerlaku,
        Status::Dicabut => T::StDicabut,
    }
}

/// The text of a flowchart symbol.
pub fn symbol(s: Symbol) -> T {
    match s {
        Symbol::Mulai => T::SymMulai,
        Symbol::Proses => T::SymProses,
        Symbol::Keputusan => T::SymKeputusan,
        Symbol::Selesai => T::SymSelesai,
    }
}

/// The 7 evaluation criteria, in the order of `sop_core::model::Criteria::KEYS`.
pub const CRITERIA: [T; 7] = [
    T::Crit1,
    T::Crit2,
    T::Crit3,
    T::Crit4,
    T::Crit5,
    T::Crit6,
    T::Crit7,
];

// ------------------------------------------------------------------ strings with values

/// A draft's name, or "(tanpa nama)" when it has none.
fn name_or_untitled(lang: Lang, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        T::Untitled.get(lang).to_string()
    } else {
        name.to_string()
    }
}

/// The editor's `<h1>`: "Draf: Pelayanan …".
pub fn draft_heading(lang: Lang, name: &str) -> String {
    let name = name_or_untitled(lang, name);
    match lang {
        Lang::Id => format!("Draf: {name}"),
        Lang::En => format!("Draft: {name}"),
    }
}

/// The page title: "<where> — Penyusun SOP", with "Kesalahan: " first when the error
/// summary shows errors (GOV.UK error summary pattern).
pub fn page_title(lang: Lang, place: &str, errors: bool) -> String {
    let prefix = if errors {
        T::ErrorTitlePrefix.get(lang)
    } else {
        ""
    };
    format!("{prefix}{place} — {}", T::AppTitle.get(lang))
}

/// The draft's name as shown in lists and dialogs.
pub fn draft_name(lang: Lang, name: &str) -> String {
    name_or_untitled(lang, name)
}

/// The body of the delete confirmation.
pub fn delete_body(lang: Lang, name: &str) -> String {
    let name = name_or_untitled(lang, name);
    match lang {
        Lang::Id => format!(
            "Draf “{name}” akan dihapus dari perangkat ini. Tindakan ini tidak dapat dibatalkan."
        ),
        Lang::En => {
            format!("The draft “{name}” will be deleted from this device. This cannot be undone.")
        }
    }
}

/// The save status line: "Tersimpan di perangkat ini · 14.32".
pub fn saved_at(lang: Lang, hour: u32, minute: u32, persistent: bool) -> String {
    match (lang, persistent) {
        (Lang::Id, true) => format!("Tersimpan di perangkat ini · {hour:02}.{minute:02}"),
        (Lang::En, true) => format!("Saved on this device · {hour:02}:{minute:02}"),
        (Lang::Id, false) => format!(
            "Tersimpan sementara di halaman ini (hilang saat halaman ditutup) · {hour:02}.{minute:02}"
        ),
        (Lang::En, false) => format!(
            "Kept on this page only (lost when the page is closed) · {hour:02}:{minute:02}"
        ),
    }
}

/// The checklist count: "9 dari 12 bagian lengkap".
pub fn done_count(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::Id => format!("{done} dari {total} bagian lengkap"),
        Lang::En => format!("{done} of {total} sections complete"),
    }
}

/// An item of a repeating list: "Dasar Hukum 2".
pub fn item_label(lang: Lang, list: T, position: usize) -> String {
    format!("{} {position}", list.get(lang))
}

/// "Hapus Dasar Hukum 2": the accessible name of a remove button.
pub fn remove_label(lang: Lang, item: &str) -> String {
    format!("{} {item}", T::Remove.get(lang))
}

/// A lane's group: "Pelaksana 2".
pub fn lane_label(lang: Lang, position: usize) -> String {
    match lang {
        Lang::Id => format!("Pelaksana {position}"),
        Lang::En => format!("Role {position}"),
    }
}

/// Names a lane in dialogs: its name, else its id, else its position.
pub fn lane_display(lang: Lang, name: &str, id: &str, position: usize) -> String {
    if !name.trim().is_empty() {
        name.trim().to_string()
    } else if !id.trim().is_empty() {
        id.trim().to_string()
    } else {
        lane_label(lang, position)
    }
}

/// "langkah 2, 3 dan 5" / "steps 2, 3 and 5".
pub fn step_list(lang: Lang, numbers: &[String]) -> String {
    let (one, many, and) = match lang {
        Lang::Id => ("langkah", "langkah", "dan"),
        Lang::En => ("step", "steps", "and"),
    };
    match numbers {
        [] => String::new(),
        [n] => format!("{one} {n}"),
        [init @ .., last] => format!("{many} {} {and} {last}", init.join(", ")),
    }
}

/// The body of the confirmation before removing a lane that steps use.
pub fn remove_lane_body(lang: Lang, lane: &str, steps: &[String]) -> String {
    let used = step_list(lang, steps);
    match lang {
        Lang::Id => format!(
            "Pelaksana “{lane}” dipakai oleh {used}. Jika dihapus, pelaksana ini juga dilepas dari {}.",
            if steps.len() == 1 { "langkah itu" } else { "langkah-langkah itu" }
        ),
        Lang::En => format!(
            "The role “{lane}” is used by {used}. Removing it also removes it from {}.",
            if steps.len() == 1 { "that step" } else { "those steps" }
        ),
    }
}

/// A step's heading: "Langkah 3", or "Baris 3 (tanpa nomor)" when it has no number.
pub fn step_heading(lang: Lang, number: Option<u32>, index: usize) -> String {
    match (lang, number) {
        (Lang::Id, Some(n)) => format!("Langkah {n}"),
        (Lang::En, Some(n)) => format!("Step {n}"),
        (Lang::Id, None) => format!("Baris {} (tanpa nomor)", index + 1),
        (Lang::En, None) => format!("Row {} (no number)", index + 1),
    }
}

/// An option naming a step: "Langkah 4", or "Langkah 9 (tidak ada)" for a number no step has.
pub fn step_option(lang: Lang, number: u32, exists: bool) -> String {
    match (lang, exists) {
        (Lang::Id, true) => format!("Langkah {number}"),
        (Lang::En, true) => format!("Step {number}"),
        (Lang::Id, false) => format!("Langkah {number} (tidak ada)"),
        (Lang::En, false) => format!("Step {number} (does not exist)"),
    }
}

/// The body of the confirmation before removing a step.
pub fn remove_step_body(lang: Lang, step: &str, referenced_by: &[String]) -> String {
    let mut text = match lang {
        Lang::Id => format!("{step} akan dihapus beserta isinya."),
        Lang::En => format!("{step} will be removed with everything in it."),
    };
    if !referenced_by.is_empty() {
        let from = step_list(lang, referenced_by);
        text.push(' ');
        text.push_str(&match lang {
            Lang::Id => format!("Arah dari {from} ke langkah ini akan dikosongkan."),
            Lang::En => format!("The links from {from} to this step will be cleared."),
        });
    }
    text
}

/// A branch of a decision: "Cabang 1".
pub fn branch_label(lang: Lang, position: usize) -> String {
    match lang {
        Lang::Id => format!("Cabang {position}"),
        Lang::En => format!("Branch {position}"),
    }
}

/// A symbol written in the file that is not one of the four.
pub fn unknown_symbol(lang: Lang, raw: &str) -> String {
    match lang {
        Lang::Id => format!("Tidak dikenal: “{raw}”"),
        Lang::En => format!("Unknown: “{raw}”"),
    }
}

/// A step's pelaksana entry that names no lane.
pub fn unknown_performer(lang: Lang, raw: &str) -> String {
    match lang {
        Lang::Id => format!("Pelaksana tidak dikenal: “{raw}”"),
        Lang::En => format!("Unknown role: “{raw}”"),
    }
}

/// The button that drops an unknown pelaksana entry from a step.
pub fn drop_performer(lang: Lang, raw: &str) -> String {
    match lang {
        Lang::Id => format!("Lepaskan “{raw}”"),
        Lang::En => format!("Remove “{raw}”"),
    }
}

/// A monitoring record: "Monitoring 1".
pub fn monitoring_label(lang: Lang, position: usize) -> String {
    match lang {
        Lang::Id => format!("Monitoring {position}"),
        Lang::En => format!("Monitoring record {position}"),
    }
}

/// An evaluation: "Evaluasi 1".
pub fn evaluation_label(lang: Lang, position: usize) -> String {
    match lang {
        Lang::Id => format!("Evaluasi {position}"),
        Lang::En => format!("Evaluation {position}"),
    }
}

/// The suggestions part of the error summary: "Saran (3)".
pub fn suggestions_heading(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Id => format!("Saran ({count})"),
        Lang::En => format!("Suggestions ({count})"),
    }
}

/// English month names (Indonesian ones come from `sop_core::Date::long_id`).
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A local date and time: "27 November 2026 14.32" / "27 November 2026, 14:32".
pub fn date_time(lang: Lang, year: i32, month: u32, day: u32, hour: u32, minute: u32) -> String {
    match lang {
        Lang::Id => {
            let date = sop_core::Date::new(year, month, day)
                .map(sop_core::Date::long_id)
                .unwrap_or_default();
            format!("{date} {hour:02}.{minute:02}")
        }
        Lang::En => {
            let name = MONTHS_EN
                .get((month as usize).wrapping_sub(1))
                .copied()
                .unwrap_or("");
            format!("{day} {name} {year}, {hour:02}:{minute:02}")
        }
    }
}

/// Local date and time of a timestamp (milliseconds since the epoch).
pub fn date_time_of_ms(lang: Lang, ms: f64) -> String {
    let (y, mo, d, h, mi) = local_parts(ms);
    date_time(lang, y, mo, d, h, mi)
}

/// Year, month, day, hour, minute of a timestamp in the browser's time zone (UTC natively).
pub fn local_parts(ms: f64) -> (i32, u32, u32, u32, u32) {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
        (
            d.get_full_year() as i32,
            d.get_month() + 1,
            d.get_date(),
            d.get_hours(),
            d.get_minutes(),
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let secs = (ms / 1000.0).max(0.0) as i64;
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        // Civil from days (Howard Hinnant's algorithm).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        (
            year,
            month,
            day,
            (rem / 3600) as u32,
            ((rem % 3600) / 60) as u32,
        )
    }
}

// ------------------------------------------------------------------ reactive access

/// The interface language of the running app, provided as context by [`crate::App`].
#[derive(Debug, Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

/// The app's language signal (a fixed Indonesian one outside the app, e.g. in tests of a
/// single component).
pub fn use_lang() -> RwSignal<Lang> {
    match use_context::<UiLang>() {
        Some(l) => l.0,
        None => {
            let l = RwSignal::new(Lang::Id);
            provide_context(UiLang(l));
            l
        }
    }
}

/// A closure giving `key` in the current language, for `view!`.
pub fn tr(key: T) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || key.get(lang.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_has_both_languages() {
        for &t in T::ALL {
            let (id, en) = (t.get(Lang::Id), t.get(Lang::En));
            assert!(!id.trim().is_empty(), "{} has no Indonesian text", t.name());
            assert!(!en.trim().is_empty(), "{} has no English text", t.name());
            if !SAME_IN_BOTH.contains(&t) {
                assert_ne!(id, en, "{} is not translated", t.name());
            }
        }
    }

    #[test]
    fn strings_with_values_differ_per_language() {
        let both = |f: &dyn Fn(Lang) -> String| {
            let (id, en) = (f(Lang::Id), f(Lang::En));
            assert!(!id.is_empty() && !en.is_empty());
            assert_ne!(id, en);
        };
        both(&|l| draft_heading(l, "X"));
        both(&|l| draft_heading(l, ""));
        both(&|l| page_title(l, "X", true));
        both(&|l| delete_body(l, "X"));
        both(&|l| saved_at(l, 14, 32, true));
        both(&|l| saved_at(l, 14, 32, false));
        both(&|l| done_count(l, 9, 12));
        both(&|l| item_label(l, T::DasarHukum, 2));
        both(&|l| remove_label(l, "X"));
        both(&|l| lane_label(l, 2));
        both(&|l| step_list(l, &["1".into(), "2".into()]));
        both(&|l| remove_lane_body(l, "X", &["2".into()]));
        both(&|l| remove_lane_body(l, "X", &["2".into(), "3".into()]));
        both(&|l| step_heading(l, Some(3), 2));
        both(&|l| step_heading(l, None, 2));
        both(&|l| step_option(l, 3, true));
        both(&|l| step_option(l, 3, false));
        both(&|l| remove_step_body(l, "Langkah 3", &["1".into()]));
        both(&|l| branch_label(l, 1));
        both(&|l| unknown_symbol(l, "x"));
        both(&|l| unknown_performer(l, "x"));
        both(&|l| drop_performer(l, "x"));
        both(&|l| monitoring_label(l, 1));
        both(&|l| evaluation_label(l, 1));
        both(&|l| suggestions_heading(l, 3));
        both(&|l| date_time(l, 2026, 11, 27, 14, 32));
    }

    #[test]
    fn formats() {
        assert_eq!(
            saved_at(Lang::Id, 14, 2, true),
            "Tersimpan di perangkat ini · 14.02"
        );
        assert_eq!(done_count(Lang::Id, 9, 12), "9 dari 12 bagian lengkap");
        assert_eq!(
            step_list(Lang::Id, &["2".into(), "3".into(), "5".into()]),
            "langkah 2, 3 dan 5"
        );
        assert_eq!(step_list(Lang::En, &["2".into()]), "step 2");
        assert_eq!(
            date_time(Lang::Id, 2026, 11, 27, 14, 32),
            "27 November 2026 14.32"
        );
        assert_eq!(date_time(Lang::En, 2025, 7, 1, 9, 5), "1 July 2025, 09:05");
        assert_eq!(local_parts(0.0), (1970, 1, 1, 0, 0));
        assert_eq!(local_parts(1_764_253_920_000.0), (2025, 11, 27, 14, 32));
        assert_eq!(draft_heading(Lang::Id, "  "), "Draf: (tanpa nama)");
        assert_eq!(
            page_title(Lang::Id, "Draf: X", true),
            "Kesalahan: Draf: X — Penyusun SOP"
        );
    }

    #[test]
    fn every_category_status_and_symbol_has_a_name() {
        for c in Category::ALL {
            assert!(!category(c).get(Lang::Id).is_empty());
        }
        for s in Status::ALL {
            assert!(!status(s).get(Lang::En).is_empty());
        }
        for s in Symbol::ALL {
            assert!(!symbol(s).get(Lang::En).is_empty());
        }
        assert_eq!(CRITERIA.len(), sop_core::model::Criteria::KEYS.len());
    }
}
