//! Pure edits of the model that the form's buttons make: steps (add, move, remove, with
//! the numbers and every `ke`/cabang reference kept sensible), lanes (which steps use a
//! lane, removing it, its code derived from its name, renaming its code), a step's
//! pelaksana. No UI here, so it is tested natively.
//!
//! Steps carry stable keys in a vector parallel to `sop.steps` (the `<For>` of the step
//! editor is keyed by them): every function that reorders steps reorders the keys the
//! same way, so a step's DOM, focus and "touched" state follow it.

use std::collections::HashMap;

use sop_core::model::{Branch, Lane, Sop, Step, Symbol};

/// True when the steps are numbered 1, 2, 3 … in row order. Only then do moves and
/// removals renumber (a hand-made numbering is left as the author wrote it).
pub fn numbered_in_order(sop: &Sop) -> bool {
    sop.steps
        .iter()
        .enumerate()
        .all(|(i, s)| s.number == u32::try_from(i + 1).ok())
}

/// Renumbers the steps 1, 2, 3 … and moves every reference along with its step.
/// `old_numbers[i]` is the number the step now at row `i` had before.
fn renumber(sop: &mut Sop) {
    let map: HashMap<u32, u32> = sop
        .steps
        .iter()
        .enumerate()
        .filter_map(|(i, s)| Some((s.number?, u32::try_from(i + 1).ok()?)))
        .collect();
    let remap = |n: Option<u32>| n.map(|n| map.get(&n).copied().unwrap_or(n));
    for (i, step) in sop.steps.iter_mut().enumerate() {
        step.number = u32::try_from(i + 1).ok();
        step.next = remap(step.next);
        for b in &mut step.branches {
            b.target = remap(b.target);
        }
    }
}

/// Appends a new step (number: one more than the highest) and its key; returns its row.
pub fn add_step(sop: &mut Sop, keys: &mut Vec<u64>, key: u64) -> usize {
    let number = sop.steps.iter().filter_map(|s| s.number).max().unwrap_or(0) + 1;
    sop.steps.push(Step {
        number: Some(number),
        ..Step::default()
    });
    keys.push(key);
    sop.steps.len() - 1
}

/// Moves the step at row `from` to row `to` (its key too). When the steps were numbered
/// 1, 2, 3 … they are renumbered and every `ke`/cabang follows the step it pointed at.
/// Returns false (nothing changed) when a row is out of range.
pub fn move_step(sop: &mut Sop, keys: &mut [u64], from: usize, to: usize) -> bool {
    let n = sop.steps.len();
    if from >= n || to >= n || keys.len() != n || from == to {
        return false;
    }
    let sequential = numbered_in_order(sop);
    let step = sop.steps.remove(from);
    sop.steps.insert(to, step);
    if from < to {
        keys[from..=to].rotate_left(1);
    } else {
        keys[to..=from].rotate_right(1);
    }
    if sequential {
        renumber(sop);
    }
    true
}

/// The rows of the steps whose `ke` or a cabang points at the step at row `index`.
pub fn referencing_steps(sop: &Sop, index: usize) -> Vec<usize> {
    let Some(number) = sop.steps.get(index).and_then(|s| s.number) else {
        return Vec::new();
    };
    sop.steps
        .iter()
        .enumerate()
        .filter(|(i, s)| {
            *i != index
                && (s.next == Some(number) || s.branches.iter().any(|b| b.target == Some(number)))
        })
        .map(|(i, _)| i)
        .collect()
}

/// Removes the step at row `index` and its key. References to it are cleared (a cabang
/// without a target is reported by SOP403, so nothing silently points elsewhere); steps
/// numbered 1, 2, 3 … are renumbered. Returns false when `index` is out of range.
pub fn remove_step(sop: &mut Sop, keys: &mut Vec<u64>, index: usize) -> bool {
    if index >= sop.steps.len() || keys.len() != sop.steps.len() {
        return false;
    }
    let sequential = numbered_in_order(sop);
    let removed = sop.steps.remove(index);
    keys.remove(index);
    if let Some(number) = removed.number {
        // Only when no other step has the same number (a duplicate still exists otherwise).
        if !sop.steps.iter().any(|s| s.number == Some(number)) {
            for step in &mut sop.steps {
                if step.next == Some(number) {
                    step.next = None;
                }
                for b in &mut step.branches {
                    if b.target == Some(number) {
                        b.target = None;
                    }
                }
            }
        }
    }
    if sequential {
        renumber(sop);
    }
    true
}

/// Sets a step's symbol. Becoming a keputusan gives it two empty-target branches (Ya /
/// Tidak) when it has none; leaving keputusan drops branches that lead nowhere yet.
pub fn set_symbol(step: &mut Step, key: &str) {
    step.symbol = key.to_string();
    if Symbol::from_key(key) == Some(Symbol::Keputusan) {
        if step.branches.is_empty() {
            step.branches = vec![
                Branch {
                    label: "Ya".into(),
                    target: None,
                },
                Branch {
                    label: "Tidak".into(),
                    target: None,
                },
            ];
        }
    } else if step.branches.iter().all(|b| b.target.is_none()) {
        step.branches.clear();
    }
}

/// A lane id or name for comparison: lower case, spaces removed. The same comparison as
/// sop-core's SOP307 (`rules/steps.rs`), so the form shows the lanes the rules resolve.
fn lane_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The lane a pelaksana entry names: by id, else by name, exactly as SOP307 resolves it.
pub fn lane_of(lanes: &[Lane], performer: &str) -> Option<usize> {
    sop_core::model::lane_of(lanes, performer)
}

/// The rows of the steps that name lane `lane`.
pub fn steps_using_lane(sop: &Sop, lane: usize) -> Vec<usize> {
    sop.steps
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.performers
                .iter()
                .any(|p| lane_of(&sop.lanes, p) == Some(lane))
        })
        .map(|(i, _)| i)
        .collect()
}

/// Every (step row, entry index) whose pelaksana entry names lane `lane` by its id. The
/// id field takes this snapshot when it gets focus, so renaming the id keeps exactly
/// these references, whatever the id goes through while being typed.
pub fn lane_refs(sop: &Sop, lane: usize) -> Vec<(usize, usize)> {
    let Some(id) = sop.lanes.get(lane).map(|l| lane_key(&l.id)) else {
        return Vec::new();
    };
    if id.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, step) in sop.steps.iter().enumerate() {
        for (j, p) in step.performers.iter().enumerate() {
            if lane_key(p) == id {
                out.push((i, j));
            }
        }
    }
    out
}

/// Sets lane `lane`'s id and rewrites the references in `refs` (from [`lane_refs`]).
pub fn rename_lane_id(sop: &mut Sop, lane: usize, id: &str, refs: &[(usize, usize)]) {
    let Some(l) = sop.lanes.get_mut(lane) else {
        return;
    };
    l.id = id.to_string();
    for &(i, j) in refs {
        if let Some(p) = sop.steps.get_mut(i).and_then(|s| s.performers.get_mut(j)) {
            *p = id.to_string();
        }
    }
}

/// Removes lane `lane` and every pelaksana entry that names it.
pub fn remove_lane(sop: &mut Sop, lane: usize) {
    if lane >= sop.lanes.len() {
        return;
    }
    let lanes = sop.lanes.clone();
    for step in &mut sop.steps {
        step.performers.retain(|p| lane_of(&lanes, p) != Some(lane));
    }
    sop.lanes.remove(lane);
}

/// The longest code [`lane_code`] makes, in characters (a long jabatan is cut at a word).
const LANE_CODE_MAX: usize = 40;

/// The code a lane's name gives: its words in lower case joined by `-` ("Kepala Subbagian
/// Umum" → `kepala-subbagian-umum`), letters and digits only, cut at a word past
/// [`LANE_CODE_MAX`] characters; `pelaksana` for a name without a letter or a digit.
pub fn lane_code(name: &str) -> String {
    let mut code = String::new();
    let words = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    for word in words {
        let word: String = word.chars().flat_map(char::to_lowercase).collect();
        let len = code.chars().count() + word.chars().count() + usize::from(!code.is_empty());
        if !code.is_empty() && len > LANE_CODE_MAX {
            break;
        }
        if !code.is_empty() {
            code.push('-');
        }
        code.push_str(&word);
    }
    if code.is_empty() {
        "pelaksana".to_string()
    } else {
        code
    }
}

/// `base`, else `base-2`, `base-3` …: the first code no other lane than `lane` has (compared
/// as SOP302 compares codes: case and spaces ignored).
pub fn unique_lane_code(sop: &Sop, lane: usize, base: &str) -> String {
    let taken = |code: &str| {
        let key = sop_core::model::lane_key(code);
        sop.lanes
            .iter()
            .enumerate()
            .any(|(i, l)| i != lane && sop_core::model::lane_key(&l.id) == key)
    };
    let mut code = base.to_string();
    let mut n = 2;
    while taken(&code) {
        code = format!("{base}-{n}");
        n += 1;
    }
    code
}

/// True when `code` is what `name` gives ([`lane_code`], with or without a `-N` suffix).
fn code_from_name(code: &str, name: &str) -> bool {
    let base = lane_code(name);
    code == base
        || code
            .strip_prefix(&base)
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// Sets lane `lane`'s name (nama). Its code (id) follows the name while nothing holds it:
/// no step names the lane by its code yet and the code is empty or the one the old name
/// gave (not changed by hand). Once a step uses the lane the code stays, so renaming never
/// moves a step to another column; steps that named the lane by its old name (files
/// written by hand) are pointed at its code, so they keep the lane too.
pub fn rename_lane(sop: &mut Sop, lane: usize, name: &str) {
    let Some(old) = sop.lanes.get(lane).cloned() else {
        return;
    };
    let users: Vec<(usize, usize)> = sop
        .steps
        .iter()
        .enumerate()
        .flat_map(|(i, step)| {
            step.performers
                .iter()
                .enumerate()
                .filter(|(_, p)| lane_of(&sop.lanes, p) == Some(lane))
                .map(move |(j, _)| (i, j))
        })
        .collect();
    let follows = lane_refs(sop, lane).is_empty()
        && (old.id.trim().is_empty() || code_from_name(&old.id, &old.name));
    let id = if follows {
        unique_lane_code(sop, lane, &lane_code(name))
    } else {
        old.id
    };
    for (i, j) in users {
        if let Some(p) = sop.steps.get_mut(i).and_then(|s| s.performers.get_mut(j)) {
            p.clone_from(&id);
        }
    }
    if let Some(l) = sop.lanes.get_mut(lane) {
        l.name = name.to_string();
        l.id = id;
    }
}

/// The code that may stand for a lane without a name in lists and dialogs: its code, or
/// nothing while that is only the placeholder [`add_lane`] gave (`pelaksana-2` says less
/// than "Pelaksana 2").
pub fn display_code(lane: &Lane) -> &str {
    if lane.name.trim().is_empty() && code_from_name(&lane.id, "") {
        ""
    } else {
        &lane.id
    }
}

/// A new lane with an empty name and the code an empty name gives (`pelaksana`,
/// `pelaksana-2` …), which follows the name once it is typed ([`rename_lane`]).
pub fn add_lane(sop: &mut Sop) -> usize {
    let index = sop.lanes.len();
    let id = unique_lane_code(sop, index, &lane_code(""));
    sop.lanes.push(Lane {
        id,
        name: String::new(),
    });
    index
}

/// Checks or unchecks lane `lane` for `step`: adds the lane's id (its name when it has no
/// id), or removes every entry that names the lane.
pub fn set_performer(step: &mut Step, lanes: &[Lane], lane: usize, on: bool) {
    let Some(l) = lanes.get(lane) else {
        return;
    };
    if on {
        if !step
            .performers
            .iter()
            .any(|p| lane_of(lanes, p) == Some(lane))
        {
            let name = if l.id.trim().is_empty() {
                &l.name
            } else {
                &l.id
            };
            step.performers.push(name.clone());
        }
    } else {
        step.performers.retain(|p| lane_of(lanes, p) != Some(lane));
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use sop_core::model::Category;
    use sop_core::{check, parse, templates, CheckOptions, Format};

    fn numbered(n: u32) -> (Sop, Vec<u64>) {
        let mut sop = Sop::new_draft();
        for i in 1..=n {
            sop.steps.push(Step {
                number: Some(i),
                description: format!("s{i}"),
                ..Step::default()
            });
        }
        let keys = (100..100 + u64::from(n)).collect();
        (sop, keys)
    }

    fn descriptions(sop: &Sop) -> Vec<&str> {
        sop.steps.iter().map(|s| s.description.as_str()).collect()
    }

    fn numbers(sop: &Sop) -> Vec<Option<u32>> {
        sop.steps.iter().map(|s| s.number).collect()
    }

    #[test]
    fn moving_keeps_keys_and_references_with_their_steps() {
        let (mut sop, mut keys) = numbered(4);
        sop.steps[0].next = Some(3); // s1 → s3
        sop.steps[1].branches = vec![
            Branch {
                label: "Ya".into(),
                target: Some(4),
            },
            Branch {
                label: "Tidak".into(),
                target: Some(1),
            },
        ];
        assert!(move_step(&mut sop, &mut keys, 2, 0)); // s3 to the top
        assert_eq!(descriptions(&sop), ["s3", "s1", "s2", "s4"]);
        assert_eq!(keys, [102, 100, 101, 103]);
        assert_eq!(numbers(&sop), [Some(1), Some(2), Some(3), Some(4)]);
        // s1 (now 2) still points at s3 (now 1); s2's branches follow s4 and s1.
        assert_eq!(sop.steps[1].next, Some(1));
        assert_eq!(sop.steps[2].branches[0].target, Some(4));
        assert_eq!(sop.steps[2].branches[1].target, Some(2));

        assert!(move_step(&mut sop, &mut keys, 0, 3)); // and to the bottom
        assert_eq!(descriptions(&sop), ["s1", "s2", "s4", "s3"]);
        assert_eq!(keys, [100, 101, 103, 102]);
        assert_eq!(sop.steps[0].next, Some(4));
        assert!(!move_step(&mut sop, &mut keys, 0, 9));
        assert!(!move_step(&mut sop, &mut keys, 1, 1));
    }

    #[test]
    fn moving_hand_numbered_steps_keeps_their_numbers() {
        let (mut sop, mut keys) = numbered(3);
        sop.steps[0].number = Some(10);
        sop.steps[1].number = Some(20);
        sop.steps[2].number = Some(30);
        sop.steps[0].next = Some(30);
        assert!(move_step(&mut sop, &mut keys, 0, 1));
        assert_eq!(numbers(&sop), [Some(20), Some(10), Some(30)]);
        assert_eq!(sop.steps[1].next, Some(30));
        assert_eq!(keys, [101, 100, 102]);
    }

    #[test]
    fn adding_and_removing_keep_numbers_sensible() {
        let (mut sop, mut keys) = numbered(3);
        assert_eq!(add_step(&mut sop, &mut keys, 7), 3);
        assert_eq!(numbers(&sop), [Some(1), Some(2), Some(3), Some(4)]);
        assert_eq!(keys, [100, 101, 102, 7]);

        sop.steps[0].next = Some(3);
        sop.steps[1].branches = vec![
            Branch {
                label: "Ya".into(),
                target: Some(3),
            },
            Branch {
                label: "Tidak".into(),
                target: Some(4),
            },
        ];
        assert_eq!(referencing_steps(&sop, 2), [0, 1]);
        assert!(remove_step(&mut sop, &mut keys, 2));
        assert_eq!(descriptions(&sop), ["s1", "s2", ""]);
        assert_eq!(keys, [100, 101, 7]);
        assert_eq!(numbers(&sop), [Some(1), Some(2), Some(3)]);
        // References to the removed step are cleared, others follow their step.
        assert_eq!(sop.steps[0].next, None);
        assert_eq!(sop.steps[1].branches[0].target, None);
        assert_eq!(sop.steps[1].branches[1].target, Some(3));
        assert!(!remove_step(&mut sop, &mut keys, 5));

        let (mut empty, mut none) = (Sop::new_draft(), Vec::new());
        assert_eq!(add_step(&mut empty, &mut none, 1), 0);
        assert_eq!(numbers(&empty), [Some(1)]);
    }

    #[test]
    fn symbol_changes_manage_branches() {
        let mut step = Step::default();
        set_symbol(&mut step, "keputusan");
        assert_eq!(step.branches.len(), 2);
        set_symbol(&mut step, "proses");
        assert!(step.branches.is_empty());
        set_symbol(&mut step, "keputusan");
        step.branches[0].target = Some(3);
        set_symbol(&mut step, "selesai");
        assert_eq!(step.branches.len(), 2, "a branch with a target is kept");
    }

    #[test]
    fn lanes_rename_remove_and_performers() {
        let mut sop = Sop::new_draft();
        sop.lanes = vec![
            Lane {
                id: "petugas".into(),
                name: "Petugas Layanan".into(),
            },
            Lane {
                id: "ppid".into(),
                name: "PPID".into(),
            },
        ];
        let (mut s1, mut s2) = (Step::default(), Step::default());
        s1.performers = vec!["petugas".into()];
        s2.performers = vec!["Petugas Layanan".into(), "ppid".into(), "kasubbag".into()];
        sop.steps = vec![s1, s2];
        assert_eq!(steps_using_lane(&sop, 0), [0, 1]);
        assert_eq!(steps_using_lane(&sop, 1), [1]);
        assert_eq!(lane_of(&sop.lanes, "  PETUGAS "), Some(0));
        assert_eq!(lane_of(&sop.lanes, "kasubbag"), None);

        // Renaming through an empty id keeps the references.
        let refs = lane_refs(&sop, 0);
        assert_eq!(refs, [(0, 0)]);
        rename_lane_id(&mut sop, 0, "", &refs);
        rename_lane_id(&mut sop, 0, "pet", &refs);
        assert_eq!(sop.steps[0].performers, ["pet"]);
        assert_eq!(sop.lanes[0].id, "pet");

        let mut step = sop.steps[0].clone();
        set_performer(&mut step, &sop.lanes, 1, true);
        set_performer(&mut step, &sop.lanes, 1, true);
        assert_eq!(step.performers, ["pet", "ppid"]);
        set_performer(&mut step, &sop.lanes, 0, false);
        assert_eq!(step.performers, ["ppid"]);

        remove_lane(&mut sop, 0);
        assert_eq!(sop.lanes.len(), 1);
        assert!(sop.steps[0].performers.is_empty());
        assert_eq!(sop.steps[1].performers, ["ppid", "kasubbag"]);
        assert_eq!(add_lane(&mut sop), 1);
        assert_eq!(sop.lanes[1].id, "pelaksana");
        assert_eq!(add_lane(&mut sop), 2);
        assert_eq!(sop.lanes[2].id, "pelaksana-2");
        assert_eq!(display_code(&sop.lanes[2]), "", "a placeholder");
        assert_eq!(display_code(&sop.lanes[0]), "ppid");
        assert_eq!(
            display_code(&lane("pelaksana", "Pelaksana Umum")),
            "pelaksana"
        );
    }

    #[test]
    fn a_lane_code_is_made_from_the_name() {
        assert_eq!(lane_code("Kepala Subbagian Umum"), "kepala-subbagian-umum");
        assert_eq!(
            lane_code("  PPID  KPU Provinsi NTT "),
            "ppid-kpu-provinsi-ntt"
        );
        assert_eq!(
            lane_code("Kepala Subbagian Teknis dan Hubungan Partisipasi Masyarakat"),
            "kepala-subbagian-teknis-dan-hubungan"
        );
        assert_eq!(
            lane_code("Sekretaris/Kasubbag (Plt.)"),
            "sekretaris-kasubbag-plt"
        );
        assert_eq!(lane_code("Staf_Umum 2"), "staf-umum-2");
        assert_eq!(lane_code("Pengelola Ké"), "pengelola-ké");
        assert_eq!(lane_code(""), "pelaksana");
        assert_eq!(lane_code(" — "), "pelaksana");
        assert_eq!(
            lane_code(&"a".repeat(60)).len(),
            60,
            "one long word is kept whole"
        );
        for name in ["Kepala Subbagian Umum", "PPID", "x"] {
            let code = lane_code(name);
            assert!(!code.contains('_') && !code.contains(' '), "{code}");
        }
    }

    fn lane(id: &str, name: &str) -> Lane {
        Lane {
            id: id.into(),
            name: name.into(),
        }
    }

    #[test]
    fn typing_a_name_derives_a_unique_code() {
        let mut sop = Sop::new_draft();
        sop.lanes = vec![lane("kepala-subbagian-umum", "Kepala Subbagian Umum")];
        let new = add_lane(&mut sop);
        for typed in ["K", "Ke", "Kepala Subbagian Umum"] {
            rename_lane(&mut sop, new, typed);
        }
        assert_eq!(sop.lanes[new].name, "Kepala Subbagian Umum");
        assert_eq!(sop.lanes[new].id, "kepala-subbagian-umum-2");
        assert_eq!(
            unique_lane_code(&sop, 9, "Kepala-Subbagian-Umum"),
            "Kepala-Subbagian-Umum-3"
        );
        // Still following its name: another name, another code.
        rename_lane(&mut sop, new, "Sekretaris");
        assert_eq!(sop.lanes[new].id, "sekretaris");
        // A lane keeps the code it has when renamed to its own name's code.
        assert_eq!(unique_lane_code(&sop, new, "sekretaris"), "sekretaris");
    }

    #[test]
    fn a_code_steps_use_or_set_by_hand_stays_when_the_lane_is_renamed() {
        let mut sop = Sop::new_draft();
        sop.lanes = vec![lane("staf", "Staf"), lane("kasubbag", "Kepala Subbagian")];
        let mut step = Step::default();
        set_performer(&mut step, &sop.lanes, 0, true);
        sop.steps = vec![step];
        rename_lane(&mut sop, 0, "Staf Pelaksana Umum");
        assert_eq!(sop.lanes[0].id, "staf", "a step uses it");
        assert_eq!(sop.steps[0].performers, ["staf"]);
        assert_eq!(steps_using_lane(&sop, 0), [0]);
        // Set by hand ("kasubbag" is not what "Kepala Subbagian" gives): kept.
        rename_lane(&mut sop, 1, "Kepala Subbagian Umum");
        assert_eq!(sop.lanes[1].id, "kasubbag");
    }

    #[test]
    fn steps_that_name_a_lane_by_its_name_keep_it_when_renamed() {
        let mut sop = Sop::new_draft();
        sop.lanes = vec![lane("", "Petugas Layanan"), lane("ppid", "PPID")];
        sop.steps = vec![Step {
            performers: vec!["petugas layanan".into(), "ppid".into()],
            ..Step::default()
        }];
        rename_lane(&mut sop, 0, "Petugas Layanan Informasi");
        assert_eq!(sop.lanes[0].id, "petugas-layanan-informasi");
        assert_eq!(
            sop.steps[0].performers,
            ["petugas-layanan-informasi", "ppid"]
        );
        assert_eq!(steps_using_lane(&sop, 0), [0]);
        // From now on a step holds the code: renaming again keeps it.
        rename_lane(&mut sop, 0, "Petugas");
        assert_eq!(sop.lanes[0].id, "petugas-layanan-informasi");
        assert_eq!(steps_using_lane(&sop, 0), [0]);
        rename_lane(&mut sop, 9, "nothing");
        assert_eq!(sop.lanes.len(), 2);
    }

    /// Documents that make the rules report at every kind of place: used by the pointer
    /// tests in `fields.rs`.
    pub(crate) fn sample_documents() -> Vec<Sop> {
        let mut docs = vec![Sop::new_draft(), Sop::default()];
        for category in Category::ALL {
            let text = templates::template(category);
            let mut sop = parse(text, Format::Yaml).sop;
            docs.push(sop.clone());
            sop.status = sop_core::model::Status::Berlaku;
            sop.identity.created = "10 Juli 2099".into();
            sop.identity.revised = "kemarin".into();
            sop.identity.approved_by.nip = "123".into();
            sop.legal_basis
                .push("Peraturan Menteri PAN Nomor 21 Tahun 2008".into());
            sop.legal_basis.push("sesuatu".into());
            sop.related = vec![sop.identity.name.clone()];
            sop.warnings.push("hati-hati".into());
            sop.lanes.push(sop.lanes[0].clone());
            sop.lanes.push(Lane::default());
            if let Some(s) = sop.steps.get_mut(1) {
                s.symbol = "keputusan".into();
                s.branches = vec![Branch::default()];
                s.performers = vec![sop.lanes[0].id.clone(), "tidak-ada".into()];
                s.quality.time = "sebentar".into();
                s.description = String::new();
            }
            if let Some(s) = sop.steps.get_mut(2) {
                s.symbol = "mulai".into();
                s.next = Some(99);
                s.number = None;
            }
            if let Some(s) = sop.steps.get_mut(3) {
                s.symbol = "segitiga".into();
                s.branches = vec![
                    Branch {
                        label: String::new(),
                        target: Some(4),
                    },
                    Branch {
                        label: "x".into(),
                        target: Some(77),
                    },
                ];
            }
            sop.monitoring = vec![sop_core::model::MonitoringRecord {
                date: "besok".into(),
                ..Default::default()
            }];
            sop.evaluations = vec![sop_core::model::Evaluation {
                criteria: sop_core::model::Criteria {
                    sinergi: "mungkin".into(),
                    ..Default::default()
                },
                ..Default::default()
            }];
            docs.push(sop);
        }
        docs
    }

    /// Every pointer the rules report on [`sample_documents`].
    pub(crate) fn sample_pointers() -> Vec<String> {
        let options = CheckOptions {
            today: sop_core::Date::new(2030, 1, 1),
            ..CheckOptions::default()
        };
        let mut out: Vec<String> = sample_documents()
            .iter()
            .flat_map(|sop| check(sop, &options).diagnostics)
            .map(|d| d.pointer)
            .collect();
        out.sort();
        out.dedup();
        out
    }

    #[test]
    fn samples_cover_the_pointer_shapes() {
        let pointers = sample_pointers();
        for wanted in [
            "/identitas/instansi",
            "/identitas/tanggal_revisi",
            "/identitas/disahkan_oleh/nip",
            "/dasar_hukum",
            "/keterkaitan",
            "/pelaksana",
            "/kegiatan",
            "/kegiatan/1/cabang",
            "/kegiatan/1/pelaksana/1",
            "/kegiatan/1/mutu_baku/waktu",
            "/monitoring/0/tanggal",
            "/evaluasi/0/kriteria/sinergi",
        ] {
            assert!(
                pointers.iter().any(|p| p == wanted),
                "{wanted} missing from {pointers:#?}"
            );
        }
    }
}
