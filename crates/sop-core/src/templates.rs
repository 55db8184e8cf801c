//! Starting documents, one per kategori, with realistic content for KPU Provinsi Nusa
//! Tenggara Timur. Identity fields that only the office can know are left empty.

use crate::model::Category;

/// The YAML template of a kategori.
pub fn template(category: Category) -> &'static str {
    match category {
        Category::Umum => include_str!("../templates/umum.sop.yaml"),
        Category::PembuatanBerita => include_str!("../templates/pembuatan_berita.sop.yaml"),
        Category::KpuMengajar => include_str!("../templates/kpu_mengajar.sop.yaml"),
        Category::LayananInformasiPublik => {
            include_str!("../templates/layanan_informasi_publik.sop.yaml")
        }
        Category::KeberatanInformasi => include_str!("../templates/keberatan_informasi.sop.yaml"),
        Category::AdministrasiSdm => include_str!("../templates/administrasi_sdm.sop.yaml"),
    }
}

/// Every template with its kategori.
pub fn all() -> impl Iterator<Item = (Category, &'static str)> {
    Category::ALL.into_iter().map(|c| (c, template(c)))
}
