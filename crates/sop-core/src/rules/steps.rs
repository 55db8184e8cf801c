//! SOP3xx: the lanes (pelaksana) and the rows of the procedure table (Permenpan RB
//! 35/2012, Lampiran Bab III B.1.b "Bagian Flowchart"; research/sop-standard.md §3.3).
//!
//! Step findings carry the step's number (or `""`) and its row index as their first two
//! arguments, so every message can name the step ("langkah 3", or "baris kegiatan ke-6"
//! when the row has no number).

#[cfg(feature = "docs")]
use super::Docs;
use std::collections::HashMap;

use super::{Check, Context, Group, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::duration;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{step_name, Lang, Text};
use crate::model::{Lane, Step, Symbol};
use crate::pointer::segments;

/// The rules of this group, in code order.
pub(super) static RULES: &[Rule] = &[
    SOP301, SOP302, SOP303, SOP304, SOP305, SOP306, SOP307, SOP308, SOP309, SOP310, SOP311,
];

#[cfg(feature = "docs")]
const SOURCE: &str = "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Bagian Flowchart)";

/// A lane id or name for comparison: lower case, all spaces removed.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The lane a step's pelaksana entry names: the lane with that id, else (for hand-written
/// files) the lane with that nama; case and spaces are ignored.
pub fn lane_index(lanes: &[Lane], performer: &str) -> Option<usize> {
    let wanted = key(performer);
    if wanted.is_empty() {
        return None;
    }
    lanes
        .iter()
        .position(|l| key(&l.id) == wanted)
        .or_else(|| lanes.iter().position(|l| key(&l.name) == wanted))
}

/// A finding about step `index`, carrying the step's number and row for its message.
fn at_step(
    code: &'static str,
    step: &Step,
    index: usize,
    field: &str,
    kind: &'static str,
) -> Diagnostic {
    let pointer = if field.is_empty() {
        format!("/kegiatan/{index}")
    } else {
        format!("/kegiatan/{index}/{field}")
    };
    Diagnostic::new(code, pointer, kind)
        .arg(step.number.map_or(String::new(), |n| n.to_string()))
        .arg(index.to_string())
}

/// The step a finding made by [`at_step`] is about ("langkah 3").
fn step_label(d: &Diagnostic, lang: Lang) -> String {
    let number = d.arg_at(0).parse().ok();
    let index = d.arg_at(1).parse().unwrap_or(0);
    step_name(lang, number, index)
}

/// Upper-cases the first letter.
fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The row index in a pointer such as `/kegiatan/3/uraian`.
fn row_of(pointer: &str) -> usize {
    segments(pointer)
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// A lane named for messages: its nama, else its id.
fn lane_label(lane: &Lane) -> String {
    if lane.name.trim().is_empty() {
        lane.id.trim().to_string()
    } else {
        lane.name.trim().to_string()
    }
}

// ---------------------------------------------------------------------------------------
// SOP301 pelaksana-empty

const SOP301: Rule = Rule {
    code: "SOP301",
    name: "pelaksana-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    check: Check::Field,
    message: |_, lang| {
        lang.pick(
            Text::new(
                "Belum ada pelaksana (kolom swimlane)",
                "Tambahkan setiap peran yang menjalankan prosedur di `pelaksana`, misalnya `- { id: petugas, nama: Petugas Layanan PPID }`.",
            ),
            Text::new(
                "No implementer (swimlane column) is defined",
                "Add each role that carries out the procedure under `pelaksana`, e.g. `- { id: petugas, nama: Petugas Layanan PPID }`.",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`pelaksana` tidak ada atau kosong.",
            en: "`pelaksana` is missing or empty.",
        },
        why: Bilingual {
            id: "Diagram alir SOP AP menempatkan setiap simbol di kolom pelaksananya; tanpa pelaksana tidak jelas siapa mengerjakan apa.",
            en: "The SOP AP flowchart puts every symbol in its implementer's column; without implementers nobody knows who does what.",
        },
        source: SOURCE,
        fires: "pelaksana: []\n",
        passes: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n",
    },
};

// ---------------------------------------------------------------------------------------
// SOP302 pelaksana-duplicate

const SOP302: Rule = Rule {
    code: "SOP302",
    name: "pelaksana-duplicate",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    check: Check::Document(sop302_check),
    message: |d, lang| {
        let (n, value, first) = (d.arg_at(0), d.arg_at(1), d.arg_at(2));
        match (d.kind, lang) {
            ("id-repeated", Lang::Id) => Text::new(
                format!(
                    "Pelaksana ke-{n} memakai id `{value}` yang sudah dipakai pelaksana ke-{first}"
                ),
                "Beri setiap pelaksana id yang berbeda (huruf besar/kecil dan spasi tidak membedakan), atau gabungkan keduanya bila perannya sama.",
            ),
            ("id-repeated", Lang::En) => Text::new(
                format!(
                    "Implementer {n} uses the id `{value}`, already used by implementer {first}"
                ),
                "Give every implementer a different id (case and spaces do not count), or merge the two if they are the same role.",
            ),
            ("name-repeated", Lang::Id) => Text::new(
                format!("Pelaksana ke-{n} bernama \"{value}\", sama dengan pelaksana ke-{first}"),
                "Beri setiap kolom pelaksana nama jabatan yang berbeda, atau gabungkan keduanya bila perannya sama.",
            ),
            ("name-repeated", Lang::En) => Text::new(
                format!("Implementer {n} is named \"{value}\", like implementer {first}"),
                "Give every implementer column a different role name, or merge the two if they are the same role.",
            ),
            ("id-missing", Lang::Id) => Text::new(
                format!("Pelaksana ke-{n} belum diberi id"),
                "Isi `id` pendek tanpa spasi, misalnya `petugas`; id inilah yang ditulis di `pelaksana` setiap langkah.",
            ),
            ("id-missing", Lang::En) => Text::new(
                format!("Implementer {n} has no id"),
                "Fill in a short `id` without spaces, e.g. `petugas`; steps name their implementer by this id.",
            ),
            (_, Lang::Id) => Text::new(
                format!("Pelaksana ke-{n} belum diberi nama"),
                "Isi `nama` dengan nama jabatan atau peran yang dicetak di kepala kolom, misalnya \"Petugas Layanan PPID\".",
            ),
            (_, Lang::En) => Text::new(
                format!("Implementer {n} has no name"),
                "Fill in `nama` with the position or role printed at the head of the column, e.g. \"Petugas Layanan PPID\".",
            ),
        }
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Dua pelaksana memakai id yang sama atau nama yang sama (huruf besar/kecil dan spasi diabaikan). Pelaksana tanpa id atau tanpa nama juga dilaporkan di sini, karena kolomnya tidak dapat dikenali.",
            en: "Two implementers share an id or a name (case and spaces ignored). An implementer without an id or without a name is reported here too, since its column cannot be identified.",
        },
        why: Bilingual {
            id: "Setiap kolom swimlane mewakili satu peran; kolom kembar atau tanpa nama membuat langkah tidak jelas milik siapa.",
            en: "Every swimlane column stands for one role; twin or nameless columns make it unclear whose step is whose.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Pelaksana); research/sop-standard.md §8 PR-01",
        fires: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: Petugas layanan PPID }\n",
        passes: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n",
    },
};

fn sop302_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let lanes = &cx.sop.lanes;
    for (j, lane) in lanes.iter().enumerate() {
        let n = (j + 1).to_string();
        let id = key(&lane.id);
        if id.is_empty() {
            out.push(
                Diagnostic::new("SOP302", format!("/pelaksana/{j}/id"), "id-missing")
                    .arg(n.clone()),
            );
        } else if let Some(i) = lanes[..j].iter().position(|l| key(&l.id) == id) {
            out.push(
                Diagnostic::new("SOP302", format!("/pelaksana/{j}/id"), "id-repeated")
                    .arg(n.clone())
                    .arg(lane.id.trim())
                    .arg((i + 1).to_string()),
            );
        }
        let name = key(&lane.name);
        if name.is_empty() {
            out.push(
                Diagnostic::new("SOP302", format!("/pelaksana/{j}/nama"), "name-missing").arg(n),
            );
        } else if let Some(i) = lanes[..j].iter().position(|l| key(&l.name) == name) {
            out.push(
                Diagnostic::new("SOP302", format!("/pelaksana/{j}/nama"), "name-repeated")
                    .arg(n)
                    .arg(lane.name.trim())
                    .arg((i + 1).to_string()),
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// SOP303 pelaksana-unused

const SOP303: Rule = Rule {
    code: "SOP303",
    name: "pelaksana-unused",
    severity: Severity::Warning,
    signing: false,
    group: Group::Steps,
    check: Check::Document(sop303_check),
    message: |d, lang| {
        let (n, name) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Pelaksana ke-{n} (\"{name}\") tidak menjalankan satu langkah pun"),
                "Tulis id pelaksana ini di `pelaksana` pada langkah yang dikerjakannya, atau hapus kolom ini bila perannya tidak ada dalam prosedur.",
            ),
            Text::new(
                format!("Implementer {n} (\"{name}\") carries out no step"),
                "Write this implementer's id under `pelaksana` of the steps it carries out, or remove the column if the role takes no part in the procedure.",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah pelaksana tidak disebut oleh langkah mana pun (diperiksa hanya bila sudah ada langkah; pelaksana dengan id kembar dilaporkan oleh SOP302 saja).",
            en: "An implementer is named by no step (checked only once there are steps; an implementer with a repeated id is reported by SOP302 only).",
        },
        why: Bilingual {
            id: "Kolom kosong di diagram alir biasanya berarti langkah yang terlupa atau salah kolom.",
            en: "An empty column in the flowchart usually means a forgotten step or a step in the wrong column.",
        },
        source: SOURCE,
        fires: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: atasan, nama: Atasan PPID }\n",
        passes: "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n",
    },
};

fn sop303_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let (lanes, steps) = (&cx.sop.lanes, &cx.sop.steps);
    if steps.is_empty() {
        return;
    }
    let mut used = vec![false; lanes.len()];
    for performer in steps.iter().flat_map(|s| &s.performers) {
        if let Some(i) = lane_index(lanes, performer) {
            used[i] = true;
        }
    }
    for (j, lane) in lanes.iter().enumerate() {
        let id = key(&lane.id);
        let blank = id.is_empty() && key(&lane.name).is_empty();
        let repeated = !id.is_empty() && lanes[..j].iter().any(|l| key(&l.id) == id);
        if !used[j] && !blank && !repeated {
            out.push(
                Diagnostic::new("SOP303", format!("/pelaksana/{j}"), "")
                    .arg((j + 1).to_string())
                    .arg(lane_label(lane)),
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// SOP304 kegiatan-empty

const SOP304: Rule = Rule {
    code: "SOP304",
    name: "kegiatan-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    check: Check::Field,
    message: |_, lang| {
        lang.pick(
            Text::new(
                "Belum ada uraian kegiatan",
                "Tambahkan langkah-langkah di `kegiatan`, diawali langkah bersimbol `mulai` dan diakhiri langkah bersimbol `selesai`, masing-masing dengan `nomor`, `uraian` dan `pelaksana`.",
            ),
            Text::new(
                "The procedure has no steps",
                "Add the steps under `kegiatan`, starting with a `mulai` step and ending with a `selesai` step, each with `nomor`, `uraian` and `pelaksana`.",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`kegiatan` tidak ada atau kosong.",
            en: "`kegiatan` is missing or empty.",
        },
        why: Bilingual {
            id: "Langkah-langkah kegiatan adalah isi utama SOP; tanpa langkah tidak ada prosedur.",
            en: "The steps are the substance of an SOP; without them there is no procedure.",
        },
        source: SOURCE,
        fires: "kegiatan: []\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

// ---------------------------------------------------------------------------------------
// SOP305 step-number

const SOP305: Rule = Rule {
    code: "SOP305",
    name: "step-number",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    check: Check::Document(sop305_check),
    message: |d, lang| {
        let row = d.arg_at(1).parse::<usize>().unwrap_or(0) + 1;
        let (value, other) = (d.arg_at(2), d.arg_at(3));
        match (d.kind, lang) {
            ("missing", Lang::Id) => Text::new(
                format!("Baris kegiatan ke-{row} belum diberi nomor"),
                "Isi `nomor` langkah ini; langkah tanpa nomor tidak dapat dituju oleh `ke` atau cabang. Nomori langkah 1, 2, 3 … sesuai urutan baris.",
            ),
            ("missing", Lang::En) => Text::new(
                format!("Step row {row} has no number"),
                "Fill in this step's `nomor`; a step without a number cannot be the target of `ke` or a branch. Number the steps 1, 2, 3 … in row order.",
            ),
            ("repeated", Lang::Id) => Text::new(
                format!(
                    "Nomor {value} pada baris kegiatan ke-{row} sudah dipakai baris ke-{other}"
                ),
                "Beri setiap langkah nomor yang berbeda, 1, 2, 3 … sesuai urutan baris, lalu periksa `ke` dan cabang yang menuju nomor itu.",
            ),
            ("repeated", Lang::En) => Text::new(
                format!("Number {value} on step row {row} is already used by row {other}"),
                "Give every step its own number, 1, 2, 3 … in row order, then check the `ke` and branches that lead to that number.",
            ),
            (_, Lang::Id) => Text::new(
                format!(
                    "Nomor langkah tidak berurutan: baris kegiatan ke-{row} bernomor {value}, seharusnya {other}"
                ),
                "Nomori langkah 1, 2, 3 … sesuai urutan baris, lalu sesuaikan `ke` dan cabang yang menuju nomor yang berubah.",
            ),
            (_, Lang::En) => Text::new(
                format!(
                    "Step numbers are out of order: step row {row} is numbered {value}, expected {other}"
                ),
                "Number the steps 1, 2, 3 … in row order, then update the `ke` and branches that lead to a changed number.",
            ),
        }
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah langkah tidak bernomor atau nomornya sudah dipakai langkah lain (galat); atau nomor-nomor langkah tidak 1, 2, 3 … menurut urutan baris (peringatan, dilaporkan sekali pada penyimpangan pertama; nomor kembar tidak dihitung lagi).",
            en: "A step has no number or a number another step already uses (error); or the step numbers are not 1, 2, 3 … in row order (warning, reported once at the first deviation; repeated numbers are not counted again).",
        },
        why: Bilingual {
            id: "Nomor kegiatan adalah unsur tabel prosedur dan tujuan `ke` serta cabang keputusan; nomor yang hilang atau kembar membuat alur tidak dapat ditelusuri.",
            en: "The step number is part of the procedure table and the target of `ke` and decision branches; a missing or repeated number makes the flow untraceable.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Nomor kegiatan)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 1\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

fn sop305_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let steps = &cx.sop.steps;
    let mut expected: u32 = 1;
    let mut out_of_order = false;
    // First row of each number: a map keeps 100 000-step files linear.
    let mut first_row: HashMap<u32, usize> = HashMap::with_capacity(steps.len());
    for (i, step) in steps.iter().enumerate() {
        let Some(number) = step.number else {
            out.push(at_step("SOP305", step, i, "nomor", "missing"));
            continue;
        };
        if let Some(&first) = first_row.get(&number) {
            out.push(
                at_step("SOP305", step, i, "nomor", "repeated")
                    .arg(number.to_string())
                    .arg((first + 1).to_string()),
            );
            continue;
        }
        first_row.insert(number, i);
        if number != expected && !out_of_order {
            out_of_order = true;
            out.push(
                at_step("SOP305", step, i, "nomor", "order")
                    .arg(number.to_string())
                    .arg(expected.to_string())
                    .severity(Severity::Warning),
            );
        }
        expected = expected.saturating_add(1);
    }
}

// ---------------------------------------------------------------------------------------
// SOP306 uraian-missing

const SOP306: Rule = Rule {
    code: "SOP306",
    name: "uraian-missing",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    check: Check::Field,
    message: |d, lang| {
        let step = step_name(lang, None, row_of(&d.pointer));
        lang.pick(
            Text::new(
                format!("Uraian kegiatan pada {step} belum diisi"),
                "Isi `uraian` dengan apa yang dikerjakan, diawali kata kerja aktif tanpa subjek, misalnya \"Memeriksa kelengkapan permohonan\".",
            ),
            Text::new(
                format!("The description (uraian) of {step} is missing"),
                "Fill in `uraian` with what is done, starting with an active verb and no subject, e.g. \"Memeriksa kelengkapan permohonan\".",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah langkah tidak memiliki `uraian` (kosong atau hanya `-`).",
            en: "A step has no `uraian` (empty or only `-`).",
        },
        why: Bilingual {
            id: "Uraian kegiatan menyatakan apa yang dikerjakan pada langkah itu; tanpa uraian langkah tidak dapat dilaksanakan.",
            en: "The description says what is done in the step; without it the step cannot be carried out.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Uraian kegiatan)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: \"\"\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

// ---------------------------------------------------------------------------------------
// SOP307 step-pelaksana-unknown

const SOP307: Rule = Rule {
    code: "SOP307",
    name: "step-pelaksana-unknown",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    check: Check::Document(sop307_check),
    message: |d, lang| {
        let step = step_label(d, lang);
        let (value, known) = (d.arg_at(2), d.arg_at(3));
        match (d.kind, lang) {
            ("missing", Lang::Id) => Text::new(
                format!("{} belum menyebut pelaksananya", capitalize(&step)),
                if known.is_empty() {
                    "Tambahkan pelaksana di `pelaksana` dokumen, lalu tulis id-nya di `pelaksana` langkah ini.".to_string()
                } else {
                    format!(
                        "Tulis id pelaksana di `pelaksana` langkah ini, salah satu dari: {known}."
                    )
                },
            ),
            ("missing", Lang::En) => Text::new(
                format!("{} names no implementer", capitalize(&step)),
                if known.is_empty() {
                    "Add the implementers under the document's `pelaksana`, then write one's id under this step's `pelaksana`.".to_string()
                } else {
                    format!(
                        "Write an implementer id under this step's `pelaksana`, one of: {known}."
                    )
                },
            ),
            (_, Lang::Id) => Text::new(
                format!("Pelaksana `{value}` pada {step} tidak ada di daftar pelaksana"),
                format!(
                    "Tulis id salah satu pelaksana ({known}), atau tambahkan `{value}` ke `pelaksana` dokumen."
                ),
            ),
            (_, Lang::En) => Text::new(
                format!("Implementer `{value}` of {step} is not among the implementers"),
                format!(
                    "Write the id of one of the implementers ({known}), or add `{value}` to the document's `pelaksana`."
                ),
            ),
        }
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah langkah tidak menyebut pelaksana, atau menyebut pelaksana yang tidak ada di `pelaksana`. Yang dicocokkan adalah id pelaksana; nama pelaksana juga diterima. Huruf besar/kecil dan spasi diabaikan. Bila dokumen belum punya pelaksana sama sekali, hanya SOP301 yang dilaporkan.",
            en: "A step names no implementer, or one not listed under `pelaksana`. The lane id is matched; the lane's nama is accepted too. Case and spaces are ignored. When the document has no implementers at all, only SOP301 is reported.",
        },
        why: Bilingual {
            id: "Setiap simbol diagram alir berada di kolom pelaksananya; langkah tanpa pelaksana yang dikenal tidak dapat digambar dan tidak jelas siapa mengerjakannya.",
            en: "Every flowchart symbol sits in its implementer's column; a step without a known implementer cannot be drawn and nobody knows who does it.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Pelaksana); research/sop-standard.md §8 PR-04",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: sekretaris\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: [petugas, PPID]\n    simbol: selesai\n",
    },
};

fn sop307_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let lanes = &cx.sop.lanes;
    let known = lanes
        .iter()
        .map(|l| l.id.trim())
        .filter(|id| !id.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    for (i, step) in cx.sop.steps.iter().enumerate() {
        let named: Vec<(usize, &str)> = step
            .performers
            .iter()
            .map(|p| p.trim())
            .enumerate()
            .filter(|(_, p)| !p.is_empty() && *p != "-")
            .collect();
        if named.is_empty() {
            out.push(
                at_step("SOP307", step, i, "pelaksana", "missing")
                    .arg("")
                    .arg(known.clone()),
            );
            continue;
        }
        if lanes.is_empty() {
            continue;
        }
        for (k, performer) in named {
            if lane_index(lanes, performer).is_none() {
                let field = if step.performers.len() == 1 {
                    "pelaksana".to_string()
                } else {
                    format!("pelaksana/{k}")
                };
                out.push(
                    at_step("SOP307", step, i, &field, "unknown")
                        .arg(performer)
                        .arg(known.clone()),
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// SOP308 mutu-baku-missing

const SOP308: Rule = Rule {
    code: "SOP308",
    name: "mutu-baku-missing",
    severity: Severity::Warning,
    signing: false,
    group: Group::Steps,
    check: Check::Document(sop308_check),
    message: |d, lang| {
        let step = step_label(d, lang);
        let (id, en) = match d.kind {
            "kelengkapan" => (
                (
                    format!("Kelengkapan pada mutu baku {step} belum diisi"),
                    "Isi `mutu_baku.kelengkapan` dengan bahan atau persyaratan yang dibutuhkan langkah ini, misalnya \"Formulir permohonan\".",
                ),
                (
                    format!(
                        "The requirements (kelengkapan) of {step}'s quality standard are missing"
                    ),
                    "Fill in `mutu_baku.kelengkapan` with the inputs or requirements this step needs, e.g. \"Formulir permohonan\".",
                ),
            ),
            "waktu" => (
                (
                    format!("Waktu pada mutu baku {step} belum diisi"),
                    "Isi `mutu_baku.waktu` dengan lama langkah ini, misalnya \"15 menit\" atau \"2 hari kerja\".",
                ),
                (
                    format!("The time (waktu) of {step}'s quality standard is missing"),
                    "Fill in `mutu_baku.waktu` with how long this step takes, e.g. \"15 menit\" or \"2 hari kerja\".",
                ),
            ),
            _ => (
                (
                    format!("Output pada mutu baku {step} belum diisi"),
                    "Isi `mutu_baku.output` dengan hasil langkah ini, misalnya \"Hasil pemeriksaan\".",
                ),
                (
                    format!("The output of {step}'s quality standard is missing"),
                    "Fill in `mutu_baku.output` with what this step produces, e.g. \"Hasil pemeriksaan\".",
                ),
            ),
        };
        lang.pick(Text::new(id.0, id.1), Text::new(en.0, en.1))
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Langkah `proses` atau `keputusan` (juga langkah tanpa simbol) tidak memiliki kelengkapan, waktu atau output di `mutu_baku`; satu temuan untuk setiap sel yang kosong. Sel berisi `-` dihitung kosong. Langkah `mulai` dan `selesai` dikecualikan.",
            en: "A `proses` or `keputusan` step (or one without a simbol) lacks kelengkapan, waktu or output in its `mutu_baku`; one finding per empty cell. A cell holding `-` counts as empty. `mulai` and `selesai` steps are exempt.",
        },
        why: Bilingual {
            id: "Agar SOP terkait dengan kinerja, setiap kegiatan hendaknya menyebut mutu bakunya: persyaratan/kelengkapan, waktu dan output. Mutu baku adalah alat pengendali mutu.",
            en: "To tie the SOP to performance, every activity should state its quality standard: requirements, time and output. The quality standard is the quality-control tool.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Mutu Baku)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memeriksa kelengkapan permohonan\n    pelaksana: petugas\n    mutu_baku: { kelengkapan: Formulir terisi, output: Hasil pemeriksaan }\n  - nomor: 3\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memeriksa kelengkapan permohonan\n    pelaksana: petugas\n    mutu_baku: { kelengkapan: Formulir terisi, waktu: 10 menit, output: Hasil pemeriksaan }\n  - nomor: 3\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

fn sop308_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, step) in cx.sop.steps.iter().enumerate() {
        if matches!(step.symbol(), Some(Symbol::Mulai | Symbol::Selesai)) {
            continue;
        }
        let q = &step.quality;
        for (cell, value) in [
            ("kelengkapan", &q.requirements),
            ("waktu", &q.time),
            ("output", &q.output),
        ] {
            let v = value.trim();
            if v.is_empty() || v == "-" {
                out.push(at_step(
                    "SOP308",
                    step,
                    i,
                    &format!("mutu_baku/{cell}"),
                    cell,
                ));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// SOP309 waktu-unparseable

const SOP309: Rule = Rule {
    code: "SOP309",
    name: "waktu-unparseable",
    severity: Severity::Warning,
    signing: false,
    group: Group::Steps,
    check: Check::Document(|cx, out| {
        for (i, step) in cx.sop.steps.iter().enumerate() {
            let time = step.quality.time.trim();
            if time.is_empty() || duration::parse(time).is_some() {
                continue;
            }
            let mut d = at_step("SOP309", step, i, "mutu_baku/waktu", "").arg(time);
            if let Some(suggestion) = suggest_waktu(time) {
                d = d.arg(suggestion);
            }
            out.push(d);
        }
    }),
    message: |d, lang| {
        let step = step_label(d, lang);
        let (value, suggestion) = (d.arg_at(2), d.arg_at(3));
        let units = "detik, menit, jam, hari, hari kerja, minggu, bulan, triwulan, semester, tahun";
        lang.pick(
            Text::new(
                format!("Waktu `{value}` pada {step} tidak terbaca"),
                if suggestion.is_empty() {
                    format!("Tulis angka lalu satuan ({units}), misalnya \"15 menit\" atau \"3 hari kerja\"; tulis \"-\" bila tidak ada.")
                } else {
                    format!("Tulis angka lalu satuan, misalnya \"{suggestion}\".")
                },
            ),
            Text::new(
                format!("The time `{value}` of {step} cannot be read"),
                if suggestion.is_empty() {
                    format!("Write a number, then a unit ({units}), e.g. \"15 menit\" or \"3 hari kerja\"; write \"-\" when none applies.")
                } else {
                    format!("Write a number, then a unit, e.g. \"{suggestion}\".")
                },
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`mutu_baku.waktu` terisi tetapi tidak mengikuti tata tulis waktu: angka (bulat, `1,5` atau rentang `1-2`), boleh didahului `maks.`/`maksimal`/`paling lama`/`±`, lalu satuan (detik, menit, jam, hari, hari kerja/HK, minggu, bulan, triwulan, semester, tahun) atau `N x 24 jam`; `-` berarti tidak ada.",
            en: "`mutu_baku.waktu` is filled but does not follow the time grammar: a number (whole, `1,5` or a range `1-2`), optionally after `maks.`/`maksimal`/`paling lama`/`±`, then a unit (detik, menit, jam, hari, hari kerja/HK, minggu, bulan, triwulan, semester, tahun) or `N x 24 jam`; `-` means none.",
        },
        why: Bilingual {
            id: "Waktu yang terbaca dapat dijumlahkan dan dibandingkan dengan batas waktu peraturan (misalnya 10 hari kerja layanan informasi publik).",
            en: "A readable time can be added up and compared with statutory deadlines (e.g. the 10 working days of the public-information service).",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Mutu Baku: waktu); format SOP versi 1 (DESIGN.md §3)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n    mutu_baku: { waktu: Triwulan }\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n    mutu_baku: { waktu: 1 triwulan }\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

/// A readable rewrite of an unreadable *waktu*: digits split by a space (`1 0 Hari Kerja`)
/// joined, or a bare unit (`Triwulan`) given the number 1.
fn suggest_waktu(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let joined: String = chars
        .iter()
        .enumerate()
        .filter(|&(i, c)| {
            !(c.is_whitespace()
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        })
        .map(|(_, c)| *c)
        .collect();
    if joined != text && duration::parse(&joined).is_some() {
        return Some(joined);
    }
    let counted = format!("1 {}", text.to_lowercase());
    if duration::parse(&counted).is_some() {
        return Some(counted);
    }
    None
}

// ---------------------------------------------------------------------------------------
// SOP310 uraian-style

const SOP310: Rule = Rule {
    code: "SOP310",
    name: "uraian-style",
    severity: Severity::Info,
    signing: false,
    group: Group::Steps,
    check: Check::Document(sop310_check),
    message: |d, lang| {
        let step = step_label(d, lang);
        let (lane, suggestion) = (d.arg_at(2), d.arg_at(3));
        lang.pick(
            Text::new(
                format!("Uraian {step} diawali nama pelaksana \"{lane}\", bukan kata kerja aktif"),
                if suggestion.is_empty() {
                    "Tulis uraian dengan kata kerja aktif tanpa subjek, misalnya \"Menerima permohonan\"; pelaksana sudah ditunjukkan oleh kolomnya.".to_string()
                } else {
                    format!("Tulis uraian dengan kata kerja aktif tanpa subjek, misalnya \"{suggestion}\"; pelaksana sudah ditunjukkan oleh kolomnya.")
                },
            ),
            Text::new(
                format!("The description of {step} starts with the implementer \"{lane}\" instead of an active verb"),
                if suggestion.is_empty() {
                    "Write the description as an active verb phrase without a subject, e.g. \"Menerima permohonan\"; the column already shows the implementer.".to_string()
                } else {
                    format!("Write the description as an active verb phrase without a subject, e.g. \"{suggestion}\"; the column already shows the implementer.")
                },
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`uraian` sebuah langkah diawali nama salah satu pelaksana (huruf besar/kecil dan spasi diabaikan), misalnya \"Petugas layanan menerima …\" padahal ada pelaksana bernama Petugas Layanan.",
            en: "A step's `uraian` starts with the name of one of the implementers (case and spaces ignored), e.g. \"Petugas layanan menerima …\" where an implementer is named Petugas Layanan.",
        },
        why: Bilingual {
            id: "Pedoman SOP AP meminta kegiatan ditulis dengan kata kerja aktif tanpa subjek; pelaksana sudah ditunjukkan oleh kolom swimlane.",
            en: "The SOP AP guideline asks for activities written as active verbs without a subject; the swimlane column already shows the implementer.",
        },
        source: "Permenpan RB 35/2012, Lampiran (diagram alir bercabang: kegiatan ditulis dengan kata kerja aktif tanpa subjek)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Pemohon informasi mengajukan permohonan\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

/// Lower case with whitespace runs collapsed to one space.
fn collapsed(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn sop310_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // Lane names are normalised once per document, not once per step.
    let names: Vec<(&Lane, String)> = cx
        .sop
        .lanes
        .iter()
        .map(|l| (l, collapsed(&l.name)))
        .collect();
    for (i, step) in cx.sop.steps.iter().enumerate() {
        let text = collapsed(&step.description);
        let lane = names
            .iter()
            .filter(|(_, name)| {
                !name.is_empty()
                    && text.strip_prefix(name.as_str()).is_some_and(|rest| {
                        rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
                    })
            })
            .max_by_key(|(_, name)| name.len());
        let Some((lane, name)) = lane else {
            continue;
        };
        let words = name.split(' ').count();
        let first_line = step
            .description
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        let rest: Vec<&str> = first_line.split_whitespace().skip(words).collect();
        let mut suggestion = capitalize(rest.join(" ").trim_start_matches([',', ':', ' ']));
        if suggestion.chars().count() > 60 {
            suggestion = format!(
                "{} …",
                suggestion.chars().take(57).collect::<String>().trim_end()
            );
        }
        out.push(
            at_step("SOP310", step, i, "uraian", "")
                .arg(lane.name.trim())
                .arg(suggestion),
        );
    }
}

// ---------------------------------------------------------------------------------------
// SOP311 simbol-invalid

const SOP311: Rule = Rule {
    code: "SOP311",
    name: "simbol-invalid",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    check: Check::Document(|cx, out| {
        for (i, step) in cx.sop.steps.iter().enumerate() {
            if step.symbol().is_none() {
                let written = step.symbol.trim();
                let mut d = at_step("SOP311", step, i, "simbol", "").arg(written);
                if let Some(symbol) = suggest_symbol(written) {
                    d = d.arg(symbol.key());
                }
                out.push(d);
            }
        }
    }),
    message: |d, lang| {
        let step = step_label(d, lang);
        let (value, suggestion) = (d.arg_at(2), d.arg_at(3));
        let id_list = "`mulai` (awal prosedur), `proses` (kegiatan), `keputusan` (pilihan dengan dua cabang) atau `selesai` (akhir prosedur)";
        let en_list = "`mulai` (start), `proses` (activity), `keputusan` (decision with two branches) or `selesai` (end)";
        lang.pick(
            Text::new(
                format!("Simbol `{value}` pada {step} tidak dikenal"),
                if suggestion.is_empty() {
                    format!("Tulis salah satu: {id_list}.")
                } else {
                    format!("Mungkin maksudnya `{suggestion}`. Tulis salah satu: {id_list}.")
                },
            ),
            Text::new(
                format!("The symbol `{value}` of {step} is not known"),
                if suggestion.is_empty() {
                    format!("Write one of {en_list}.")
                } else {
                    format!("Perhaps `{suggestion}` was meant. Write one of {en_list}.")
                },
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`simbol` sebuah langkah bukan `mulai`, `proses`, `keputusan` atau `selesai` (huruf besar/kecil diabaikan; simbol yang tidak ditulis berarti `proses`).",
            en: "A step's `simbol` is not `mulai`, `proses`, `keputusan` or `selesai` (case ignored; no simbol means `proses`).",
        },
        why: Bilingual {
            id: "SOP AP hanya memakai lima simbol: terminator (mulai/selesai), proses, keputusan, anak panah dan penghubung antarhalaman; dua yang terakhir digambar otomatis.",
            en: "An SOP AP uses five symbols only: terminator (start/end), process, decision, arrow and off-page connector; the last two are drawn automatically.",
        },
        source: "Permenpan RB 35/2012, Lampiran (format diagram alir bercabang: hanya lima simbol)",
        fires: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: start\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: Mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

/// The symbol a mistyped or translated simbol most likely means.
fn suggest_symbol(written: &str) -> Option<Symbol> {
    let w = written.trim().to_lowercase();
    let synonym = match w.as_str() {
        "start" | "awal" | "mulai kegiatan" | "begin" | "terminator awal" => Some(Symbol::Mulai),
        "process" | "kegiatan" | "aktivitas" | "proses kegiatan" | "kotak" => Some(Symbol::Proses),
        "decision" | "kondisi" | "pilihan" | "belah ketupat" | "keputusan?" => {
            Some(Symbol::Keputusan)
        }
        "end" | "akhir" | "finish" | "stop" | "selesai kegiatan" | "terminator akhir" => {
            Some(Symbol::Selesai)
        }
        _ => None,
    };
    synonym.or_else(|| {
        Symbol::ALL
            .into_iter()
            .map(|s| (s, edit_distance(&w, s.key())))
            .filter(|&(_, d)| d <= 2)
            .min_by_key(|&(_, d)| d)
            .map(|(s, _)| s)
    })
}

/// Levenshtein distance between two short texts.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(current)
            };
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{edit_distance, lane_index, suggest_symbol, suggest_waktu};
    use crate::model::{Lane, Symbol};
    use crate::rules::testing::{check_example, check_yaml, codes, findings};
    use crate::{Lang, Severity};

    /// The example's lanes with these steps (each `(nomor, uraian, pelaksana, simbol)`).
    fn steps(rows: &[(&str, &str, &str, &str)]) -> String {
        let mut yaml = String::from("kegiatan:\n");
        for (nomor, uraian, pelaksana, simbol) in rows {
            yaml.push_str("  -");
            if !nomor.is_empty() {
                yaml.push_str(&format!(" nomor: {nomor}\n   "));
            }
            yaml.push_str(&format!(
                " uraian: {uraian}\n    pelaksana: {pelaksana}\n    simbol: {simbol}\n"
            ));
            yaml.push_str(
                "    mutu_baku: { kelengkapan: Berkas, waktu: 5 menit, output: Hasil }\n",
            );
        }
        yaml
    }

    #[test]
    fn repeated_and_missing_numbers_are_errors() {
        let report = check_example(&steps(&[
            ("1", "Mengajukan permohonan", "pemohon", "mulai"),
            ("2", "Memeriksa permohonan", "petugas", "proses"),
            ("2", "Mencatat permohonan", "petugas", "proses"),
            ("", "Menyiapkan jawaban", "ppid", "proses"),
            ("3", "Menyampaikan jawaban", "ppid", "selesai"),
        ]));
        let found = findings(&report, "SOP305");
        let shown: Vec<_> = found
            .iter()
            .map(|d| (d.pointer.as_str(), d.kind, d.severity))
            .collect();
        assert_eq!(
            shown,
            [
                ("/kegiatan/2/nomor", "repeated", Severity::Error),
                ("/kegiatan/3/nomor", "missing", Severity::Error),
            ]
        );
        let message = found[0].message(Lang::Id).message;
        assert!(
            message.contains("Nomor 2 pada baris kegiatan ke-3 sudah dipakai baris ke-2"),
            "{message}"
        );
    }

    #[test]
    fn numbers_out_of_order_warn_once() {
        let report = check_example(&steps(&[
            ("1", "Mengajukan permohonan", "pemohon", "mulai"),
            ("3", "Memeriksa permohonan", "petugas", "proses"),
            ("2", "Mencatat permohonan", "petugas", "proses"),
            ("4", "Menyampaikan jawaban", "ppid", "selesai"),
        ]));
        let found = findings(&report, "SOP305");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/kegiatan/1/nomor");
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(found[0]
            .message(Lang::En)
            .message
            .contains("numbered 3, expected 2"));
    }

    #[test]
    fn lanes_sharing_an_id_or_name() {
        let report = check_example(
            "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: \" Petugas\", nama: Petugas Lain }\n  - { id: \"\", nama: \"ppid kpu  provinsi ntt\" }\n",
        );
        let found = findings(&report, "SOP302");
        let shown: Vec<_> = found.iter().map(|d| (d.pointer.as_str(), d.kind)).collect();
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

    #[test]
    fn unused_lane_is_a_warning_only_with_steps() {
        let fragment = "pelaksana:\n  - { id: pemohon, nama: Pemohon Informasi }\n  - { id: petugas, nama: Petugas Layanan PPID }\n  - { id: ppid, nama: PPID KPU Provinsi NTT }\n  - { id: atasan, nama: Atasan PPID }\n";
        let report = check_example(fragment);
        let found = findings(&report, "SOP303");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/pelaksana/3");
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(found[0].message(Lang::Id).message.contains("Atasan PPID"));
        let report = check_example(&format!("{fragment}kegiatan: []\n"));
        assert!(findings(&report, "SOP303").is_empty());
    }

    #[test]
    fn lanes_are_matched_by_id_then_name() {
        let lanes = [
            Lane {
                id: "petugas".into(),
                name: "Petugas Layanan".into(),
            },
            Lane {
                id: "ppid".into(),
                name: "PPID".into(),
            },
        ];
        assert_eq!(lane_index(&lanes, " Petugas "), Some(0));
        assert_eq!(lane_index(&lanes, "petugas layanan"), Some(0));
        assert_eq!(lane_index(&lanes, "PetugasLayanan"), Some(0));
        assert_eq!(lane_index(&lanes, "ppid"), Some(1));
        assert_eq!(lane_index(&lanes, "atasan"), None);
        assert_eq!(lane_index(&lanes, " "), None);
    }

    #[test]
    fn step_pelaksana_missing_or_unknown() {
        let report = check_example(&steps(&[
            ("1", "Mengajukan permohonan", "pemohon", "mulai"),
            ("2", "Memeriksa permohonan", "\"\"", "proses"),
            (
                "3",
                "Mencatat permohonan",
                "[petugas, sekretaris]",
                "proses",
            ),
            ("4", "Menyampaikan jawaban", "Rumah Tangga", "selesai"),
        ]));
        let found = findings(&report, "SOP307");
        let shown: Vec<_> = found.iter().map(|d| (d.pointer.as_str(), d.kind)).collect();
        assert_eq!(
            shown,
            [
                ("/kegiatan/1/pelaksana", "missing"),
                ("/kegiatan/2/pelaksana/1", "unknown"),
                ("/kegiatan/3/pelaksana", "unknown"),
            ]
        );
        let text = found[1].message(Lang::Id);
        assert!(
            text.message.contains("`sekretaris` pada langkah 3"),
            "{text:?}"
        );
        assert!(text.help.contains("pemohon, petugas, ppid"), "{text:?}");
    }

    #[test]
    fn no_lanes_reports_only_sop301() {
        let report = check_example("pelaksana: []\n");
        assert!(codes(&report).contains(&"SOP301"));
        assert!(findings(&report, "SOP307").is_empty());
    }

    #[test]
    fn mutu_baku_one_finding_per_cell_and_terminators_exempt() {
        let report = check_example(
            "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memeriksa permohonan\n    pelaksana: petugas\n    simbol: keputusan\n    cabang: [{ label: Ya, ke: 3 }, { label: Tidak, ke: 1 }]\n    mutu_baku: { waktu: \"-\" }\n  - nomor: 3\n    uraian: Menyampaikan jawaban\n    pelaksana: ppid\n    simbol: selesai\n",
        );
        let found = findings(&report, "SOP308");
        let shown: Vec<_> = found.iter().map(|d| d.pointer.as_str()).collect();
        assert_eq!(
            shown,
            [
                "/kegiatan/1/mutu_baku/kelengkapan",
                "/kegiatan/1/mutu_baku/waktu",
                "/kegiatan/1/mutu_baku/output",
            ]
        );
        assert!(found.iter().all(|d| d.severity == Severity::Warning));
        assert!(found[1]
            .message(Lang::Id)
            .message
            .contains("Waktu pada mutu baku langkah 2"));
        assert!(
            findings(&report, "SOP309").is_empty(),
            "`-` is a readable waktu"
        );
    }

    #[test]
    fn unreadable_waktu_suggests_a_fix() {
        assert_eq!(
            suggest_waktu("1 0 Hari Kerja").as_deref(),
            Some("10 Hari Kerja")
        );
        assert_eq!(suggest_waktu("Triwulan").as_deref(), Some("1 triwulan"));
        assert_eq!(suggest_waktu("secepatnya"), None);
        let report = check_example(
            &steps(&[
                ("1", "Mengajukan permohonan", "pemohon", "mulai"),
                ("2", "Menyampaikan jawaban", "ppid", "selesai"),
            ])
            .replace("5 menit", "1 0 Hari Kerja"),
        );
        let found = findings(&report, "SOP309");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].pointer, "/kegiatan/0/mutu_baku/waktu");
        let text = found[1].message(Lang::Id);
        assert!(
            text.message.contains("`1 0 Hari Kerja` pada langkah 2"),
            "{text:?}"
        );
        assert!(text.help.contains("\"10 Hari Kerja\""), "{text:?}");
    }

    #[test]
    fn uraian_starting_with_a_lane_name() {
        let report = check_example(&steps(&[
            (
                "1",
                "PEMOHON INFORMASI  mengajukan permohonan",
                "pemohon",
                "mulai",
            ),
            (
                "2",
                "\"Petugas Layanan PPID: memeriksa permohonan\"",
                "petugas",
                "proses",
            ),
            ("3", "Pemohon Informasinya datang", "pemohon", "proses"),
            (
                "4",
                "Menyampaikan jawaban kepada Pemohon Informasi",
                "ppid",
                "selesai",
            ),
        ]));
        let found = findings(&report, "SOP310");
        let shown: Vec<_> = found.iter().map(|d| d.pointer.as_str()).collect();
        assert_eq!(shown, ["/kegiatan/0/uraian", "/kegiatan/1/uraian"]);
        assert_eq!(found[0].severity, Severity::Info);
        let text = found[0].message(Lang::Id);
        assert!(text.help.contains("\"Mengajukan permohonan\""), "{text:?}");
        let text = found[1].message(Lang::En);
        assert!(text.help.contains("\"Memeriksa permohonan\""), "{text:?}");
    }

    #[test]
    fn symbols_case_blank_and_invalid() {
        let report = check_example(&steps(&[
            ("1", "Mengajukan permohonan", "pemohon", "MULAI"),
            ("2", "Memeriksa permohonan", "petugas", "\"\""),
            ("3", "Mencatat permohonan", "petugas", "proces"),
            ("4", "Menyampaikan jawaban", "ppid", "end"),
        ]));
        let found = findings(&report, "SOP311");
        let shown: Vec<_> = found
            .iter()
            .map(|d| (d.pointer.as_str(), d.arg_at(3)))
            .collect();
        assert_eq!(
            shown,
            [
                ("/kegiatan/2/simbol", "proses"),
                ("/kegiatan/3/simbol", "selesai")
            ]
        );
        assert_eq!(suggest_symbol("diamond"), None);
        assert_eq!(suggest_symbol("keputusn"), Some(Symbol::Keputusan));
        assert_eq!(edit_distance("mulai", "mulai"), 0);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn uraian_missing_names_the_row() {
        let report = check_example(&steps(&[
            ("1", "Mengajukan permohonan", "pemohon", "mulai"),
            ("2", "\"-\"", "ppid", "selesai"),
        ]));
        let found = findings(&report, "SOP306");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, "/kegiatan/1/uraian");
        assert!(found[0]
            .message(Lang::Id)
            .message
            .contains("baris kegiatan ke-2"));
    }

    #[test]
    fn empty_document_reports_lanes_and_steps_once() {
        let report = check_yaml("format: sop/1\n");
        for code in ["SOP301", "SOP304"] {
            assert_eq!(findings(&report, code).len(), 1, "{code}");
        }
        for code in ["SOP302", "SOP303", "SOP305", "SOP307", "SOP308"] {
            assert!(findings(&report, code).is_empty(), "{code}");
        }
    }
}
