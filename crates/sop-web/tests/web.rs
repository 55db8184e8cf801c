//! Browser tests of the app's components (wasm-bindgen-test in headless Chromium): the
//! shell and language switch, the step editor (add, move, remove keep keys, numbers and
//! references sensible), the live checklist, the error summary's links, and that every
//! pointer the rules emit focuses something in the rendered form.
//!
//! Run by `make test-wasm`:
//! `WASM_BINDGEN_USE_BROWSER=1 cargo test --target wasm32-unknown-unknown -p sop-web --lib --tests`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used, missing_docs)]

use std::sync::atomic::{AtomicU32, Ordering};

use sop_core::model::{Branch, Category, Criteria, Evaluation, Lane, MonitoringRecord, Status};
use sop_core::{check, parse, templates, CheckOptions, Format, Sop};
use sop_web::storage::DraftStore;
use sop_web::{fields, Config, UnmountHandle};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

// ------------------------------------------------------------------ helpers

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("window")
        .document()
        .expect("document")
}

/// A fresh `<div>` appended to `<body>`, so tests do not see each other's DOM.
fn fresh_container() -> HtmlElement {
    let document = document();
    let div: HtmlElement = document
        .create_element("div")
        .expect("create div")
        .dyn_into()
        .expect("div is an HtmlElement");
    document
        .body()
        .expect("body")
        .append_child(&div)
        .expect("append div");
    div
}

/// A storage namespace no other test uses.
fn namespace(name: &str) -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    format!(
        "webtest-{name}-{}-{}",
        N.fetch_add(1, Ordering::Relaxed),
        js_sys::Date::now() as u64
    )
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    JsFuture::from(promise).await.expect("timeout");
}

/// Lets effects run and a frame pass (focus moves after the next animation frame).
async fn settle() {
    leptos::task::tick().await;
    sleep(40).await;
    leptos::task::tick().await;
}

fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector:?}"))
}

fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn text_of(root: &Element, selector: &str) -> String {
    query(root, selector)
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn click(el: &Element) {
    el.clone()
        .dyn_into::<HtmlElement>()
        .expect("HtmlElement")
        .click();
}

/// The button whose text (accessible text included) is `text`.
fn button(root: &Element, text: &str) -> Element {
    query_all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text:?}"))
}

fn by_id(root: &Element, id: &str) -> Element {
    query(root, &format!("#{id}"))
}

fn type_into(el: &Element, value: &str) {
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        panic!("not a text field");
    }
    let event = web_sys::Event::new("input").expect("event");
    el.dispatch_event(&event).expect("dispatch");
}

fn choose(el: &Element, value: &str) {
    let select = el.dyn_ref::<HtmlSelectElement>().expect("a select");
    select.set_value(value);
    let event = web_sys::Event::new("change").expect("event");
    el.dispatch_event(&event).expect("dispatch");
}

fn value_of(el: &Element) -> String {
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        panic!("not a form control")
    }
}

fn active_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

fn template(category: Category) -> Sop {
    parse(templates::template(category), Format::Yaml).sop
}

/// Mounts the app with `sop` stored as a draft and opened in the editor.
async fn open_editor(name: &str, sop: &Sop) -> (HtmlElement, UnmountHandle) {
    let ns = namespace(name);
    let (store, _) = DraftStore::open(&ns);
    store.create(sop).expect("store the draft");
    let root = fresh_container();
    let handle = sop_web::mount(
        root.clone(),
        Config {
            namespace: ns,
            template: Some(sop.category),
            page: false,
            ..Config::default()
        },
    );
    settle().await;
    assert!(
        text_of(&root, "h1").starts_with("Draf:"),
        "the editor opened: {}",
        text_of(&root, "h1")
    );
    (root, handle)
}

fn step_headings(root: &Element) -> Vec<String> {
    query_all(root, ".steps h3")
        .iter()
        .map(|h| h.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

// ------------------------------------------------------------------ tests

#[wasm_bindgen_test]
async fn drafts_list_and_language_switch() {
    let root = fresh_container();
    let _handle = sop_web::mount(
        root.clone(),
        Config {
            namespace: namespace("shell"),
            page: false,
            ..Config::default()
        },
    );
    settle().await;
    assert_eq!(text_of(&root, "h1"), "Draf SOP");
    assert!(root.query_selector("main").expect("selector").is_some());
    assert_eq!(text_of(&root, "button.lang-toggle"), "English");
    // Every template can be chosen, Indonesian names first.
    let options: Vec<String> = query_all(&root, "#template option")
        .iter()
        .map(|o| o.text_content().unwrap_or_default())
        .collect();
    assert_eq!(options.len(), 6, "{options:?}");
    assert!(options.contains(&"Layanan Informasi Publik".to_string()));

    click(&query(&root, "button.lang-toggle"));
    settle().await;
    assert_eq!(text_of(&root, "h1"), "SOP drafts");
    assert_eq!(text_of(&root, "button.lang-toggle"), "Bahasa Indonesia");
    assert_eq!(
        query(&root, ".app").get_attribute("lang").as_deref(),
        Some("en")
    );
    click(&query(&root, "button.lang-toggle"));
    settle().await;
    assert_eq!(text_of(&root, "h1"), "Draf SOP");
}

#[wasm_bindgen_test]
async fn new_draft_from_template_then_duplicate_and_delete() {
    let root = fresh_container();
    let ns = namespace("drafts");
    let _handle = sop_web::mount(
        root.clone(),
        Config {
            namespace: ns.clone(),
            page: false,
            ..Config::default()
        },
    );
    settle().await;
    choose(&by_id(&root, "template"), "pembuatan_berita");
    click(&button(&root, "Buat dari templat"));
    settle().await;
    assert!(
        text_of(&root, "h1").starts_with("Draf: "),
        "{}",
        text_of(&root, "h1")
    );
    click(&query(&root, ".editor__back button"));
    settle().await;
    assert_eq!(query_all(&root, ".draft-list__item").len(), 1);
    let dup = query_all(&root, ".draft-list__item button")
        .into_iter()
        .find(|b| {
            b.text_content()
                .unwrap_or_default()
                .starts_with("Buat salinan")
        })
        .expect("duplicate button");
    click(&dup);
    settle().await;
    assert_eq!(query_all(&root, ".draft-list__item").len(), 2);
    let delete = query_all(&root, ".draft-list__item button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().starts_with("Hapus"))
        .expect("delete button");
    click(&delete);
    settle().await;
    // The confirmation dialog is open; confirming deletes one draft.
    let dialog = query(&root, "dialog");
    assert!(dialog.has_attribute("open"), "dialog opened");
    click(&button(&dialog, "Ya, hapus draf"));
    settle().await;
    assert_eq!(query_all(&root, ".draft-list__item").len(), 1);
    assert_eq!(DraftStore::open(&ns).0.list().len(), 1);
}

#[wasm_bindgen_test]
async fn step_editor_add_move_remove_keep_keys_numbers_and_references() {
    let sop = template(Category::LayananInformasiPublik);
    let steps = sop.steps.len();
    let (root, _handle) = open_editor("steps", &sop).await;
    assert_eq!(step_headings(&root).len(), steps);

    // Add: a new last step, numbered after the highest, its uraian focused.
    click(&by_id(&root, "f-kegiatan-add"));
    settle().await;
    let headings = step_headings(&root);
    assert_eq!(headings.len(), steps + 1);
    assert_eq!(headings.last().map(String::as_str), Some("Langkah 11"));
    assert_eq!(active_id(), format!("f-kegiatan-{steps}-uraian"));

    // Move step 3 up: the same DOM node (keyed) is now second, renumbered 2, and step 2's
    // cabang "Tidak lengkap" (which pointed at old step 3) now points at 2.
    let step3 = by_id(&root, "f-kegiatan-2")
        .closest("fieldset")
        .expect("x")
        .expect("fieldset");
    let uraian3 = value_of(&by_id(&root, "f-kegiatan-2-uraian"));
    click(&by_id(&root, "f-kegiatan-2-up"));
    settle().await;
    let moved = by_id(&root, "f-kegiatan-1")
        .closest("fieldset")
        .expect("x")
        .expect("fieldset");
    assert!(
        moved.is_same_node(Some(&step3)),
        "the step's DOM moved with it"
    );
    assert_eq!(value_of(&by_id(&root, "f-kegiatan-1-uraian")), uraian3);
    assert_eq!(
        &step_headings(&root)[..4],
        ["Langkah 1", "Langkah 2", "Langkah 3", "Langkah 4"]
    );
    assert_eq!(value_of(&by_id(&root, "f-kegiatan-1-nomor")), "2");
    // Old step 2 (the decision) is now row 3; its second branch targets the moved step.
    assert_eq!(value_of(&by_id(&root, "f-kegiatan-2-cabang-1-ke")), "2");
    assert_eq!(value_of(&by_id(&root, "f-kegiatan-2-cabang-0-ke")), "4");
    // Focus stayed on the moved step's "Naikkan" button.
    assert_eq!(active_id(), "f-kegiatan-1-up");

    // Move it back down.
    click(&by_id(&root, "f-kegiatan-1-down"));
    settle().await;
    assert_eq!(value_of(&by_id(&root, "f-kegiatan-2-uraian")), uraian3);
    assert_eq!(value_of(&by_id(&root, "f-kegiatan-1-cabang-1-ke")), "3");

    // Remove step 3 (asks first; says which step points at it), references cleared,
    // later steps renumbered.
    click(&by_id(&root, "f-kegiatan-2-remove"));
    settle().await;
    let dialog = query(&root, "dialog");
    let body = text_of(&dialog, "#dialog-body");
    assert!(body.contains("Langkah 3"), "{body}");
    assert!(
        body.contains("langkah 2"),
        "names the referencing step: {body}"
    );
    click(&button(&dialog, "Ya, hapus langkah"));
    settle().await;
    assert_eq!(step_headings(&root).len(), steps);
    assert_eq!(value_of(&by_id(&root, "f-kegiatan-1-cabang-1-ke")), "");
    assert_eq!(value_of(&by_id(&root, "f-kegiatan-1-cabang-0-ke")), "3");
    assert_eq!(value_of(&by_id(&root, "f-kegiatan-2-nomor")), "3");
}

#[wasm_bindgen_test]
async fn checklist_updates_when_a_field_changes() {
    let sop = template(Category::LayananInformasiPublik);
    let (root, _handle) = open_editor("checklist", &sop).await;
    let before = text_of(&root, "#checklist-count");
    assert_eq!(before, "11 dari 12 bagian lengkap");
    assert_eq!(
        text_of(&root, "#checklist-identitas-status"),
        "Belum lengkap"
    );

    type_into(
        &by_id(&root, "f-identitas-tanggal_pembuatan"),
        "10 Juli 2025",
    );
    settle().await;
    assert_eq!(
        text_of(&root, "#checklist-count"),
        "12 dari 12 bagian lengkap"
    );
    assert_eq!(text_of(&root, "#checklist-identitas-status"), "Lengkap");

    type_into(&by_id(&root, "f-dasar_hukum-0"), "");
    type_into(&by_id(&root, "f-dasar_hukum-1"), "");
    type_into(&by_id(&root, "f-dasar_hukum-2"), "");
    settle().await;
    // UU 14/2008 is gone from the legal basis: SOP602 keeps the item open.
    assert_eq!(
        text_of(&root, "#checklist-dasar_hukum-status"),
        "Belum lengkap"
    );

    // The checklist link of an item focuses its section.
    let link = query_all(&root, ".task-list__link")
        .into_iter()
        .find(|a| a.text_content().unwrap_or_default() == "Pelaksana")
        .expect("Pelaksana item");
    click(&link);
    settle().await;
    assert_eq!(active_id(), "f-pelaksana");
}

#[wasm_bindgen_test]
async fn error_summary_after_check_and_its_link_focuses_the_field() {
    let sop = template(Category::LayananInformasiPublik);
    let (root, _handle) = open_editor("summary", &sop).await;
    assert!(root
        .query_selector("#error-summary")
        .expect("sel")
        .is_none());

    // Break a decision branch: clear the target of step 2's second cabang.
    let target = by_id(&root, "f-kegiatan-1-cabang-1-ke");
    choose(&target, "");
    settle().await;
    // Not shown before the field was left or the check was asked for.
    assert!(target.get_attribute("aria-invalid").is_none());

    click(&button(&root, "Periksa kelengkapan"));
    settle().await;
    let summary = by_id(&root, "error-summary");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(active_id(), "error-summary", "focus moved to the summary");
    // The field now shows its error (GOV.UK error message pattern).
    assert_eq!(
        target.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let described = target.get_attribute("aria-describedby").unwrap_or_default();
    assert!(
        described.contains("f-kegiatan-1-cabang-1-ke-error"),
        "{described}"
    );
    let message = text_of(&root, "#f-kegiatan-1-cabang-1-ke-error");
    assert!(
        message.contains("tidak memiliki langkah tujuan"),
        "{message}"
    );

    let link = query_all(&summary, "a")
        .into_iter()
        .find(|a| a.get_attribute("href").as_deref() == Some("#f-kegiatan-1-cabang-1-ke"))
        .expect("a link to the branch target");
    assert!(link
        .text_content()
        .unwrap_or_default()
        .contains("tidak memiliki langkah tujuan"));
    click(&link);
    settle().await;
    assert_eq!(active_id(), "f-kegiatan-1-cabang-1-ke");

    // A blurred field shows its own error without the summary.
    let name = by_id(&root, "f-identitas-nama");
    type_into(&name, "");
    settle().await;
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn a_field_shows_its_error_after_it_was_left() {
    let sop = template(Category::LayananInformasiPublik);
    let (root, _handle) = open_editor("blur", &sop).await;
    let name = by_id(&root, "f-identitas-nama");
    type_into(&name, "");
    settle().await;
    assert!(
        name.get_attribute("aria-invalid").is_none(),
        "not while typing"
    );
    name.dyn_ref::<HtmlElement>()
        .expect("el")
        .focus()
        .expect("focus");
    name.dyn_ref::<HtmlElement>()
        .expect("el")
        .blur()
        .expect("blur");
    settle().await;
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text_of(&root, "#f-identitas-nama-error").contains("Nama SOP belum diisi"));
    // The message comes before the input (GOV.UK), inside the field's wrapper.
    let wrapper = name.parent_element().expect("wrapper");
    assert!(wrapper.class_name().contains("field--error"));
}

/// A document that makes the rules report at every kind of place.
fn broken() -> Sop {
    let mut sop = template(Category::LayananInformasiPublik);
    sop.status = Status::Berlaku;
    sop.format = String::new();
    sop.identity.created = "10 Juli 2099".into();
    sop.identity.revised = "kemarin".into();
    sop.identity.approved_by.nip = "123".into();
    sop.legal_basis.push("sesuatu".into());
    sop.related = vec![sop.identity.name.clone()];
    sop.warnings.push("hati-hati".into());
    sop.lanes.push(sop.lanes[0].clone());
    sop.lanes.push(Lane::default());
    let first_lane = sop.lanes[0].id.clone();
    let s = &mut sop.steps[1];
    s.branches = vec![Branch::default()];
    s.performers = vec![first_lane, "tidak-ada".into()];
    s.quality.time = "sebentar".into();
    s.description = String::new();
    let s = &mut sop.steps[2];
    s.symbol = "mulai".into();
    s.next = Some(99);
    s.number = None;
    let s = &mut sop.steps[3];
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
    sop.monitoring = vec![MonitoringRecord {
        date: "besok".into(),
        ..Default::default()
    }];
    sop.evaluations = vec![Evaluation {
        criteria: Criteria {
            sinergi: "mungkin".into(),
            ..Default::default()
        },
        ..Default::default()
    }];
    sop
}

#[wasm_bindgen_test]
async fn every_pointer_the_rules_emit_focuses_a_field() {
    let sop = broken();
    let report = check(
        &sop,
        &CheckOptions {
            today: sop_web::platform::today(),
            ..CheckOptions::default()
        },
    );
    assert!(
        report.diagnostics.len() > 30,
        "{}",
        report.diagnostics.len()
    );
    let (root, _handle) = open_editor("pointers", &sop).await;
    let mut seen = Vec::new();
    for d in &report.diagnostics {
        let id = fields::focus_pointer(&root, &d.pointer)
            .unwrap_or_else(|| panic!("{} at {:?} focuses nothing", d.code(), d.pointer));
        assert_eq!(active_id(), id, "{} at {}", d.code(), d.pointer);
        seen.push((d.pointer.clone(), id));
    }
    // The exact field where one is rendered; the nearest group otherwise.
    let expect = |pointer: &str, id: &str| {
        let found = seen
            .iter()
            .find(|(p, _)| p == pointer)
            .unwrap_or_else(|| panic!("no finding at {pointer}: {seen:#?}"));
        assert_eq!(found.1, id, "{pointer}");
    };
    expect("/identitas/nomor", "f-identitas-nomor");
    expect("/identitas/tanggal_efektif", "f-identitas-tanggal_efektif");
    expect("/identitas/tanggal_revisi", "f-identitas-tanggal_revisi");
    expect(
        "/identitas/disahkan_oleh/nip",
        "f-identitas-disahkan_oleh-nip",
    );
    expect("/dasar_hukum/7", "f-dasar_hukum-7");
    expect("/keterkaitan/0", "f-keterkaitan-0");
    expect("/peringatan/2", "f-peringatan-2");
    expect("/pelaksana/4/id", "f-pelaksana-4-id");
    expect("/pelaksana/5/nama", "f-pelaksana-5-nama");
    expect("/kegiatan/0/simbol", "f-kegiatan-0-simbol");
    expect("/kegiatan/1/uraian", "f-kegiatan-1-uraian");
    expect("/kegiatan/1/cabang", "f-kegiatan-1-cabang");
    expect("/kegiatan/1/cabang/0/ke", "f-kegiatan-1-cabang-0-ke");
    expect("/kegiatan/1/cabang/0/label", "f-kegiatan-1-cabang-0-label");
    expect("/kegiatan/1/pelaksana/1", "f-kegiatan-1-pelaksana-1");
    expect(
        "/kegiatan/1/mutu_baku/waktu",
        "f-kegiatan-1-mutu_baku-waktu",
    );
    expect("/kegiatan/1", "f-kegiatan-1");
    expect("/kegiatan/2/nomor", "f-kegiatan-2-nomor");
    expect("/kegiatan/2/ke", "f-kegiatan-2-ke");
    expect("/kegiatan/3/simbol", "f-kegiatan-3-simbol");
    expect("/kegiatan/3/cabang/1/ke", "f-kegiatan-3-cabang-1-ke");
    expect("/monitoring/0/tanggal", "f-monitoring-0-tanggal");
    expect("/monitoring/0/penilaian", "f-monitoring-0-penilaian");
    expect(
        "/evaluasi/0/kriteria/sinergi",
        "f-evaluasi-0-kriteria-sinergi",
    );
    expect("/evaluasi/0/tanggal", "f-evaluasi-0-tanggal");
    expect("/format", "f");

    // Shapes not in this document: a list with no items lands on its add button, a step
    // on its heading, the whole document on the editor heading.
    for (pointer, id) in [
        ("/kegiatan/4", "f-kegiatan-4"),
        ("/kegiatan", "f-kegiatan"),
        ("/pelaksana", "f-pelaksana"),
        ("/dasar_hukum", "f-dasar_hukum-0"),
        ("/identitas/disahkan_oleh", "f-identitas-disahkan_oleh"),
        ("/identitas/jenis/0", "f-identitas"),
        ("/evaluasi/0/kriteria", "f-evaluasi-0-kriteria"),
        ("", "f"),
    ] {
        assert_eq!(
            fields::focus_pointer(&root, pointer).as_deref(),
            Some(id),
            "{pointer}"
        );
        assert_eq!(active_id(), id);
    }
}

#[wasm_bindgen_test]
async fn an_empty_list_pointer_lands_on_the_add_button() {
    let mut sop = Sop::new_draft();
    sop.category = Category::Umum;
    let (root, _handle) = open_editor("empty", &sop).await;
    for (pointer, id) in [
        ("/dasar_hukum", "f-dasar_hukum-add"),
        ("/kualifikasi_pelaksana", "f-kualifikasi_pelaksana-add"),
        ("/monitoring", "f-monitoring"),
        ("/kegiatan/0/cabang/1/ke", "f-kegiatan"),
    ] {
        assert_eq!(
            fields::focus_pointer(&root, pointer).as_deref(),
            Some(id),
            "{pointer}"
        );
    }
    // Typing into a new list item updates the model and the checklist.
    click(&by_id(&root, "f-dasar_hukum-add"));
    settle().await;
    assert_eq!(active_id(), "f-dasar_hukum-0");
    type_into(
        &by_id(&root, "f-dasar_hukum-0"),
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    );
    settle().await;
    assert_eq!(text_of(&root, "#checklist-dasar_hukum-status"), "Lengkap");
}

#[wasm_bindgen_test]
async fn lanes_rename_keeps_steps_and_removal_asks_first() {
    let sop = template(Category::LayananInformasiPublik);
    let (root, _handle) = open_editor("lanes", &sop).await;
    // Step 2 is done by "petugas" (lane 2).
    let checkbox = |root: &HtmlElement| {
        by_id(root, "f-kegiatan-1-pelaksana-lane-1")
            .dyn_into::<HtmlInputElement>()
            .expect("checkbox")
    };
    assert!(checkbox(&root).checked());
    // Rename the id through an empty value: the steps follow.
    let id = by_id(&root, "f-pelaksana-1-id");
    type_into(&id, "");
    type_into(&id, "cs");
    settle().await;
    assert!(
        checkbox(&root).checked(),
        "the step still uses the renamed lane"
    );

    click(&by_id(&root, "f-pelaksana-1-remove"));
    settle().await;
    let dialog = query(&root, "dialog");
    assert!(dialog.has_attribute("open"));
    let body = text_of(&dialog, "#dialog-body");
    assert!(body.contains("langkah 2, 3, dan 4"), "{body}");
    click(&button(&dialog, "Batal"));
    settle().await;
    assert_eq!(query_all(&root, ".lanes__item").len(), 4);
}
