//! The completeness checklist (DESIGN.md §4): 12 items with stable ids, each done when its
//! content is present and no error or warning of its rules remains. A rule declares the
//! item it keeps open (`Rule::counts`); the report computes the state.

use serde::Serialize;

use crate::keys::root;
use crate::messages::{Bilingual, Lang};
use crate::model::{list_filled, Sop};

/// One item of the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    /// Identitas SOP.
    Identitas,
    /// Pengesahan (approval).
    Pengesahan,
    /// Dasar hukum (legal basis).
    DasarHukum,
    /// Kualifikasi pelaksana (qualifications).
    KualifikasiPelaksana,
    /// Keterkaitan (related SOPs).
    Keterkaitan,
    /// Peralatan/perlengkapan (equipment).
    PeralatanPerlengkapan,
    /// Peringatan (warnings).
    Peringatan,
    /// Pencatatan dan pendataan (records).
    PencatatanPendataan,
    /// Pelaksana (lanes).
    Pelaksana,
    /// Uraian kegiatan (steps).
    Kegiatan,
    /// Mutu baku (quality standards).
    MutuBaku,
    /// Alur (the flowchart).
    Alur,
}

impl Item {
    /// Every item, in the order of the form.
    pub const ALL: [Item; 12] = [
        Item::Identitas,
        Item::Pengesahan,
        Item::DasarHukum,
        Item::KualifikasiPelaksana,
        Item::Keterkaitan,
        Item::PeralatanPerlengkapan,
        Item::Peringatan,
        Item::PencatatanPendataan,
        Item::Pelaksana,
        Item::Kegiatan,
        Item::MutuBaku,
        Item::Alur,
    ];

    /// Stable id (`dasar_hukum`).
    pub fn id(self) -> &'static str {
        match self {
            Item::Identitas => root::IDENTITAS,
            Item::Pengesahan => "pengesahan",
            Item::DasarHukum => root::DASAR_HUKUM,
            Item::KualifikasiPelaksana => root::KUALIFIKASI_PELAKSANA,
            Item::Keterkaitan => root::KETERKAITAN,
            Item::PeralatanPerlengkapan => root::PERALATAN_PERLENGKAPAN,
            Item::Peringatan => root::PERINGATAN,
            Item::PencatatanPendataan => root::PENCATATAN_PENDATAAN,
            Item::Pelaksana => root::PELAKSANA,
            Item::Kegiatan => root::KEGIATAN,
            Item::MutuBaku => "mutu_baku",
            Item::Alur => "alur",
        }
    }

    /// The item with stable id `id`.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.id() == id)
    }

    /// The item's title in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        let (id, en) = match self {
            Item::Identitas => ("Identitas SOP", "SOP identity"),
            Item::Pengesahan => ("Pengesahan", "Approval"),
            Item::DasarHukum => ("Dasar Hukum", "Legal basis"),
            Item::KualifikasiPelaksana => ("Kualifikasi Pelaksana", "Implementer qualifications"),
            Item::Keterkaitan => ("Keterkaitan", "Related SOPs"),
            Item::PeralatanPerlengkapan => ("Peralatan/Perlengkapan", "Equipment"),
            Item::Peringatan => ("Peringatan", "Warnings"),
            Item::PencatatanPendataan => ("Pencatatan dan Pendataan", "Records"),
            Item::Pelaksana => ("Pelaksana", "Roles (lanes)"),
            Item::Kegiatan => ("Uraian Kegiatan", "Steps"),
            Item::MutuBaku => ("Mutu Baku", "Quality standards"),
            Item::Alur => ("Alur (diagram alir)", "Flow (flowchart)"),
        };
        Bilingual { id, en }.get(lang)
    }

    /// The document pointer of the item's section (where the form and the file put it).
    pub fn pointer(self) -> &'static str {
        match self {
            Item::Identitas => "/identitas",
            Item::Pengesahan => "/identitas/disahkan_oleh",
            Item::DasarHukum => "/dasar_hukum",
            Item::KualifikasiPelaksana => "/kualifikasi_pelaksana",
            Item::Keterkaitan => "/keterkaitan",
            Item::PeralatanPerlengkapan => "/peralatan_perlengkapan",
            Item::Peringatan => "/peringatan",
            Item::PencatatanPendataan => "/pencatatan_pendataan",
            Item::Pelaksana => "/pelaksana",
            Item::Kegiatan | Item::MutuBaku | Item::Alur => "/kegiatan",
        }
    }

    /// True when the document has content for this item.
    pub fn present(self, sop: &Sop) -> bool {
        match self {
            Item::Identitas => {
                !sop.identity.name.trim().is_empty() || !sop.identity.agency.trim().is_empty()
            }
            Item::Pengesahan => {
                let a = &sop.identity.approved_by;
                !a.position.trim().is_empty() || !a.name.trim().is_empty()
            }
            Item::DasarHukum => list_filled(&sop.legal_basis),
            Item::KualifikasiPelaksana => list_filled(&sop.qualifications),
            Item::Keterkaitan => sop.related.iter().any(|r| !r.trim().is_empty()),
            Item::PeralatanPerlengkapan => list_filled(&sop.equipment),
            Item::Peringatan => list_filled(&sop.warnings),
            Item::PencatatanPendataan => list_filled(&sop.records),
            Item::Pelaksana => !sop.lanes.is_empty(),
            Item::Kegiatan | Item::Alur => !sop.steps.is_empty(),
            Item::MutuBaku => sop.steps.iter().any(|st| !st.quality.is_empty()),
        }
    }
}

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
        Item::from_id(self.id).map_or(self.id, |i| i.title(lang))
    }

    /// The document pointer of the item's section (where the form and file put it).
    pub fn pointer(&self) -> &'static str {
        Item::from_id(self.id).map_or("", Item::pointer)
    }
}

/// The checklist's heading, as the web app and the view-only widget show it.
pub const HEADING: Bilingual = Bilingual {
    id: "Kelengkapan SOP",
    en: "SOP completeness",
};

/// The status of a done item.
pub const DONE: Bilingual = Bilingual {
    id: "Lengkap",
    en: "Complete",
};

/// The status of an item not done yet.
pub const NOT_DONE: Bilingual = Bilingual {
    id: "Belum lengkap",
    en: "Incomplete",
};

/// The count under the heading: "8 dari 12 bagian lengkap".
pub fn done_count(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::Id => format!("{done} dari {total} bagian lengkap"),
        Lang::En => format!("{done} of {total} sections complete"),
    }
}

/// The stable ids of the checklist, in order.
pub fn ids() -> impl Iterator<Item = &'static str> {
    Item::ALL.into_iter().map(Item::id)
}

#[cfg(test)]
mod tests {
    use super::{done_count, Item};
    use crate::messages::Lang;
    use crate::rule::Severity;

    #[test]
    fn the_words_both_front_ends_show() {
        assert_eq!(done_count(Lang::Id, 9, 12), "9 dari 12 bagian lengkap");
        assert_eq!(done_count(Lang::En, 9, 12), "9 of 12 sections complete");
        assert_eq!(Severity::Warning.prefix(Lang::Id), "Perhatian:");
        assert_eq!(Severity::Error.prefix(Lang::En), "Error:");
        assert_eq!(Severity::Info.prefix(Lang::Id), "Saran:");
    }
    use crate::keys::{identity, root};
    use crate::pointer::Pointer;

    #[test]
    fn ids_are_unique_and_pointers_are_sections() {
        let mut ids: Vec<&str> = Item::ALL.iter().map(|i| i.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Item::ALL.len());
        for item in Item::ALL {
            assert_eq!(Item::from_id(item.id()), Some(item));
            let pointer = match item {
                Item::Pengesahan => Pointer::identity(identity::DISAHKAN_OLEH),
                Item::MutuBaku | Item::Alur => Pointer::section(root::KEGIATAN),
                other => Pointer::section(other.id()),
            };
            assert_eq!(item.pointer(), pointer.as_str(), "{item:?}");
        }
    }
}
