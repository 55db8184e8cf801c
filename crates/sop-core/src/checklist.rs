//! The completeness checklist (DESIGN.md §4): 12 items with stable ids, each done when its
//! content is present and no error or warning of its rules remains.

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::{Bilingual, Lang};
use crate::model::Sop;
use crate::rules::list_is_unfilled;

/// One checklist item and its state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistItem {
    /// Stable id (`dasar_hukum`).
    pub id: &'static str,
    /// True when the section is present and has no error or warning.
    pub done: bool,
}

impl ChecklistItem {
    /// The item's title in `lang`.
    pub fn title(&self, lang: Lang) -> &'static str {
        ITEMS
            .iter()
            .find(|i| i.id == self.id)
            .map_or(self.id, |i| i.title.get(lang))
    }

    /// The document pointer of the item's section (where the form and file put it).
    pub fn pointer(&self) -> &'static str {
        ITEMS
            .iter()
            .find(|i| i.id == self.id)
            .map_or("", |i| i.pointer)
    }
}

struct ItemDef {
    id: &'static str,
    title: Bilingual,
    pointer: &'static str,
    codes: &'static [&'static str],
    present: fn(&Sop) -> bool,
}

/// Every item, in the order of the form.
const ITEMS: &[ItemDef] = &[
    ItemDef {
        id: "identitas",
        title: Bilingual {
            id: "Identitas SOP",
            en: "SOP identity",
        },
        pointer: "/identitas",
        codes: &[
            "SOP101", "SOP102", "SOP103", "SOP104", "SOP105", "SOP106", "SOP108",
        ],
        present: |s| !s.identity.name.trim().is_empty() || !s.identity.agency.trim().is_empty(),
    },
    ItemDef {
        id: "pengesahan",
        title: Bilingual {
            id: "Pengesahan",
            en: "Approval",
        },
        pointer: "/identitas/disahkan_oleh",
        codes: &["SOP107", "SOP109", "SOP110"],
        present: |s| {
            let a = &s.identity.approved_by;
            !a.position.trim().is_empty() || !a.name.trim().is_empty()
        },
    },
    ItemDef {
        id: "dasar_hukum",
        title: Bilingual {
            id: "Dasar Hukum",
            en: "Legal basis",
        },
        pointer: "/dasar_hukum",
        codes: &["SOP201", "SOP202", "SOP203", "SOP602"],
        present: |s| !list_is_unfilled(&s.legal_basis),
    },
    ItemDef {
        id: "kualifikasi_pelaksana",
        title: Bilingual {
            id: "Kualifikasi Pelaksana",
            en: "Implementer qualifications",
        },
        pointer: "/kualifikasi_pelaksana",
        codes: &["SOP204"],
        present: |s| !list_is_unfilled(&s.qualifications),
    },
    ItemDef {
        id: "keterkaitan",
        title: Bilingual {
            id: "Keterkaitan",
            en: "Related SOPs",
        },
        pointer: "/keterkaitan",
        codes: &["SOP205", "SOP206"],
        present: |s| s.related.iter().any(|r| !r.trim().is_empty()),
    },
    ItemDef {
        id: "peralatan_perlengkapan",
        title: Bilingual {
            id: "Peralatan/Perlengkapan",
            en: "Equipment",
        },
        pointer: "/peralatan_perlengkapan",
        codes: &["SOP207"],
        present: |s| !list_is_unfilled(&s.equipment),
    },
    ItemDef {
        id: "peringatan",
        title: Bilingual {
            id: "Peringatan",
            en: "Warnings",
        },
        pointer: "/peringatan",
        codes: &["SOP208", "SOP209"],
        present: |s| !list_is_unfilled(&s.warnings),
    },
    ItemDef {
        id: "pencatatan_pendataan",
        title: Bilingual {
            id: "Pencatatan dan Pendataan",
            en: "Records",
        },
        pointer: "/pencatatan_pendataan",
        codes: &["SOP210"],
        present: |s| !list_is_unfilled(&s.records),
    },
    ItemDef {
        id: "pelaksana",
        title: Bilingual {
            id: "Pelaksana",
            en: "Roles (lanes)",
        },
        pointer: "/pelaksana",
        codes: &["SOP301", "SOP302", "SOP303", "SOP603"],
        present: |s| !s.lanes.is_empty(),
    },
    ItemDef {
        id: "kegiatan",
        title: Bilingual {
            id: "Uraian Kegiatan",
            en: "Steps",
        },
        pointer: "/kegiatan",
        codes: &["SOP304", "SOP305", "SOP306", "SOP307", "SOP310", "SOP311"],
        present: |s| !s.steps.is_empty(),
    },
    ItemDef {
        id: "mutu_baku",
        title: Bilingual {
            id: "Mutu Baku",
            en: "Quality standards",
        },
        pointer: "/kegiatan",
        codes: &["SOP308", "SOP309"],
        present: |s| s.steps.iter().any(|st| !st.quality.is_empty()),
    },
    ItemDef {
        id: "alur",
        title: Bilingual {
            id: "Alur (diagram alir)",
            en: "Flow (flowchart)",
        },
        pointer: "/kegiatan",
        codes: &[
            "SOP401", "SOP402", "SOP403", "SOP404", "SOP405", "SOP406", "SOP407", "SOP408",
            "SOP601", "SOP604", "SOP611",
        ],
        present: |s| !s.steps.is_empty(),
    },
];

/// The stable ids of the checklist, in order.
pub fn ids() -> impl Iterator<Item = &'static str> {
    ITEMS.iter().map(|i| i.id)
}

/// The checklist item a rule code counts against, if any.
pub fn item_of(code: &str) -> Option<&'static str> {
    ITEMS.iter().find(|i| i.codes.contains(&code)).map(|i| i.id)
}

/// Computes the checklist from the document and its (final) findings. A wrong-type finding
/// (SOP002) counts against the item whose section holds its pointer.
pub fn compute(sop: &Sop, diagnostics: &[Diagnostic], failed: bool) -> Vec<ChecklistItem> {
    ITEMS
        .iter()
        .map(|item| {
            let blocked = diagnostics.iter().any(|d| {
                d.severity >= Severity::Warning
                    && (item.codes.contains(&d.code)
                        || (d.code == "SOP002" && d.pointer.starts_with(item.pointer)))
            });
            ChecklistItem {
                id: item.id,
                done: !failed && (item.present)(sop) && !blocked,
            }
        })
        .collect()
}
