//! What the user must be told about storage: errors are values the UI shows, never panics.

use sop_core::Lang;

use crate::i18n::T;

/// Something the user must be told about storage ([`Notice::message`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Notice {
    /// Storage is blocked (privacy settings, a sandboxed frame): drafts live in memory only.
    Blocked,
    /// Storage is full: this change was not stored; the previous stored copy is intact.
    Full,
    /// A stored value could not be read and was kept aside under `key` (for download).
    KeptAside {
        /// The `NS:v1:aside:…` key holding the value verbatim.
        key: String,
    },
    /// The draft was saved by another tab or window since it was loaded here: this save
    /// was refused so that neither overwrites the other.
    ChangedElsewhere {
        /// The draft's id.
        id: String,
    },
    /// The draft does not exist (deleted, perhaps in another tab).
    Missing {
        /// The draft's id.
        id: String,
    },
}

impl Notice {
    /// The text of this notice.
    pub fn text(&self) -> T {
        match self {
            Notice::Blocked => T::NoticeBlocked,
            Notice::Full => T::NoticeFull,
            Notice::KeptAside { .. } => T::NoticeKeptAside,
            Notice::ChangedElsewhere { .. } => T::NoticeChangedElsewhere,
            Notice::Missing { .. } => T::NoticeMissing,
        }
    }

    /// The notice as the key of its row in a list (the same notice, the same row).
    pub fn row_key(&self) -> crate::ui::RowKey {
        match self {
            Notice::Blocked => (String::new(), 0),
            Notice::Full => (String::new(), 1),
            Notice::KeptAside { key } => (key.clone(), 2),
            Notice::ChangedElsewhere { id } => (id.clone(), 3),
            Notice::Missing { id } => (id.clone(), 4),
        }
    }

    /// What to tell the user, in `lang`.
    pub fn message(&self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }
}
