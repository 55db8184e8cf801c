//! Every string of the user interface, in Bahasa Indonesia (first, the default) and
//! English. Messages about the SOP itself (findings, checklist titles) come from
//! `sop-core`; this module holds only the app's own words.
//!
//! Plain strings are the variants of [`T`], defined by one macro call that takes the
//! Indonesian and the English text side by side, so a string without its translation does
//! not compile. Strings with values (a name, a number, a time) are the functions of
//! [`values`] (re-exported here), which match on [`Lang`] exhaustively. The tests check that no text is empty and that the two
//! languages differ (except for words that are the same in both, listed in
//! [`SAME_IN_BOTH`]).

mod values;

use leptos::prelude::*;
use sop_core::model::{Category, Status, Symbol};
pub use sop_core::Lang;
pub use values::*;

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
    Cancel => "Batal", "Cancel";
    Loading => "Memuat SOP…", "Loading the SOP…";
    LoadFailed => "SOP tidak dapat dimuat", "The SOP could not be loaded";

    // ---- the widget's configuration
    WidgetFailed => "Widget SOP tidak dapat dimuat", "The SOP widget cannot start";
    WidgetCheckAttrs => "Periksa atribut data-* pada elemen <sop-checklist>.",
        "Check the data-* attributes of the <sop-checklist> element.";

    // ---- storage notices
    NoticeBlocked => "Draf tidak dapat disimpan di perangkat ini: penyimpanan peramban diblokir. Anda tetap dapat bekerja, tetapi draf hilang saat halaman ditutup; unduh berkas SOP untuk menyimpannya.",
        "Drafts cannot be saved on this device: browser storage is blocked. You can keep working, but drafts are lost when the page is closed; download the SOP file to keep your work.";
    NoticeFull => "Penyimpanan perangkat penuh: perubahan terakhir belum tersimpan. Salinan yang tersimpan sebelumnya tetap utuh dan isian di layar tidak hilang. Hapus draf yang tidak diperlukan atau unduh berkas SOP.",
        "Device storage is full: the latest changes are not saved. The previously saved copy is intact and what is on screen is kept. Delete drafts you no longer need or download the SOP file.";
    NoticeKeptAside => "Ada data tersimpan yang tidak dapat dibaca. Data itu tidak dihapus, tetapi disimpan terpisah; unduh untuk memeriksa atau memulihkannya.",
        "Some stored data could not be read. It was not deleted but set aside; download it to inspect or recover it.";
    NoticeChangedElsewhere => "Draf ini telah diubah di tab atau jendela lain. Perubahan di sini belum disimpan agar tidak menimpa perubahan tersebut.",
        "This draft was changed in another tab or window. Changes here were not saved so that they do not overwrite those changes.";
    NoticeMissing => "Draf tidak ditemukan; mungkin sudah dihapus di tab lain.",
        "Draft not found; it may have been deleted in another tab.";

    // ---- addresses (route.rs): a link that names no draft on this device
    LinkNotFound => "Alamat ini tidak membuka draf: draf itu tidak ada di peramban ini.",
        "This address does not open a draft: that draft is not in this browser.";
    LinkNotFoundHelp => "Mungkin draf sudah dihapus, atau tautannya dibuat di perangkat atau peramban lain (draf hanya tersimpan di peramban tempat draf itu dibuat). Pilih draf dari daftar di bawah.",
        "It may have been deleted, or the link was made on another device or browser (drafts are stored only in the browser where they were made). Choose a draft from the list below.";

    // ---- values set aside by storage
    AsideTitle => "Data draf yang tidak terbaca", "Draft data that could not be read";
    AsideItem => "Data tidak terbaca", "Unreadable data";
    Characters => "karakter", "characters";
    AsideDownload => "Unduh", "Download";
    AsideDiscard => "Buang", "Discard";
    AsideDiscardQuestion => "Buang data ini untuk selamanya?", "Discard this data for good?";
    AsideDiscardYes => "Ya, buang", "Yes, discard";

    // ---- import and export
    ImportPick => "Impor berkas SOP", "Import an SOP file";
    ImportDropHint => "Pilih berkas .sop.yaml atau .sop.json, atau seret berkas ke kotak ini. Berkas .sop.toml tidak didukung di peramban. Ukuran maksimum 5 MB.",
        "Choose a .sop.yaml or .sop.json file, or drag a file onto this box. .sop.toml files are not supported in the browser. Maximum size 5 MB.";
    ImportReading => "Membaca berkas…", "Reading the file…";
    ImportQuestion => "Sebuah draf sedang dibuka. Jadikan berkas ini draf baru, atau ganti isi draf yang sedang dibuka?",
        "A draft is open. Make this file a new draft, or replace the content of the open draft?";
    ImportAsNew => "Buat draf baru", "Create a new draft";
    ImportReplace => "Ganti draf ini", "Replace this draft";
    ImportCannotRead => "Berkas tidak dapat dibaca; tidak ada draf yang dibuat atau diubah.",
        "The file could not be read; no draft was created or changed.";
    ImportedReplace => "Isi draf ini diganti dengan berkas yang diimpor.", "The open draft was replaced by the imported file.";
    NoFindings => "Tidak ada temuan.", "No findings.";
    MoreFindings => "temuan lain tidak ditampilkan.", "more findings not shown.";
    ExportGroup => "Unduh berkas SOP", "Download the SOP file";
    DownloadYaml => "Unduh YAML", "Download YAML";
    DownloadJson => "Unduh JSON", "Download JSON";
    Downloaded => "Diunduh:", "Downloaded:";
    DownloadFailed => "Berkas tidak dapat diunduh:", "The file could not be downloaded:";

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
    Duplicate => "Buat salinan", "Make a copy";
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
    SecLanes => "2. Pelaksana", "2. Implementers";
    SecSteps => "3. Alur kerja", "3. Workflow";
    SecApproval => "4. Pengesahan & penerapan", "4. Approval & implementation";

    // ---- identity & basis
    Instansi => "Instansi", "Agency";
    Unit => "Unit Kerja", "Work unit";
    NomorSop => "Nomor SOP", "SOP number";
    NomorSopHint => "Diberikan oleh Subbagian Umum sesuai tata naskah dinas KPU saat pengesahan.", "Given by the Subbagian Umum when the SOP is approved.";
    NamaSop => "Nama SOP", "SOP name";
    Tujuan => "Tujuan", "Purpose";
    DasarHukum => "Dasar Hukum", "Legal basis";
    DasarHukumHint => "Misalnya: Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
        "For example: Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.";
    AddDasarHukum => "Tambah dasar hukum", "Add a legal basis";
    Kualifikasi => "Kualifikasi Pelaksana", "Implementer qualifications";
    AddKualifikasi => "Tambah kualifikasi", "Add a qualification";
    Keterkaitan => "Keterkaitan", "Related SOPs";
    KeterkaitanHint => "Sebutkan SOP lain yang terkait, atau tulis “-” bila tidak ada.",
        "Name the related SOPs, or write “-” if there are none.";
    AddKeterkaitan => "Tambah keterkaitan", "Add a related SOP";
    Peralatan => "Peralatan/Perlengkapan", "Equipment";
    AddPeralatan => "Tambah peralatan/perlengkapan", "Add equipment";
    Peringatan => "Peringatan", "Warnings";
    PeringatanHint => "Tulis akibat bila SOP tidak dilaksanakan, misalnya “Jika SOP ini tidak dilaksanakan, …”.",
        "Say what happens if the SOP is not followed, e.g. “Jika SOP ini tidak dilaksanakan, …”.";
    AddPeringatan => "Tambah peringatan", "Add a warning";
    Pencatatan => "Pencatatan dan Pendataan", "Records";
    AddPencatatan => "Tambah pencatatan", "Add a record";
    Remove => "Hapus", "Remove";

    // ---- lanes
    LanesIntro => "Pelaksana adalah kolom pada diagram alir: setiap jabatan yang menjalankan kegiatan.",
        "Implementers are the columns of the flowchart: every position that performs a step.";
    LaneName => "Nama jabatan pelaksana", "Implementer's position";
    LaneCodeToggle => "Ubah kode", "Change the code";
    LaneId => "Kode singkat", "Short code";
    LaneIdHint => "Kode ini menghubungkan langkah dengan pelaksana, misalnya petugas; dibuat dari nama jabatan.",
        "This code links steps to the implementer, for example petugas; it is made from the position's name.";
    AddLane => "Tambah pelaksana", "Add an implementer";
    RemoveLaneTitle => "Hapus pelaksana?", "Remove the implementer?";
    RemoveLaneConfirm => "Ya, hapus pelaksana", "Yes, remove the implementer";

    // ---- steps
    StepsIntro => "Tulis setiap kegiatan berurutan, diawali langkah bersimbol Mulai dan diakhiri langkah bersimbol Selesai.",
        "Write every activity in order, starting with a Start step and ending with an End step.";
    Nomor => "Nomor", "Number";
    Uraian => "Uraian Kegiatan", "Activity";
    Pelaksana => "Pelaksana", "Performed by";
    PelaksanaHint => "Pilih satu pelaksana, atau beberapa bila dikerjakan bersama.",
        "Choose one implementer, or several for work done together.";
    NoLanesYet => "Belum ada pelaksana. Tambahkan di bagian Pelaksana.",
        "There are no implementers yet. Add them in the Implementers section.";
    GoToLanes => "Ke bagian Pelaksana", "Go to the Implementers section";
    Simbol => "Simbol", "Symbol";
    SymMulai => "Mulai (kapsul)", "Start (capsule)";
    SymProses => "Proses (kotak)", "Process (rectangle)";
    SymKeputusan => "Keputusan (belah ketupat)", "Decision (diamond)";
    SymSelesai => "Selesai (kapsul)", "End (capsule)";
    Ke => "Langkah berikutnya", "Next step";
    NextRow => "Baris berikutnya", "The next row";
    Cabang => "Cabang keputusan", "Decision branches";
    BranchLabel => "Label jawaban", "Answer label";
    BranchTarget => "Ke langkah", "Go to step";
    ChooseStep => "— Pilih langkah —", "— Choose a step —";
    AddBranch => "Tambah cabang", "Add a branch";
    MutuBaku => "Mutu Baku", "Quality standard";
    Kelengkapan => "Kelengkapan", "Requirements";
    Waktu => "Waktu", "Time";
    WaktuHint => "Misalnya 15 menit, 2 hari kerja, atau 1-2 jam.", "For example 15 menit, 2 hari kerja or 1-2 jam.";
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
    TanggalPembuatanHint => "Tanggal SOP selesai disusun (bukan tanggal mulai penyusunan). Tulis tanggal seperti 10 Juli 2025, atau pilih di kalender.",
        "The day the SOP was finished (not the day drafting began). Type a date such as 10 Juli 2025, or pick it from the calendar.";
    TanggalRevisiHint => "Tanggal revisi atau rencana reviu; kosongkan atau tulis “-” bila tidak ada. Tulis tanggal seperti 10 Juli 2026, atau pilih di kalender.",
        "Revision date or planned review date; leave empty or write “-” if none. Type a date such as 10 Juli 2026, or pick it from the calendar.";
    TanggalEfektif => "Tanggal Efektif", "Effective date";
    DateHint => "Tulis tanggal seperti 10 Juli 2025, atau pilih di kalender.", "Type a date such as 10 Juli 2025, or pick it from the calendar.";
    DatePicker => "pilih di kalender", "pick from the calendar";
    DisahkanOleh => "Disahkan oleh", "Approved by";
    Jabatan => "Jabatan", "Position";
    SignerName => "Nama pejabat", "Official's name";
    Nip => "NIP", "NIP";
    NipHint => "18 angka; spasi boleh.", "The civil servant number: 18 digits; spaces are allowed.";
    Monitoring => "Monitoring", "Monitoring records";
    MonitoringIntro => "Setiap 6 bulan, catat apakah SOP berjalan dengan baik (Permenpan RB 35/2012, Tabel 7).",
        "Every 6 months, record whether the SOP works well (Permenpan RB 35/2012, Table 7).";
    Tanggal => "Tanggal", "Date";
    Penilaian => "Penilaian", "Assessment";
    NotChosen => "— Pilih —", "— Choose —";
    Catatan => "Catatan", "Notes";
    Penilai => "Penilai", "Assessed by";
    MonCatatan => "Catatan hasil penilaian", "Assessment notes";
    MonTindakan => "Tindakan yang harus diambil", "Action to be taken";
    MonPenilai => "Penilai (paraf)", "Assessed by (initials)";
    AddMonitoring => "Tambah catatan monitoring", "Add a monitoring record";
    Evaluasi => "Evaluasi", "Evaluations";
    EvaluasiIntro => "Setiap tahun, nilai SOP terhadap 7 kriteria dengan jawaban ya atau tidak.",
        "Every year, assess the SOP against the 7 criteria with yes or no.";
    Kriteria => "Kriteria evaluasi", "Evaluation criteria";
    Ya => "Ya", "Yes";
    Tidak => "Tidak", "No";
    AddEvaluation => "Tambah evaluasi", "Add an evaluation";

    // ---- categories
    CatUmum => "Umum", "General";
    CatPembuatanBerita => "Pembuatan Berita", "Writing news releases";
    CatKpuMengajar => "KPU Mengajar", "KPU Mengajar (school programme)";
    CatLayananInformasiPublik => "Layanan Informasi Publik", "Public information service";
    CatKeberatanInformasi => "Keberatan Informasi Publik", "Objections to information decisions";
    CatAdministrasiSdm => "Administrasi SDM", "HR administration";

    // ---- checklist
    AllComplete => "SOP lengkap: tidak ada kesalahan.", "The SOP is complete: no errors.";

    // ---- error summary and messages
    SummaryHeading => "Terdapat masalah", "There is a problem";
    NoProblemsHeading => "Tidak ada masalah", "No problems found";
    NoProblemsBody => "Tidak ada kesalahan atau peringatan pada SOP ini.", "This SOP has no errors or warnings.";
}

/// Words that are the same in both languages (official terms kept as they are).
pub const SAME_IN_BOTH: &[T] = &[T::Output, T::CatKpuMengajar, T::Nip];

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
    use crate::platform::LocalTime;

    fn at(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> LocalTime {
        LocalTime {
            year,
            month,
            day,
            hour,
            minute,
        }
    }

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
        both(&|l| date_time(l, at(2026, 11, 27, 14, 32)));
        both(&|l| line_column(l, 3, 7));
        both(&|l| import_unsupported(l, "x"));
        both(&|l| import_too_large(l, "x", "6.0", "5.0"));
        both(&|l| import_unreadable(l, "x"));
        both(&|l| widget_bad_lang(l, "x"));
        both(&|l| widget_bad_mode(l, "x"));
        both(&|l| widget_bad_template(l, "x", "y"));
        both(&|l| widget_bad_storage_key(l, "x", 64));
        both(&|l| widget_src_required(l, "view"));
        both(&|l| widget_bad_profile(l, "x", "y"));
    }

    #[test]
    fn formats() {
        assert_eq!(
            saved_at(Lang::Id, 14, 2, true),
            "Tersimpan di perangkat ini · 14.02"
        );
        assert_eq!(
            step_list(Lang::Id, &["2".into(), "3".into(), "5".into()]),
            "langkah 2, 3, dan 5"
        );
        assert_eq!(
            step_list(Lang::Id, &["2".into(), "3".into()]),
            "langkah 2 dan 3"
        );
        assert_eq!(
            step_list(Lang::En, &["2".into(), "3".into(), "5".into()]),
            "steps 2, 3 and 5"
        );
        assert_eq!(
            import_too_large(Lang::Id, "a.sop.yaml", "6.2", "5.0"),
            "Berkas “a.sop.yaml” terlalu besar (6,2 MB); batasnya 5,0 MB. Berkas tidak dibaca."
        );
        assert_eq!(step_list(Lang::En, &["2".into()]), "step 2");
        assert_eq!(
            date_time(Lang::Id, at(2026, 11, 27, 14, 32)),
            "27 November 2026 14.32"
        );
        assert_eq!(
            date_time(Lang::En, at(2025, 7, 1, 9, 5)),
            "1 July 2025, 09:05"
        );
        assert_eq!(short_date_time(at(2026, 11, 27, 23, 2)), "27-11-2026 23.02");
        assert_eq!(line_column(Lang::Id, 3, 7), "baris 3, kolom 7");
        assert_eq!(draft_heading(Lang::Id, "  "), "Draf: (tanpa nama)");
        assert_eq!(
            page_title(Lang::Id, "Draf: X", true),
            "Kesalahan: Draf: X — Penyusun SOP"
        );
    }

    /// A message names a field with sop-core's words for it (`sop_core::labels`); the form's
    /// label must say the same, or the message points at a field the user cannot find.
    #[test]
    fn form_labels_are_the_words_messages_use() {
        use sop_core::keys::{
            branch, evaluation, identity, lane, monitoring, quality, root, signer, step, Shape,
        };
        let fields = [
            (T::Instansi, Shape::Identity, identity::INSTANSI),
            (T::Unit, Shape::Identity, identity::UNIT),
            (T::NomorSop, Shape::Identity, identity::NOMOR),
            (T::NamaSop, Shape::Identity, identity::NAMA),
            (
                T::TanggalPembuatan,
                Shape::Identity,
                identity::TANGGAL_PEMBUATAN,
            ),
            (T::TanggalRevisi, Shape::Identity, identity::TANGGAL_REVISI),
            (
                T::TanggalEfektif,
                Shape::Identity,
                identity::TANGGAL_EFEKTIF,
            ),
            (T::DisahkanOleh, Shape::Identity, identity::DISAHKAN_OLEH),
            (T::Jabatan, Shape::Signer, signer::JABATAN),
            (T::SignerName, Shape::Signer, signer::NAMA),
            (T::Nip, Shape::Signer, signer::NIP),
            (T::Tujuan, Shape::Root, root::TUJUAN),
            (T::DasarHukum, Shape::Root, root::DASAR_HUKUM),
            (T::Kualifikasi, Shape::Root, root::KUALIFIKASI_PELAKSANA),
            (T::Keterkaitan, Shape::Root, root::KETERKAITAN),
            (T::Peralatan, Shape::Root, root::PERALATAN_PERLENGKAPAN),
            (T::Peringatan, Shape::Root, root::PERINGATAN),
            (T::Pencatatan, Shape::Root, root::PENCATATAN_PENDATAAN),
            (T::StatusLabel, Shape::Root, root::STATUS),
            (T::CategoryLabel, Shape::Root, root::KATEGORI),
            (T::Monitoring, Shape::Root, root::MONITORING),
            (T::Evaluasi, Shape::Root, root::EVALUASI),
            (T::LaneName, Shape::Lane, lane::NAMA),
            (T::LaneId, Shape::Lane, lane::ID),
            (T::Nomor, Shape::Step, step::NOMOR),
            (T::Uraian, Shape::Step, step::URAIAN),
            (T::Pelaksana, Shape::Step, step::PELAKSANA),
            (T::Simbol, Shape::Step, step::SIMBOL),
            (T::Cabang, Shape::Step, step::CABANG),
            (T::Ke, Shape::Step, step::KE),
            (T::MutuBaku, Shape::Step, step::MUTU_BAKU),
            (T::Keterangan, Shape::Step, step::KETERANGAN),
            (T::BranchLabel, Shape::Branch, branch::LABEL),
            (T::BranchTarget, Shape::Branch, branch::KE),
            (T::Kelengkapan, Shape::Quality, quality::KELENGKAPAN),
            (T::Waktu, Shape::Quality, quality::WAKTU),
            (T::Output, Shape::Quality, quality::OUTPUT),
            (T::Tanggal, Shape::Monitoring, monitoring::TANGGAL),
            (T::Penilaian, Shape::Monitoring, monitoring::PENILAIAN),
            (T::MonCatatan, Shape::Monitoring, monitoring::CATATAN),
            (T::MonTindakan, Shape::Monitoring, monitoring::TINDAKAN),
            (T::MonPenilai, Shape::Monitoring, monitoring::PENILAI),
            (T::Tanggal, Shape::Evaluation, evaluation::TANGGAL),
            (T::Penilai, Shape::Evaluation, evaluation::PENILAI),
            (T::Kriteria, Shape::Evaluation, evaluation::KRITERIA),
            (T::Catatan, Shape::Evaluation, evaluation::CATATAN),
        ];
        for (t, shape, key) in fields {
            let words = sop_core::labels::field(shape, key)
                .unwrap_or_else(|| panic!("sop-core has no label for {key}"));
            for lang in [Lang::Id, Lang::En] {
                assert_eq!(t.get(lang), words.get(lang), "{} ({key})", t.name());
            }
        }
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
    }
}
