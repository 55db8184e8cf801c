//! SOP101 `instansi-missing`: the agency is not named.

use crate::checklist::Item;
use crate::keys::identity;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::model::text_filled;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP101.
pub static RULE: Rule = Rule {
    code: "SOP101",
    name: "instansi-missing",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    counts: Counts::Against(Item::Identitas),
    check: Check::Document(check),
    messages: &[&MISSING],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.instansi` kosong.",
            en: "`identitas.instansi` is empty.",
        },
        why: Bilingual {
            id: "Kop SOP harus menyebut instansi pemilik prosedur.",
            en: "The SOP header must name the agency that owns the procedure.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Bagian Identitas)",
        fires: "identitas:\n  instansi: \"\"\n",
        passes: "identitas:\n  instansi: Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur\n",
    },
};

/// The agency is empty.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Nama instansi belum diisi",
                "Isi nama instansi, misalnya “Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur”.",
            ),
            Text::new(
                "The agency name is missing",
                "Fill in the agency, e.g. “Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// `identitas.instansi` is empty.
pub fn missing() -> Diagnostic {
    Diagnostic::new(&MISSING, Pointer::identity(identity::INSTANSI))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if !text_filled(&cx.sop.identity.agency) {
        out.push(missing());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_yaml, codes, findings};

    #[test]
    fn empty_identity_names_each_missing_field() {
        let report = check_yaml("format: sop/1\nstatus: diajukan\n");
        for code in [
            "SOP101", "SOP102", "SOP103", "SOP105", "SOP106", "SOP107", "SOP109",
        ] {
            assert!(codes(&report).contains(&code), "{code}");
        }
        let d = findings(&report, "SOP101")[0];
        assert_eq!(d.pointer, "/identitas/instansi");
    }
}
