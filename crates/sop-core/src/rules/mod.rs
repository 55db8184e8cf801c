//! The rule catalogue (DESIGN.md §4): one file per rule, `rules/<group>/<name>.rs`, holding
//! the rule ([`Rule`]: code, name, severity, checklist item, check, messages, docs), the
//! constructors of its findings, their wording in both languages, and its tests. [`ALL`]
//! is the one registry. A new rule is one file plus its two lines here: its `mod` line in
//! its group and its entry in [`ALL`] (docs/architecture.md walks through it).

use crate::rule::{Check, Context, Diagnostic, Rule};

/// SOP0xx: reading the file. SOP001–SOP004 are reported by the reader (`parse/`).
pub mod format {
    pub mod format_version;
    pub mod legacy_alias;
    pub mod parse_error;
    pub mod unknown_key;
    pub mod wrong_type;
}

/// SOP1xx: the identity block and its approval (Permenpan RB 35/2012, Lampiran, Bab III
/// huruf B.1.a "Bagian Identitas"; research/sop-standard.md §3.2).
pub mod identity {
    pub mod date_order;
    mod dates;
    pub mod instansi_missing;
    pub mod nama_missing;
    pub mod nip_invalid;
    pub mod nomor_missing;
    pub mod nomor_pattern;
    pub mod pengesahan_incomplete;
    pub mod tanggal_efektif;
    pub mod tanggal_pembuatan;
    pub mod unit_missing;
}

/// SOP2xx: the boxes beside the identity: dasar hukum, kualifikasi pelaksana, keterkaitan,
/// peralatan/perlengkapan, peringatan and pencatatan/pendataan (Permenpan RB 35/2012,
/// Lampiran Bab III B.1.a; research/sop-standard.md §3.2 items 8–13).
pub mod basis {
    mod citation;
    pub mod dasar_hukum_empty;
    pub mod dasar_hukum_revoked;
    pub mod dasar_hukum_unrecognized;
    mod entries;
    pub mod keterkaitan_empty;
    pub mod keterkaitan_self;
    pub mod kualifikasi_empty;
    pub mod pencatatan_empty;
    pub mod peralatan_empty;
    pub mod peringatan_empty;
    pub mod peringatan_not_consequence;
}

/// SOP3xx: the lanes (pelaksana) and the rows of the procedure table (Permenpan RB
/// 35/2012, Lampiran Bab III B.1.b "Bagian Flowchart"; research/sop-standard.md §3.3).
pub mod steps {
    pub mod kegiatan_empty;
    pub mod mutu_baku_missing;
    pub mod pelaksana_duplicate;
    pub mod pelaksana_empty;
    pub mod pelaksana_unused;
    pub mod simbol_invalid;
    pub mod step_number;
    pub mod step_pelaksana_unknown;
    #[cfg(test)]
    pub(crate) mod testing;
    pub mod uraian_missing;
    pub mod uraian_style;
    pub mod waktu_unparseable;
}

/// SOP4xx: the flow graph of the steps ([`crate::flow`]; Permenpan RB 35/2012, Lampiran
/// Bab III B.1.b, flowchart symbols; research/sop-standard.md §2 and §3.3). The flow rules
/// SOP405–SOP408 look at the edges that exist, even when SOP403 fired.
///
/// Who reports what, so that one mistake gives one clear finding where possible: SOP401
/// speaks once per document about the start, SOP408 points at each misplaced `mulai` row;
/// SOP402 speaks once about the end; SOP406 reports every step the start does not reach;
/// SOP407 reports only where the flow gets stuck among the steps the start reaches.
pub mod flow {
    pub mod decision_branches;
    pub mod decision_labels;
    pub mod end_terminator;
    pub mod no_path_to_end;
    pub mod start_terminator;
    pub mod target_unknown;
    pub mod terminator_misuse;
    #[cfg(test)]
    pub(crate) mod testing;
    pub mod unreachable_step;
}

/// SOP5xx: monitoring and evaluation of an SOP in force (Permenpan RB 35/2012, Lampiran
/// Bab V "Monitoring dan Evaluasi Penerapan SOP AP", Tabel 7; research/sop-standard.md
/// §6). The time-dependent rules (SOP501–SOP503) need "today" ([`Context::today`]) and are
/// skipped without it.
pub mod review {
    mod dates;
    pub mod evaluation_incomplete;
    pub mod evaluation_overdue;
    pub mod monitoring_overdue;
    pub mod planned_review_passed;
    #[cfg(test)]
    pub(crate) mod testing;
}

/// SOP6xx: statutory rules by `kategori`: public-information service and objections
/// (UU 14/2008 tentang Keterbukaan Informasi Publik, Pasal 22 and 35–36; Perki 1/2021;
/// research/sop-standard.md §9.3) and the review of news releases.
pub mod category {
    mod deadline;
    mod information;
    pub mod keberatan_deadline;
    pub mod lip_dasar_hukum;
    pub mod lip_deadline;
    pub mod lip_ppid_lane;
    pub mod publication_review;
}

mod refs;
mod text;

/// Every rule, in code order: the one registry.
pub static ALL: &[&Rule] = &[
    &format::parse_error::RULE,
    &format::wrong_type::RULE,
    &format::unknown_key::RULE,
    &format::legacy_alias::RULE,
    &format::format_version::RULE,
    &identity::instansi_missing::RULE,
    &identity::unit_missing::RULE,
    &identity::nomor_missing::RULE,
    &identity::nomor_pattern::RULE,
    &identity::nama_missing::RULE,
    &identity::tanggal_pembuatan::RULE,
    &identity::tanggal_efektif::RULE,
    &identity::date_order::RULE,
    &identity::pengesahan_incomplete::RULE,
    &identity::nip_invalid::RULE,
    &basis::dasar_hukum_empty::RULE,
    &basis::dasar_hukum_unrecognized::RULE,
    &basis::dasar_hukum_revoked::RULE,
    &basis::kualifikasi_empty::RULE,
    &basis::keterkaitan_empty::RULE,
    &basis::keterkaitan_self::RULE,
    &basis::peralatan_empty::RULE,
    &basis::peringatan_empty::RULE,
    &basis::peringatan_not_consequence::RULE,
    &basis::pencatatan_empty::RULE,
    &steps::pelaksana_empty::RULE,
    &steps::pelaksana_duplicate::RULE,
    &steps::pelaksana_unused::RULE,
    &steps::kegiatan_empty::RULE,
    &steps::step_number::RULE,
    &steps::uraian_missing::RULE,
    &steps::step_pelaksana_unknown::RULE,
    &steps::mutu_baku_missing::RULE,
    &steps::waktu_unparseable::RULE,
    &steps::uraian_style::RULE,
    &steps::simbol_invalid::RULE,
    &flow::start_terminator::RULE,
    &flow::end_terminator::RULE,
    &flow::decision_branches::RULE,
    &flow::decision_labels::RULE,
    &flow::target_unknown::RULE,
    &flow::unreachable_step::RULE,
    &flow::no_path_to_end::RULE,
    &flow::terminator_misuse::RULE,
    &review::evaluation_overdue::RULE,
    &review::monitoring_overdue::RULE,
    &review::planned_review_passed::RULE,
    &review::evaluation_incomplete::RULE,
    &category::lip_deadline::RULE,
    &category::lip_dasar_hukum::RULE,
    &category::lip_ppid_lane::RULE,
    &category::keberatan_deadline::RULE,
    &category::publication_review::RULE,
];

/// Every rule, in code order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    ALL.iter().copied()
}

/// The rule with `code` (case-insensitive).
pub fn find(code: &str) -> Option<&'static Rule> {
    all().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Runs every document-level rule on a model.
pub fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for rule in all() {
        if let Check::Document(check) = rule.check {
            check(cx, out);
        }
    }
}

#[cfg(test)]
pub(crate) mod testing;
