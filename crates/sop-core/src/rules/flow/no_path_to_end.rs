//! SOP407 `no-path-to-end`: from a step no `selesai` can be reached. Reported only where
//! the flow gets stuck among the steps the start reaches: a dead end (a step with no next
//! step that is not `selesai`) or a closed loop (a group of steps with no way out towards
//! `selesai`, once, at its first step), not every step that leads into it. Silent when the
//! document has no `selesai` at all (SOP402 says so).

use crate::checklist::Item;
use crate::flow::Flow;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::{Sop, Symbol};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::refs::{about_step, ref_name, refs_arg, refs_list};
use crate::rules::text::capitalized;

/// SOP407.
pub static RULE: Rule = Rule {
    code: "SOP407",
    name: "no-path-to-end",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    counts: Counts::Against(Item::Alur),
    check: Check::Document(check),
    messages: &[&LOOP, &DEAD_END, &DEAD_END_TARGET],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Dari sebuah langkah tidak ada jalan menuju langkah `selesai`. Dilaporkan di tempat alur macet, di antara langkah yang tercapai dari mulai: jalan buntu (langkah bukan selesai tanpa langkah berikutnya, termasuk karena tujuannya tidak ada) atau putaran tanpa jalan keluar (dilaporkan sekali, pada langkah pertamanya). Tidak dilaporkan bila dokumen tidak memiliki `selesai` sama sekali (SOP402).",
            en: "From a step no `selesai` step can be reached. Reported where the flow gets stuck, among the steps reached from mulai: a dead end (a step that is not selesai and has no next step, also because its target does not exist) or a loop with no way out (reported once, at its first step). Not reported when the document has no `selesai` at all (SOP402).",
        },
        why: Bilingual {
            id: "Setiap jalur prosedur harus berakhir pada terminator selesai; jalan buntu atau putaran tanpa akhir berarti pelaksana tidak tahu kapan pekerjaan tuntas.",
            en: "Every path of the procedure must end at the end terminator; a dead end or an endless loop leaves the implementers without a finish.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Bagian Flowchart) dan simbol diagram alir bercabang (kapsul/terminator, kotak, belah ketupat, anak panah)",
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 3 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 2 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 2 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

/// A loop (or a step leading back to itself) with no way out.
pub static LOOP: Message = Message {
    rule: &RULE,
    key: "loop",
    form: |d, lang| {
        loop_text(
            d,
            lang,
            "Beri putaran itu jalan keluar: jadikan salah satu langkahnya Keputusan dengan cabang menuju langkah lanjutan, atau ubah Langkah berikutnya agar alur berlanjut ke langkah bersimbol Selesai.",
            "Give the loop a way out: make one of its steps a Decision with a branch to the next step, or change a Next step so the flow continues to an End step.",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        loop_text(
            d,
            lang,
            "Beri putaran itu jalan keluar: jadikan salah satu langkahnya keputusan dengan cabang menuju langkah lanjutan, atau ubah `ke` agar alur berlanjut ke langkah bersimbol selesai.",
            "Give the loop a way out: make one of its steps a decision with a cabang to the next step, or change a `ke` so the flow continues to a selesai step.",
        )
    }),
};

/// "Steps 3, 4, and 5 loop with no way out: no end can be reached from here", with `help`.
fn loop_text(d: &Diagnostic, lang: Lang, id_help: &str, en_help: &str) -> Text {
    let step = ref_name(lang, d.arg_at(0));
    let members = d.arg_at(1);
    let (id_what, en_what) = if members.split_whitespace().count() > 1 {
        (
            format!(
                "{} berputar tanpa jalan keluar",
                capitalized(&refs_list(Lang::Id, members))
            ),
            format!(
                "{} loop with no way out",
                capitalized(&refs_list(Lang::En, members))
            ),
        )
    } else {
        (
            format!("{} hanya kembali ke dirinya sendiri", capitalized(&step)),
            format!("{} only leads back to itself", capitalized(&step)),
        )
    };
    lang.pick(
        Text::new(
            format!("{id_what}: dari sini tidak ada jalan menuju langkah akhir prosedur"),
            id_help,
        ),
        Text::new(
            format!("{en_what}: the end of the procedure cannot be reached from here"),
            en_help,
        ),
    )
}

/// A step with no next step that is not `selesai`.
pub static DEAD_END: Message = Message {
    rule: &RULE,
    key: "dead-end",
    form: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        lang.pick(
            Text::new(
                format!("Alur berhenti di {step}: langkah ini tidak bersimbol Selesai dan tidak memiliki langkah berikutnya"),
                format!("Pilih Langkah berikutnya pada {step}, atau pilih simbol Selesai bila prosedur memang berakhir di sini."),
            ),
            Text::new(
                format!("The flow stops at {step}: it does not have the symbol End and has no next step"),
                format!("Choose the Next step of {step}, or choose the symbol End if the procedure ends here."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        lang.pick(
            Text::new(
                format!("Alur berhenti di {step}: langkah ini bukan selesai dan tidak memiliki langkah berikutnya"),
                format!("Tambahkan `ke:` menuju langkah lanjutan pada {step}, atau ubah simbolnya menjadi `selesai` bila prosedur memang berakhir di sini."),
            ),
            Text::new(
                format!("The flow stops at {step}: it is not selesai and has no next step"),
                format!("Add `ke:` to {step} pointing at the next step, or change its symbol to `selesai` if the procedure ends here."),
            ),
        )
    }),
};

/// A step whose written target does not exist.
pub static DEAD_END_TARGET: Message = Message {
    rule: &RULE,
    key: "dead-end-target",
    form: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        lang.pick(
            Text::new(
                format!("Alur berhenti di {step}: langkah tujuannya tidak ada, sehingga tidak ada jalan menuju langkah bersimbol Selesai"),
                "Pilih langkah yang ada sebagai Langkah berikutnya atau tujuan cabang langkah ini.",
            ),
            Text::new(
                format!("The flow stops at {step}: its target step does not exist, so no End step can be reached"),
                "Choose an existing step as this step's Next step or branch target.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        lang.pick(
            Text::new(
                format!("Alur berhenti di {step}: langkah tujuannya tidak ada, sehingga tidak ada jalan menuju langkah selesai"),
                "Perbaiki `ke` atau cabang langkah ini agar menunjuk nomor langkah yang ada (lihat juga SOP403/SOP405).",
            ),
            Text::new(
                format!("The flow stops at {step}: its target step does not exist, so no selesai step can be reached"),
                "Fix this step's `ke` or cabang so it names an existing step number (see also SOP403/SOP405).",
            ),
        )
    }),
};

/// The rows `component` of `sop` (sorted, not empty) loop with no way out.
pub fn closed_loop(sop: &Sop, component: &[usize]) -> Diagnostic {
    let first = component.first().copied().unwrap_or(0);
    about_step(&LOOP, sop, first, Pointer::step(first)).arg(refs_arg(sop, component))
}

/// The flow stops at row `index` of `sop`; `written` when the step names a target (which
/// does not exist).
pub fn dead_end(sop: &Sop, index: usize, written: bool) -> Diagnostic {
    let kind = if written { &DEAD_END_TARGET } else { &DEAD_END };
    about_step(kind, sop, index, Pointer::step(index))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    let flow = cx.flow;
    let Some(start) = Flow::start(sop) else {
        return;
    };
    let ends: Vec<usize> = sop
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.symbol() == Some(Symbol::Selesai))
        .map(|(i, _)| i)
        .collect();
    if ends.is_empty() || flow.out.len() != sop.steps.len() {
        return;
    }
    let good = flow.reaching(&ends);
    let reached = flow.reachable_from(start);
    let stuck: Vec<bool> = good.iter().zip(&reached).map(|(g, r)| !g && *r).collect();
    let components = flow.components(&stuck);
    let mut component_of = vec![usize::MAX; sop.steps.len()];
    for (c, component) in components.iter().enumerate() {
        for &i in component {
            component_of[i] = c;
        }
    }
    // Every step reached from the start that cannot reach selesai has all its successors in
    // the same state, so the stuck steps form a closed sub-graph; its sink components are
    // where the flow is trapped.
    for (c, component) in components.iter().enumerate() {
        let sink = component.iter().all(|&v| {
            flow.out[v]
                .iter()
                .all(|&e| component_of.get(flow.edges[e].to) == Some(&c))
        });
        let Some(&first) = component.first() else {
            continue;
        };
        if !sink {
            continue;
        }
        let closed = component.len() > 1 || !flow.out[first].is_empty();
        if closed {
            out.push(closed_loop(sop, component));
        } else {
            let step = &sop.steps[first];
            let written = step.next.is_some()
                || (step.symbol() == Some(Symbol::Keputusan) && !step.branches.is_empty());
            out.push(dead_end(sop, first, written));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::flow::testing::{doc, pointers};
    use crate::rules::testing::{check_yaml, codes, findings};
    use crate::Lang;

    #[test]
    fn dead_end_and_self_loops() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{ label: Ya, ke: 2 }, { label: Tidak, ke: 4 }] }",
            "{ nomor: 3, uraian: Menutup, pelaksana: a, simbol: selesai }",
            "{ nomor: 4, uraian: Menunggu, pelaksana: a, ke: 4 }",
            "{ nomor: 5, uraian: Mengarsipkan, pelaksana: a }",
        ]));
        assert_eq!(pointers(&report, "SOP408"), ["/kegiatan/1/cabang/0/ke"]);
        let stuck = findings(&report, "SOP407");
        assert_eq!(stuck.len(), 1, "{stuck:?}");
        assert_eq!(
            (stuck[0].kind.key, stuck[0].pointer.as_str()),
            ("loop", "/kegiatan/3")
        );
        assert!(stuck[0]
            .message(Lang::En)
            .message
            .contains("only leads back to itself"));
        // Rows 3 and 5 are not reached; the unreached dead end (row 5) is SOP406's, not SOP407's.
        assert_eq!(pointers(&report, "SOP406"), ["/kegiatan/2", "/kegiatan/4"]);

        let dead = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{ label: Ya, ke: 4 }, { label: Tidak, ke: 3 }] }",
            "{ nomor: 3, uraian: Menutup, pelaksana: a, simbol: selesai }",
            "{ nomor: 4, uraian: Menyimpan, pelaksana: a }",
        ]));
        let d = findings(&dead, "SOP407")[0];
        assert_eq!(
            (d.kind.key, d.pointer.as_str()),
            ("dead-end", "/kegiatan/3")
        );
    }

    #[test]
    fn cycle_without_exit_reports_the_loop_once() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a }",
            "{ nomor: 3, uraian: Memperbaiki, pelaksana: a, ke: 2 }",
            "{ nomor: 4, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        let stuck = findings(&report, "SOP407");
        assert_eq!(stuck.len(), 1);
        assert_eq!(stuck[0].pointer, "/kegiatan/1");
        assert_eq!(stuck[0].args[1], "2 3");
        assert_eq!(pointers(&report, "SOP406"), ["/kegiatan/3"]);
    }

    fn long_document(n: usize) -> String {
        // Every other step is a decision with two forward cabang: 2^(n/2) paths.
        let mut rows =
            vec!["{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }".to_string()];
        for k in 2..n {
            if k % 2 == 0 {
                rows.push(format!(
                    "{{ nomor: {k}, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{{ label: Ya, ke: {} }}, {{ label: Tidak, ke: {} }}], mutu_baku: {{ waktu: 1 menit }} }}",
                    k + 1,
                    (k + 2).min(n)
                ));
            } else {
                rows.push(format!("{{ nomor: {k}, uraian: Memproses, pelaksana: a, mutu_baku: {{ waktu: 1 menit }} }}"));
            }
        }
        rows.push(format!(
            "{{ nomor: {n}, uraian: Menutup, pelaksana: a, simbol: selesai }}"
        ));
        let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
        doc(&refs)
    }

    #[test]
    fn long_chains_check_fast() {
        let text =
            long_document(2000).replace("kategori: umum", "kategori: layanan_informasi_publik");
        let started = std::time::Instant::now();
        let report = check_yaml(&text);
        let elapsed = started.elapsed();
        for code in [
            "SOP401", "SOP402", "SOP403", "SOP405", "SOP406", "SOP407", "SOP408",
        ] {
            assert!(!codes(&report).contains(&code), "{code}");
        }
        assert!(elapsed.as_secs_f64() < 5.0, "{elapsed:?}");

        // One long loop without exit, and one long unreachable tail.
        let mut rows =
            vec!["{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }".to_string()];
        for k in 2..2000 {
            rows.push(format!("{{ nomor: {k}, uraian: Memproses, pelaksana: a }}"));
        }
        rows.push("{ nomor: 2000, uraian: Mengulang, pelaksana: a, ke: 2 }".to_string());
        rows.push("{ nomor: 2001, uraian: Menutup, pelaksana: a, simbol: selesai }".to_string());
        let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
        let started = std::time::Instant::now();
        let report = check_yaml(&doc(&refs));
        assert!(started.elapsed().as_secs_f64() < 5.0);
        assert_eq!(findings(&report, "SOP407").len(), 1);
        assert_eq!(pointers(&report, "SOP406"), ["/kegiatan/2000"]);
    }
}
