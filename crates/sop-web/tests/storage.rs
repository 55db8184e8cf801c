//! The drafts store against the REAL `localStorage` of headless Chromium (no mocks):
//! round trip, values kept aside, another program's value, an index naming a missing
//! draft, two tabs (stale rev), a storage filled to its quota, the `storage` event.
//!
//! Run by `make test-wasm`. Every test uses its own namespace and removes its keys.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::cell::RefCell;
use std::rc::Rc;

use sop_core::{Format, Sop};
use sop_web::storage::{DraftStore, Notice};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A namespace no other test uses.
fn namespace(name: &str) -> String {
    format!("wt-{name}-{}", (js_sys::Math::random() * 1e9) as u64)
}

/// Removes every key of `ns` (and the filler keys of the quota test).
fn clean(ns: &str) {
    let s = local();
    let mut keys = Vec::new();
    for i in 0..s.length().unwrap() {
        if let Some(k) = s.key(i).unwrap() {
            if k.starts_with(&format!("{ns}:")) || k.starts_with("wt-filler-") {
                keys.push(k);
            }
        }
    }
    for k in keys {
        s.remove_item(&k).unwrap();
    }
}

fn template_sop() -> Sop {
    let (_, text) = sop_core::templates::all().next().unwrap();
    sop_core::parse(text, Format::Yaml).sop
}

#[wasm_bindgen_test]
fn round_trip_in_local_storage() {
    let ns = namespace("rt");
    let (store, notices) = DraftStore::open(&ns);
    assert_eq!(notices, vec![]);
    assert!(store.persistent());
    let sop = template_sop();
    let id = store.create(&sop).unwrap();
    // Really in localStorage, under the documented keys.
    let raw = local()
        .get_item(&format!("{ns}:v1:draft:{id}"))
        .unwrap()
        .unwrap();
    assert!(raw.starts_with("{\"format_version\":1,\"rev\":1,"), "{raw}");
    let index = local()
        .get_item(&format!("{ns}:v1:index"))
        .unwrap()
        .unwrap();
    assert!(index.contains(&id), "{index}");

    // A second "page load" sees the same.
    let (again, notices) = DraftStore::open(&ns);
    assert_eq!(notices, vec![]);
    assert_eq!(again.list().len(), 1);
    let (loaded, rev) = again.load(&id).unwrap();
    assert_eq!(loaded, sop);
    let mut changed = loaded;
    changed.identity.name = "Diubah".into();
    assert_eq!(again.save(&id, &changed, rev), Ok(2));
    assert_eq!(store.list()[0].name, "Diubah");

    let copy = store.duplicate(&id).unwrap();
    assert_eq!(store.load(&copy).unwrap().0, changed);
    assert_eq!(store.list().len(), 2);
    store.delete(&id).unwrap();
    assert_eq!(store.list().len(), 1);
    assert_eq!(
        local().get_item(&format!("{ns}:v1:draft:{id}")).unwrap(),
        None
    );

    store.set_lang(sop_core::Lang::En).unwrap();
    assert_eq!(DraftStore::open(&ns).0.lang(), Some(sop_core::Lang::En));
    clean(&ns);
}

#[wasm_bindgen_test]
fn a_corrupt_draft_is_kept_aside_and_offered() {
    let ns = namespace("corrupt");
    let (store, _) = DraftStore::open(&ns);
    let id = store.create(&template_sop()).unwrap();
    let key = format!("{ns}:v1:draft:{id}");
    let corrupt = "{\"format_version\":1,\"rev\":3,\"sop\":{\"identitas\": [trunc";
    local().set_item(&key, corrupt).unwrap();

    let (store, notices) = DraftStore::open(&ns);
    let aside_key = match notices.as_slice() {
        [Notice::KeptAside { key }] => key.clone(),
        other => panic!("{other:?}"),
    };
    assert!(
        aside_key.starts_with(&format!("{ns}:v1:aside:{id}:")),
        "{aside_key}"
    );
    assert_eq!(
        local().get_item(&aside_key).unwrap().as_deref(),
        Some(corrupt)
    );
    assert_eq!(local().get_item(&key).unwrap(), None);
    assert_eq!(
        store.set_aside(),
        vec![(aside_key.clone(), corrupt.to_string())]
    );
    assert!(
        store.list().is_empty(),
        "the unreadable draft is not listed as a draft"
    );
    // It stays until the user discards it.
    let (store, notices) = DraftStore::open(&ns);
    assert_eq!(notices, vec![]);
    assert_eq!(store.set_aside().len(), 1);
    store.discard_aside(&aside_key);
    assert!(store.set_aside().is_empty());
    clean(&ns);
}

#[wasm_bindgen_test]
fn a_draft_corrupted_while_open_is_kept_aside_by_load() {
    let ns = namespace("load");
    let (store, _) = DraftStore::open(&ns);
    let id = store.create(&template_sop()).unwrap();
    local()
        .set_item(&format!("{ns}:v1:draft:{id}"), "null")
        .unwrap();
    match store.load(&id) {
        Err(Notice::KeptAside { key }) => {
            assert_eq!(local().get_item(&key).unwrap().as_deref(), Some("null"))
        }
        other => panic!("{other:?}"),
    }
    assert!(store.list().is_empty());
    clean(&ns);
}

#[wasm_bindgen_test]
fn another_programs_values_under_our_keys() {
    let ns = namespace("collide");
    let (store, _) = DraftStore::open(&ns);
    let id = store.create(&template_sop()).unwrap();
    // Another program writes its own things under our (colliding) keys.
    local()
        .set_item(&format!("{ns}:v1:index"), "{\"theme\":\"dark\"}")
        .unwrap();
    local()
        .set_item(&format!("{ns}:v1:draft:settings"), "volume=11")
        .unwrap();
    local()
        .set_item(&format!("{ns}:v1:token"), "abc123")
        .unwrap();
    // A draft of an older format version (there is no migration: v1 is the first).
    let old = r#"{"format_version":0,"rev":4,"sop":{"identitas":{"nama":"Lama"}}}"#;
    local()
        .set_item(&format!("{ns}:v1:draft:lama"), old)
        .unwrap();
    let (store, notices) = DraftStore::open(&ns);
    assert_eq!(notices.len(), 4, "{notices:?}");
    assert!(notices
        .iter()
        .all(|n| matches!(n, Notice::KeptAside { .. })));
    let raws: Vec<String> = store.set_aside().into_iter().map(|(_, v)| v).collect();
    for value in ["{\"theme\":\"dark\"}", "volume=11", "abc123", old] {
        assert!(raws.iter().any(|r| r == value), "{value} kept: {raws:?}");
    }
    // Our draft survived and the index was rebuilt around it.
    let list = store.list();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, id);
    clean(&ns);
}

#[wasm_bindgen_test]
fn an_index_naming_a_missing_draft() {
    let ns = namespace("ghost");
    let (store, _) = DraftStore::open(&ns);
    let id = store.create(&template_sop()).unwrap();
    local()
        .set_item(
            &format!("{ns}:v1:index"),
            &format!(
                "[{{\"id\":\"{id}\",\"name\":\"a\",\"kategori\":\"\",\"updated\":1}},\
                 {{\"id\":\"hilang\",\"name\":\"Draf Hilang\",\"kategori\":\"\",\"updated\":2}}]"
            ),
        )
        .unwrap();
    let (store, notices) = DraftStore::open(&ns);
    assert!(
        matches!(notices.as_slice(), [Notice::KeptAside { .. }]),
        "{notices:?}"
    );
    assert_eq!(store.list().len(), 1);
    assert!(store.set_aside()[0].1.contains("Draf Hilang"));
    assert_eq!(
        store.load("hilang"),
        Err(Notice::Missing {
            id: "hilang".into()
        })
    );
    clean(&ns);
}

#[wasm_bindgen_test]
fn two_tabs_never_overwrite_each_other() {
    let ns = namespace("tabs");
    let (tab_a, _) = DraftStore::open(&ns);
    let (tab_b, _) = DraftStore::open(&ns);
    let id = tab_a.create(&template_sop()).unwrap();
    let (mut sop_a, rev_a) = tab_a.load(&id).unwrap();
    let (mut sop_b, rev_b) = tab_b.load(&id).unwrap();
    sop_a.purpose = "dari tab A".into();
    sop_b.purpose = "dari tab B".into();
    let rev_a = tab_a.save(&id, &sop_a, rev_a).unwrap();
    assert_eq!(
        tab_b.save(&id, &sop_b, rev_b),
        Err(Notice::ChangedElsewhere { id: id.clone() })
    );
    assert_eq!(tab_b.load(&id).unwrap(), (sop_a.clone(), rev_a));
    assert_eq!(tab_b.stored_rev(&id), Some(rev_a));
    clean(&ns);
}

/// Runs `body` as a script in this window.
fn script(body: &str) {
    js_sys::Function::new_no_args(body)
        .call0(&wasm_bindgen::JsValue::UNDEFINED)
        .unwrap();
}

/// Storage that becomes unreachable after the probe (the `window.localStorage` getter
/// throws from now on, as when the user blocks site data while the page is open): every
/// call is a notice, none panics (gloo-storage's `raw()` would), and the stored drafts
/// are there again once storage is back.
#[wasm_bindgen_test]
fn storage_gone_after_the_probe_gives_notices_not_a_panic() {
    let ns = namespace("gone");
    let (store, _) = DraftStore::open(&ns);
    assert!(store.persistent());
    let sop = template_sop();
    let id = store.create(&sop).unwrap();
    // `localStorage` is an own property of the window (Window is a [Global] interface):
    // keep its descriptor to put it back.
    script(
        "window.wtLocalStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
         get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    );
    let saved = store.save(&id, &sop, 1);
    let loaded = store.load(&id);
    let created = store.create(&sop);
    let listed = store.list();
    let notices = store.take_notices();
    let lang = store.set_lang(sop_core::Lang::En);
    script(
        "Object.defineProperty(window, 'localStorage', window.wtLocalStorage); \
         delete window.wtLocalStorage;",
    );
    assert_eq!(saved, Err(Notice::Blocked));
    assert_eq!(loaded, Err(Notice::Blocked));
    assert_eq!(created, Err(Notice::Blocked));
    assert!(listed.is_empty());
    assert_eq!(notices, [Notice::Blocked]);
    assert_eq!(lang, Err(Notice::Blocked));
    assert_eq!(store.load(&id).unwrap(), (sop, 1), "nothing was lost");
    clean(&ns);
}

/// Fills localStorage with filler keys until it refuses even a small value.
fn fill_to_quota() -> usize {
    let s = local();
    let mut chunk = 1 << 20;
    let mut n = 0;
    while chunk >= 16 {
        let value = "x".repeat(chunk);
        if s.set_item(&format!("wt-filler-{n}"), &value).is_ok() {
            n += 1;
        } else {
            chunk /= 2;
        }
    }
    n
}

#[wasm_bindgen_test]
fn quota_exceeded_mid_save_loses_nothing() {
    let ns = namespace("quota");
    clean("wt-filler");
    let (store, _) = DraftStore::open(&ns);
    let sop = template_sop();
    let id = store.create(&sop).unwrap();
    let key = format!("{ns}:v1:draft:{id}");
    let stored_before = local().get_item(&key).unwrap();

    let fillers = fill_to_quota();
    assert!(fillers > 0);
    let mut edited = sop.clone();
    edited.purpose = "ketikan terbaru ".repeat(200);
    let in_memory = edited.clone();
    let result = store.save(&id, &edited, 1);
    // A fresh "page load" while storage is full.
    let (reloaded, notices) = DraftStore::open(&ns);
    let loaded = reloaded.load(&id);
    let created = store.create(&edited);
    // Clean up before asserting, so a failure does not leave the origin full.
    for i in 0..fillers {
        local().remove_item(&format!("wt-filler-{i}")).unwrap();
    }
    assert_eq!(result, Err(Notice::Full));
    assert_eq!(edited, in_memory, "the model in memory is untouched");
    assert_eq!(
        local().get_item(&key).unwrap(),
        stored_before,
        "last good copy intact"
    );
    assert_eq!(loaded, Ok((sop.clone(), 1)));
    assert!(reloaded.persistent(), "full is not blocked: {notices:?}");
    assert_eq!(created, Err(Notice::Full));
    // With room again, the same save (same base rev) succeeds.
    assert_eq!(store.save(&id, &edited, 1), Ok(2));
    assert_eq!(store.load(&id).unwrap().0, edited);
    clean(&ns);
}

/// A same-origin iframe writes to localStorage: this window gets the `storage` event, as a
/// second tab would cause it. Dropping the handle removes the listener.
#[wasm_bindgen_test]
async fn changes_from_another_document_are_reported() {
    let ns = namespace("watch");
    let (store, _) = DraftStore::open(&ns);
    let id = store.create(&template_sop()).unwrap();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    let watch = store.watch(move |change| sink.borrow_mut().push(change));
    assert!(watch.is_some());

    let document = web_sys::window().unwrap().document().unwrap();
    let iframe: web_sys::HtmlIFrameElement = document
        .create_element("iframe")
        .unwrap()
        .dyn_into()
        .unwrap();
    document.body().unwrap().append_child(&iframe).unwrap();
    let other = iframe
        .content_window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap();
    let (sop, rev) = store.load(&id).unwrap();
    let record = local()
        .get_item(&format!("{ns}:v1:draft:{id}"))
        .unwrap()
        .unwrap();
    let newer = record.replacen(
        &format!("\"rev\":{rev}"),
        &format!("\"rev\":{}", rev + 1),
        1,
    );
    other
        .set_item(&format!("{ns}:v1:draft:{id}"), &newer)
        .unwrap();
    other.set_item("unrelated-key", "x").unwrap();
    sleep(200).await;
    {
        let seen = seen.borrow();
        assert_eq!(seen.len(), 1, "{seen:?}");
        assert!(seen[0].touches(&id));
        assert_eq!(seen[0].draft_id.as_deref(), Some(id.as_str()));
        assert_eq!(seen[0].rev, Some(rev + 1));
    }
    assert_eq!(
        store.save(&id, &sop, rev),
        Err(Notice::ChangedElsewhere { id: id.clone() })
    );

    drop(watch);
    other.set_item(&format!("{ns}:v1:lang"), "\"en\"").unwrap();
    sleep(200).await;
    assert_eq!(
        seen.borrow().len(),
        1,
        "no events after the handle is dropped"
    );
    other.remove_item("unrelated-key").unwrap();
    iframe.remove();
    clean(&ns);
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
