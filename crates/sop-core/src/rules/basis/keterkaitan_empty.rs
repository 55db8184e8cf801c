//! SOP205 `keterkaitan-empty`: related SOPs are not filled in. A single `-` says there are
//! none.

use crate::checklist::Item;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP205.
pub static RULE: Rule = Rule {
    code: "SOP205",
    name: "keterkaitan-empty",
    severity: Severity::Warning,
    signing: false,
    group: Group::Basis,
    counts: Counts::Against(Item::Keterkaitan),
    check: Check::Document(check),
    messages: &[&EMPTY],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`keterkaitan` tidak ada atau kosong. Satu butir `-` adalah cara yang diterima untuk menyatakan tidak ada SOP terkait.",
            en: "`keterkaitan` is missing or empty. A single item `-` is the accepted way to say there are no related SOPs.",
        },
        why: Bilingual {
            id: "Keterkaitan menunjukkan SOP prasyarat, lanjutan, atau terkait; kotak yang kosong tidak membedakan \"tidak ada\" dari \"lupa diisi\".",
            en: "Keterkaitan shows prerequisite, follow-up and related SOPs; an empty box does not tell \"none\" from \"forgotten\".",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Keterkaitan) dan prinsip keselarasan",
        fires: "keterkaitan: []\n",
        passes: "keterkaitan: [\"-\"]\n",
    },
};

/// Nothing is written, not even `-`.
pub static EMPTY: Message = Message {
    rule: &RULE,
    key: "empty",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Keterkaitan dengan SOP lain belum diisi",
                "Sebutkan SOP lain yang terkait pada isian Keterkaitan, misalnya “SOP Penanganan Keberatan Informasi Publik”, atau tulis “-” bila tidak ada.",
            ),
            Text::new(
                "Related SOPs (keterkaitan) are not filled in",
                "List the related SOPs in the Related SOPs field, e.g. “SOP Penanganan Keberatan Informasi Publik”, or write “-” when there are none.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|_, lang| {
        lang.pick(
            Text::new(
                "Keterkaitan dengan SOP lain belum diisi",
                "Sebutkan SOP lain yang terkait di `keterkaitan`, misalnya “SOP Penanganan Keberatan Informasi Publik”, atau tulis “-” bila tidak ada.",
            ),
            Text::new(
                "Related SOPs (keterkaitan) are not filled in",
                "List the related SOPs under `keterkaitan`, e.g. “SOP Penanganan Keberatan Informasi Publik”, or write “-” when there are none.",
            ),
        )
    }),
};

/// `keterkaitan` is missing or blank.
pub fn empty() -> Diagnostic {
    Diagnostic::new(&EMPTY, Pointer::section(root::KETERKAITAN))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if cx.sop.related.iter().all(|r| r.trim().is_empty()) {
        out.push(empty());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_example, codes, findings};

    #[test]
    fn keterkaitan_dash_is_none_and_blank_is_empty() {
        assert!(codes(&check_example("keterkaitan: [\"-\"]\n")).is_empty());
        assert!(codes(&check_example("keterkaitan: [\" \"]\n")).contains(&"SOP205"));
        assert!(codes(&check_example("keterkaitan: null\n")).contains(&"SOP205"));
        let found = check_example("keterkaitan: []\n");
        assert_eq!(findings(&found, "SOP205")[0].pointer, "/keterkaitan");
    }
}
