//! SOP109 `pengesahan-incomplete`: the signing official's position or name is missing
//! (needed only for signing).

use crate::checklist::Item;
use crate::keys::signer;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP109.
pub static RULE: Rule = Rule {
    code: "SOP109",
    name: "pengesahan-incomplete",
    severity: Severity::Error,
    signing: true,
    group: Group::Identity,
    counts: Counts::Against(Item::Pengesahan),
    check: Check::Document(check),
    messages: &[&NO_POSITION, &NO_NAME],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`disahkan_oleh` tidak memuat jabatan atau nama (hanya wajib untuk pengesahan).",
            en: "`disahkan_oleh` lacks the position or the name (needed only for signing).",
        },
        why: Bilingual {
            id: "SOP sah bila ditandatangani pimpinan yang berwenang, dengan jabatan dan nama.",
            en: "An SOP is valid when signed by the competent official, with position and name.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Bagian Identitas)",
        fires: "identitas:\n  disahkan_oleh:\n    jabatan: \"\"\n",
        passes: "identitas:\n  disahkan_oleh:\n    jabatan: Sekretaris KPU Provinsi Nusa Tenggara Timur\n",
    },
};

/// The signer's position is empty.
pub static NO_POSITION: Message = Message {
    rule: &RULE,
    key: "jabatan",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Jabatan pejabat yang mengesahkan belum diisi",
                "Isi jabatan penandatangan, misalnya “Sekretaris KPU Provinsi Nusa Tenggara Timur”.",
            ),
            Text::new(
                "The approving official's position is missing",
                "Fill in the signer's position, e.g. “Sekretaris KPU Provinsi Nusa Tenggara Timur”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// The signer's name is empty.
pub static NO_NAME: Message = Message {
    rule: &RULE,
    key: "nama",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Nama pejabat yang mengesahkan belum diisi",
                "Isi nama lengkap pejabat penandatangan beserta gelarnya, sebagaimana akan tertulis di bawah tanda tangan.",
            ),
            Text::new(
                "The approving official's name is missing",
                "Fill in the signing official's full name with their titles, as it will appear under the signature.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// `disahkan_oleh.jabatan` is empty.
pub fn no_position() -> Diagnostic {
    Diagnostic::new(&NO_POSITION, Pointer::signer(signer::JABATAN))
}

/// `disahkan_oleh.nama` is empty.
pub fn no_name() -> Diagnostic {
    Diagnostic::new(&NO_NAME, Pointer::signer(signer::NAMA))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let official = &cx.sop.identity.approved_by;
    if official.position.trim().is_empty() {
        out.push(no_position());
    }
    if official.name.trim().is_empty() {
        out.push(no_name());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_example, codes, findings};
    use crate::Severity;

    #[test]
    fn signing_rules_are_info_in_a_draft() {
        let report =
            check_example("status: draf\nidentitas:\n  nomor: null\n  disahkan_oleh: null\n");
        for code in ["SOP103", "SOP109", "SOP110"] {
            let found = findings(&report, code);
            assert!(!found.is_empty(), "{code}");
            assert!(found.iter().all(|d| d.severity == Severity::Info), "{code}");
        }
        assert!(report.complete, "{:?}", codes(&report));
    }
}
