//! SOP206 `keterkaitan-self`: a related SOP is this SOP itself.

use crate::checklist::Item;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Lang, Text};
use crate::model::text_filled;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::basis::entries::entry;

/// SOP206.
pub static RULE: Rule = Rule {
    code: "SOP206",
    name: "keterkaitan-self",
    severity: Severity::Warning,
    signing: false,
    group: Group::Basis,
    counts: Counts::Against(Item::Keterkaitan),
    check: Check::Document(check),
    messages: &[&SELF],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah butir `keterkaitan` sama dengan `identitas.nama` (huruf besar/kecil, spasi, tanda baca di ujung dan awalan \"SOP \" diabaikan).",
            en: "A `keterkaitan` item equals `identitas.nama` (ignoring case, spaces, trailing punctuation and a leading \"SOP \").",
        },
        why: Bilingual {
            id: "SOP tidak terkait dengan dirinya sendiri; butir seperti itu biasanya salah salin dan menyembunyikan keterkaitan yang sebenarnya.",
            en: "An SOP is not related to itself; such an item is usually a copying slip that hides the real links.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Keterkaitan); research/sop-standard.md §8 ID-10",
        fires: "keterkaitan:\n  - SOP Pelayanan Permohonan Informasi Publik\n",
        passes: "keterkaitan:\n  - SOP Penanganan Keberatan Informasi Publik\n",
    },
};

/// An entry names this SOP.
pub static SELF: Message = Message {
    rule: &RULE,
    key: "self",
    form: |d, lang| names_itself_text(d, lang, ("isian Keterkaitan", "the Related SOPs field")),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| names_itself_text(d, lang, ("`keterkaitan`", "`keterkaitan`"))),
};

/// "Related SOP {n} (“{text}”) names this SOP itself", the help naming the list as `list`.
fn names_itself_text(d: &Diagnostic, lang: Lang, list: (&str, &str)) -> Text {
    let (n, text) = (d.arg_at(0), quoted(d.arg_at(1)));
    lang.pick(
        Text::new(
            format!("Keterkaitan ke-{n} ({text}) menyebut SOP ini sendiri"),
            format!("Hapus butir ini; {} berisi SOP lain yang menjadi prasyarat, lanjutan, atau terkait. Tulis “-” bila tidak ada SOP lain.", list.0),
        ),
        Text::new(
            format!("Related SOP {n} ({text}) names this SOP itself"),
            format!("Remove this item; {} lists other SOPs (prerequisites, follow-ups, related ones). Write “-” when there are none.", list.1),
        ),
    )
}

/// Entry `index` (`text`) of `keterkaitan` names this SOP.
pub fn names_itself(index: usize, text: &str) -> Diagnostic {
    entry(&SELF, root::KETERKAITAN, index, text)
}

/// A title for comparison: lower case, no spaces, no trailing punctuation, no leading "SOP".
fn title_key(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let lower = lower.trim_end_matches(['.', ';', ',', ':']);
    let rest = match lower.strip_prefix("sop") {
        Some(r) if r.starts_with(char::is_whitespace) => r,
        _ => lower,
    };
    rest.chars().filter(|c| !c.is_whitespace()).collect()
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let own = title_key(&cx.sop.identity.name);
    if own.is_empty() {
        return;
    }
    for (i, text) in cx.sop.related.iter().enumerate() {
        if text_filled(text) && title_key(text) == own {
            out.push(names_itself(i, text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::title_key;
    use crate::rules::testing::{check_example, findings};

    #[test]
    fn keterkaitan_self_ignores_case_spaces_and_prefix() {
        assert_eq!(
            title_key("SOP  Pelayanan permohonan INFORMASI publik."),
            title_key("Pelayanan Permohonan Informasi Publik")
        );
        assert_ne!(title_key("Sopir Dinas"), title_key("ir Dinas"));
        let report =
            check_example("keterkaitan:\n  - \"-\"\n  - pelayanan  permohonan informasi publik\n");
        let found = findings(&report, "SOP206");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/keterkaitan/1");
        // With no name there is nothing to compare.
        let report = check_example("identitas:\n  nama: null\nketerkaitan: [SOP]\n");
        assert!(findings(&report, "SOP206").is_empty());
    }
}
