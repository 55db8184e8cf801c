//! The public-information categories (UU 14/2008): `layanan_informasi_publik` and
//! `keberatan_informasi` (SOP602, SOP603), and how their lanes are named.

use crate::model::{Category, Sop};

/// True for a public-information category.
pub(crate) fn information_category(sop: &Sop) -> bool {
    matches!(
        sop.category,
        Category::LayananInformasiPublik | Category::KeberatanInformasi
    )
}

/// Lower case with single spaces, `_` and `-` read as spaces.
pub(crate) fn words(text: &str) -> String {
    text.to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
