// <sop-checklist>: the loader of the sopcheck widget (DESIGN.md §7, docs/widget.md).
//
//   <script type="module" src="https://example.go.id/sopcheck/widget.js"></script>
//   <sop-checklist data-lang="id" data-template="pembuatan_berita"
//                  data-storage-key="kpu-ntt"></sop-checklist>
//
// Each element gets an open shadow root with the app's stylesheet adopted as a
// constructable stylesheet (no <style> element, no style attribute: a host CSP of
// `style-src 'self'` holds) and a container <div> the wasm export `mount` renders into.
// The wasm and the stylesheet are loaded once per page, on the first connected element.
// Removing the element unmounts the app. A data-* attribute changed after connect takes
// effect: data-lang switches the running app's language (the open draft stays); any other
// (or a data-lang the app refuses) mounts the widget again with the new attributes, once
// per task however many changed. The widget never touches the host page's address or
// history. scripts/build-widget.sh rewrites the two file names below to the hashed names
// of the build.

import init, { mount } from './sop_web.js';

const STYLESHEET = new URL('widget.css', import.meta.url);

/** The wasm and the stylesheet, shared by every widget on the page. */
let shared = null;

function prepare() {
  shared ??= Promise.all([
    init(),
    fetch(STYLESHEET)
      .then((response) => {
        if (!response.ok) throw new Error(`${STYLESHEET}: HTTP ${response.status}`);
        return response.text();
      })
      .then((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      }),
  ]).then(([, sheet]) => sheet);
  return shared;
}

/** The attributes `mount` reads (`element.dataset` names them in camelCase). */
const ATTRIBUTES = ['data-lang', 'data-template', 'data-storage-key', 'data-src', 'data-mode', 'data-profile'];

class SopChecklist extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #handle = null;
  #container = null;
  /** Bumped on every (re)mount and disconnect: a late `prepare()` for an old one is ignored. */
  #generation = 0;
  /** Between connect and disconnect (attribute changes before connect are just read then). */
  #connected = false;
  /** A remount is queued for the end of this task. */
  #remountQueued = false;

  connectedCallback() {
    this.#connected = true;
    this.#render();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#connected || oldValue === newValue) return;
    if (name === 'data-lang' && !this.#remountQueued && this.#handle?.set_lang(newValue ?? undefined)) return;
    if (this.#remountQueued) return;
    this.#remountQueued = true;
    queueMicrotask(() => {
      this.#remountQueued = false;
      if (this.#connected) this.#render();
    });
  }

  /** Mounts the app (once the wasm and the stylesheet are there) with the current attributes. */
  #render() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const generation = ++this.#generation;
    prepare().then(
      (sheet) => {
        if (generation !== this.#generation || !this.isConnected) return;
        if (!root.adoptedStyleSheets.includes(sheet)) {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        }
        this.#clear();
        const container = document.createElement('div');
        container.className = 'sop-root';
        root.append(container);
        this.#container = container;
        const d = this.dataset;
        // Invalid values are reported inside the widget by `mount`, not thrown.
        this.#handle = mount(container, {
          lang: d.lang,
          template: d.template,
          storageKey: d.storageKey,
          src: d.src,
          mode: d.mode,
          profile: d.profile,
        });
      },
      (error) => {
        if (generation !== this.#generation || !this.isConnected) return;
        console.error('<sop-checklist>:', error);
        this.#clear();
        const message = document.createElement('p');
        message.setAttribute('role', 'alert');
        message.textContent =
          'Widget SOP tidak dapat dimuat. / The SOP widget could not be loaded. ' + String(error?.message ?? error);
        root.append(message);
        this.#container = message;
      },
    );
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#generation++;
    this.#clear();
  }

  /** Unmounts the app (drops its Leptos handle) and empties the shadow root. */
  #clear() {
    if (this.#handle) {
      this.#handle.unmount();
      this.#handle.free();
      this.#handle = null;
    }
    this.#container?.remove();
    this.#container = null;
  }
}

if (!customElements.get('sop-checklist')) {
  customElements.define('sop-checklist', SopChecklist);
}
