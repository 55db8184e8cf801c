//! The public-information categories (UU 14/2008): `layanan_informasi_publik` and
//! `keberatan_informasi` (SOP602, SOP603), and how their lanes are named.

use crate::labels;
use crate::messages::Lang;
use crate::model::{Category, Sop};

/// True for a public-information category.
pub(crate) fn information_category(sop: &Sop) -> bool {
    matches!(
        sop.category,
        Category::LayananInformasiPublik | Category::KeberatanInformasi
    )
}

/// A kategori value of a message (its key) as the form names it: "Layanan Informasi
/// Publik".
pub(crate) fn category_name(lang: Lang, key: &str) -> &'static str {
    Category::from_key(key).map_or("", |c| labels::category(c).get(lang))
}

/// Lower case with single spaces, `_` and `-` read as spaces.
pub(crate) fn words(text: &str) -> String {
    text.to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
