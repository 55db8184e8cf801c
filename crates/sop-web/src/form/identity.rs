//! Section 1, *Identitas & dasar*: the identity fields and the repeating lists of the
//! identity block (legal basis, qualifications, related SOPs, equipment, warnings,
//! records).

use leptos::prelude::*;

use super::controls::{scalar_field, ListAccess, StringList};
use crate::fields;
use crate::i18n::{tr, T};

/// Section 1 of the form.
#[component]
pub fn IdentitySection() -> impl IntoView {
    view! {
        <section class="form-section" aria-labelledby=fields::field_id("/identitas")>
            <h2 class="section-heading" id=fields::field_id("/identitas") tabindex="-1">
                {tr(T::SecIdentity)}
            </h2>
            {scalar_field(
                "/identitas/instansi",
                T::Instansi,
                |s| &s.identity.agency,
                |s| &mut s.identity.agency,
                None,
                0,
            )}
            {scalar_field(
                "/identitas/unit",
                T::Unit,
                |s| &s.identity.unit,
                |s| &mut s.identity.unit,
                None,
                0,
            )}
            {scalar_field(
                "/identitas/nomor",
                T::NomorSop,
                |s| &s.identity.number,
                |s| &mut s.identity.number,
                Some(T::NomorSopHint),
                0,
            )}
            {scalar_field(
                "/identitas/nama",
                T::NamaSop,
                |s| &s.identity.name,
                |s| &mut s.identity.name,
                None,
                0,
            )}
            {scalar_field("/tujuan", T::Tujuan, |s| &s.purpose, |s| &mut s.purpose, None, 3)}
            <StringList
                pointer="/dasar_hukum"
                title=T::DasarHukum
                add=T::AddDasarHukum
                hint=T::DasarHukumHint
                rows=2
                access=ListAccess {
                    get: |s| &s.legal_basis,
                    get_mut: |s| &mut s.legal_basis,
                }
            />
            <StringList
                pointer="/kualifikasi_pelaksana"
                title=T::Kualifikasi
                add=T::AddKualifikasi
                rows=2
                access=ListAccess {
                    get: |s| &s.qualifications,
                    get_mut: |s| &mut s.qualifications,
                }
            />
            <StringList
                pointer="/keterkaitan"
                title=T::Keterkaitan
                add=T::AddKeterkaitan
                hint=T::KeterkaitanHint
                access=ListAccess {
                    get: |s| &s.related,
                    get_mut: |s| &mut s.related,
                }
            />
            <StringList
                pointer="/peralatan_perlengkapan"
                title=T::Peralatan
                add=T::AddPeralatan
                access=ListAccess {
                    get: |s| &s.equipment,
                    get_mut: |s| &mut s.equipment,
                }
            />
            <StringList
                pointer="/peringatan"
                title=T::Peringatan
                add=T::AddPeringatan
                hint=T::PeringatanHint
                rows=2
                access=ListAccess {
                    get: |s| &s.warnings,
                    get_mut: |s| &mut s.warnings,
                }
            />
            <StringList
                pointer="/pencatatan_pendataan"
                title=T::Pencatatan
                add=T::AddPencatatan
                access=ListAccess {
                    get: |s| &s.records,
                    get_mut: |s| &mut s.records,
                }
            />
        </section>
    }
    .into_any()
}
