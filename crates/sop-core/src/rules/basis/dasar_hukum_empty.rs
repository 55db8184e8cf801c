//! SOP201 `dasar-hukum-empty`: no legal basis.

use crate::checklist::Item;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::model::list_filled;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP201.
pub static RULE: Rule = Rule {
    code: "SOP201",
    name: "dasar-hukum-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Basis,
    counts: Counts::Against(Item::DasarHukum),
    check: Check::Document(check),
    messages: &[&EMPTY],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`dasar_hukum` tidak ada, kosong, atau hanya berisi `-`.",
            en: "`dasar_hukum` is missing, empty, or holds only `-`.",
        },
        why: Bilingual {
            id: "Dasar hukum menunjukkan peraturan yang mendasari prosedur; SOP tanpa dasar hukum tidak memenuhi prinsip kepatuhan hukum.",
            en: "The legal basis names the regulations the procedure rests on; an SOP without one fails the principle of legal compliance.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Dasar Hukum) dan prinsip kepatuhan hukum",
        fires: "dasar_hukum: [\"-\"]\n",
        passes: "dasar_hukum:\n  - Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n",
    },
};

/// The section has no real entry.
pub static EMPTY: Message = Message {
    rule: &RULE,
    key: "empty",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Dasar hukum belum diisi",
                "Tambahkan minimal satu butir pada isian Dasar Hukum, misalnya “Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik”.",
            ),
            Text::new(
                "The legal basis (dasar hukum) is missing",
                "Add at least one item to the Legal basis field, e.g. “Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|_, lang| {
        lang.pick(
            Text::new(
                "Dasar hukum belum diisi",
                "Isi minimal satu dasar hukum di `dasar_hukum`, misalnya “Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik”.",
            ),
            Text::new(
                "The legal basis (dasar hukum) is missing",
                "Add at least one regulation under `dasar_hukum`, e.g. “Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik”.",
            ),
        )
    }),
};

/// `dasar_hukum` has no real entry.
pub fn empty() -> Diagnostic {
    Diagnostic::new(&EMPTY, Pointer::section(root::DASAR_HUKUM))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if !list_filled(&cx.sop.legal_basis) {
        out.push(empty());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_yaml, codes, findings, EXAMPLE};

    #[test]
    fn empty_sections_name_their_key() {
        let report = check_yaml("format: sop/1\nstatus: diajukan\n");
        for (code, pointer) in [
            ("SOP201", "/dasar_hukum"),
            ("SOP204", "/kualifikasi_pelaksana"),
            ("SOP205", "/keterkaitan"),
            ("SOP207", "/peralatan_perlengkapan"),
            ("SOP208", "/peringatan"),
            ("SOP210", "/pencatatan_pendataan"),
        ] {
            let found = findings(&report, code);
            assert_eq!(found.len(), 1, "{code}");
            assert_eq!(found[0].pointer, pointer, "{code}");
        }
    }

    #[test]
    fn the_example_basis_is_clean() {
        let report = check_yaml(EXAMPLE);
        assert!(codes(&report).iter().all(|c| !c.starts_with("SOP2")));
    }
}
