//! SOP302 `pelaksana-duplicate`: two lanes share an id or a name; a lane without an id or
//! a name is reported here too, since its column cannot be identified.

use crate::checklist::Item;
use crate::keys::lane;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Text};
use crate::model::lane_key;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP302.
pub static RULE: Rule = Rule {
    code: "SOP302",
    name: "pelaksana-duplicate",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    counts: Counts::Against(Item::Pelaksana),
    check: Check::Document(check),
    messages: &[&ID_REPEATED, &NAME_REPEATED, &ID_MISSING, &NAME_MISSING],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Dua pelaksana memakai id yang sama atau nama yang sama (huruf besar/kecil dan spasi diabaikan). Pelaksana tanpa id atau tanpa nama juga dilaporkan di sini, karena kolomnya tidak dapat dikenali.",
            en: "Two implementers share an id or a name (case and spaces ignored). An implementer without an id or without a name is reported here too, since its column cannot be identified.",
        },
        why: Bilingual {
            id: "Setiap kolom pelaksana pada diagram alir mewakili satu jabatan; kolom kembar atau tanpa nama membuat langkah tidak jelas milik siapa.",
            en: "Every implementer column of the flowchart stands for one position; twin or nameless columns make it unclear whose step is whose.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Pelaksana); research/sop-standard.md §8 PR-01",
        fires: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: Petugas layanan PPID }\n",
        passes: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n",
    },
};

/// A lane's id is already used by an earlier lane.
pub static ID_REPEATED: Message = Message {
    rule: &RULE,
    key: "id-repeated",
    form: |d, lang| {
        let (n, value, first) = (d.arg_at(0), quoted(d.arg_at(1)), d.arg_at(2));
        lang.pick(
            Text::new(
                format!("Pelaksana ke-{n} memakai kode singkat {value} yang sudah dipakai pelaksana ke-{first}"),
                "Beri setiap pelaksana kode singkat yang berbeda (huruf besar/kecil dan spasi tidak membedakan), atau gabungkan keduanya bila jabatannya sama.",
            ),
            Text::new(
                format!("Implementer {n} uses the short code {value}, already used by implementer {first}"),
                "Give every implementer a different short code (case and spaces do not count), or merge the two if they are the same position.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (n, value, first) = (d.arg_at(0), d.arg_at(1), d.arg_at(2));
        lang.pick(
            Text::new(
                format!("Pelaksana ke-{n} memakai kode (`id`) `{value}` yang sudah dipakai pelaksana ke-{first}"),
                "Beri setiap pelaksana `id` yang berbeda (huruf besar/kecil dan spasi tidak membedakan), atau gabungkan keduanya bila jabatannya sama.",
            ),
            Text::new(
                format!("Implementer {n} uses the id `{value}`, already used by implementer {first}"),
                "Give every implementer a different `id` (case and spaces do not count), or merge the two if they are the same position.",
            ),
        )
    }),
};

/// A lane's name is already used by an earlier lane.
pub static NAME_REPEATED: Message = Message {
    rule: &RULE,
    key: "name-repeated",
    form: |d, lang| {
        let (n, value, first) = (d.arg_at(0), quoted(d.arg_at(1)), d.arg_at(2));
        lang.pick(
            Text::new(
                format!("Pelaksana ke-{n} bernama {value}, sama dengan pelaksana ke-{first}"),
                "Beri setiap kolom pelaksana nama jabatan yang berbeda, atau gabungkan keduanya bila jabatannya sama.",
            ),
            Text::new(
                format!("Implementer {n} is named {value}, like implementer {first}"),
                "Give every implementer column a different position, or merge the two if they are the same position.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// A lane has no id.
pub static ID_MISSING: Message = Message {
    rule: &RULE,
    key: "id-missing",
    form: |d, lang| {
        let n = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Pelaksana ke-{n} belum diberi kode"),
                "Isi Kode singkat tanpa spasi, misalnya “petugas”; kode ini menghubungkan langkah dengan pelaksana.",
            ),
            Text::new(
                format!("Implementer {n} has no short code"),
                "Fill in a Short code without spaces, e.g. “petugas”; the code links steps to their implementer.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let n = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Pelaksana ke-{n} belum diberi kode (`id`)"),
                "Isi `id` pendek tanpa spasi, misalnya `petugas`; kode inilah yang ditulis di `pelaksana` setiap langkah.",
            ),
            Text::new(
                format!("Implementer {n} has no code (`id`)"),
                "Fill in a short `id` without spaces, e.g. `petugas`; steps name their implementer by this code.",
            ),
        )
    }),
};

/// A lane has no name.
pub static NAME_MISSING: Message = Message {
    rule: &RULE,
    key: "name-missing",
    form: |d, lang| {
        let n = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Pelaksana ke-{n} belum diberi nama"),
                "Isi Nama jabatan pelaksana yang dicetak di kepala kolom diagram alir, misalnya “Petugas Layanan PPID”.",
            ),
            Text::new(
                format!("Implementer {n} has no name"),
                "Fill in the Implementer's position printed at the head of its flowchart column, e.g. “Petugas Layanan PPID”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let n = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Pelaksana ke-{n} belum diberi nama"),
                "Isi `nama` dengan nama jabatan pelaksana yang dicetak di kepala kolom, misalnya “Petugas Layanan PPID”.",
            ),
            Text::new(
                format!("Implementer {n} has no name"),
                "Fill in `nama` with the position printed at the head of the column, e.g. “Petugas Layanan PPID”.",
            ),
        )
    }),
};

/// Lane `index` has no id.
pub fn id_missing(index: usize) -> Diagnostic {
    Diagnostic::new(&ID_MISSING, Pointer::lane(index).key(lane::ID)).arg((index + 1).to_string())
}

/// Lane `index` has no name.
pub fn name_missing(index: usize) -> Diagnostic {
    Diagnostic::new(&NAME_MISSING, Pointer::lane(index).key(lane::NAMA))
        .arg((index + 1).to_string())
}

/// Lane `index` has the id `id` of the earlier lane `first`.
pub fn id_repeated(index: usize, id: &str, first: usize) -> Diagnostic {
    Diagnostic::new(&ID_REPEATED, Pointer::lane(index).key(lane::ID))
        .arg((index + 1).to_string())
        .arg(id)
        .arg((first + 1).to_string())
}

/// Lane `index` has the name `name` of the earlier lane `first`.
pub fn name_repeated(index: usize, name: &str, first: usize) -> Diagnostic {
    Diagnostic::new(&NAME_REPEATED, Pointer::lane(index).key(lane::NAMA))
        .arg((index + 1).to_string())
        .arg(name)
        .arg((first + 1).to_string())
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let lanes = &cx.sop.lanes;
    for (j, lane) in lanes.iter().enumerate() {
        let id = lane_key(&lane.id);
        if id.is_empty() {
            out.push(id_missing(j));
        } else if let Some(i) = lanes[..j].iter().position(|l| lane_key(&l.id) == id) {
            out.push(id_repeated(j, lane.id.trim(), i));
        }
        let name = lane_key(&lane.name);
        if name.is_empty() {
            out.push(name_missing(j));
        } else if let Some(i) = lanes[..j].iter().position(|l| lane_key(&l.name) == name) {
            out.push(name_repeated(j, lane.name.trim(), i));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_example, findings};

    #[test]
    fn lanes_sharing_an_id_or_name() {
        let report = check_example(
            "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: \" Petugas\", nama: Petugas Lain }\n  - { id: \"\", nama: \"ppid kpu  provinsi ntt\" }\n",
        );
        let found = findings(&report, "SOP302");
        let shown: Vec<_> = found
            .iter()
            .map(|d| (d.pointer.as_str(), d.kind.key))
            .collect();
        assert_eq!(
            shown,
            [
                ("/pelaksana/3/id", "id-repeated"),
                ("/pelaksana/4/id", "id-missing"),
                ("/pelaksana/4/nama", "name-repeated"),
            ]
        );
        // The repeated lane is not reported again as unused; the nameless one is.
        let unused: Vec<_> = findings(&report, "SOP303")
            .iter()
            .map(|d| d.pointer.clone())
            .collect();
        assert_eq!(unused, ["/pelaksana/4"]);
    }
}
