// <sop-checklist>: the loader of the sopcheck widget (DESIGN.md §7, docs/widget.md).
//
//   <script type="module" src="https://example.go.id/sopcheck/widget.js"></script>
//   <sop-checklist data-lang="id" data-template="pembuatan_berita"
//                  data-storage-key="kpu-ntt"></sop-checklist>
//
// Each element gets an open shadow root with the app's stylesheet adopted as a
// constructable stylesheet (no <style> element, no style attribute: a host CSP of
// `style-src 'self'` holds) and a container <div> the app's wasm export `mount` renders
// into. A `data-mode="view"` element loads the small view-only bundle instead: this
// loader fetches `data-src` (and `data-profile`), the bundle returns the HTML of the
// official document with its checklist and findings. Each bundle and the stylesheet are
// loaded once per page, when the first element needs them.
// Removing the element unmounts the app. A data-* attribute changed after connect takes
// effect: data-lang switches the running app's language (the open draft stays); any other
// (or a data-lang the app refuses) mounts the widget again with the new attributes, once
// per task however many changed. The widget never touches the host page's address or
// history. scripts/build-widget.sh rewrites the three file names below to the hashed
// names of the build.

/** The app (edit, evaluate) and the view-only bundle (`data-mode="view"`, crates/sop-view):
 * each imported only when a widget needs it, so a page of view widgets never downloads
 * the editor. scripts/build-widget.sh rewrites these names to the hashed ones. */
const APP = './sop_web.js';
const VIEW = './sop_view.js';
const STYLESHEET = new URL('widget.css', import.meta.url);

/** The stylesheet and the initialised bundles, shared by every widget on the page. */
let sheet = null;
const bundles = new Map();

function stylesheet() {
  sheet ??= fetch(STYLESHEET)
    .then((response) => {
      if (!response.ok) throw new Error(`${STYLESHEET}: HTTP ${response.status}`);
      return response.text();
    })
    .then((css) => {
      const result = new CSSStyleSheet();
      result.replaceSync(css);
      return result;
    });
  return sheet;
}

/** The glue module at `url`, its wasm instantiated (once per page). */
function bundle(url) {
  if (!bundles.has(url)) {
    bundles.set(
      url,
      import(url).then(async (module) => {
        await module.default();
        return module;
      }),
    );
  }
  return bundles.get(url);
}

/** The body of `url` as `{ text }`, or `{ error }` saying why not (`HTTP 404`). */
async function fetchText(url) {
  try {
    const response = await fetch(url);
    if (!response.ok) return { error: `HTTP ${response.status}` };
    return { text: await response.text() };
  } catch (error) {
    return { error: String(error?.message ?? error) };
  }
}

const isView = (data) => (data.mode ?? '').trim().toLowerCase() === 'view';

/** What a view widget shows: the view bundle's HTML for its attributes and what fetching
 * `data-src` and `data-profile` gave (the bundle explains any problem, in id and en). */
async function viewHtml(view, data) {
  const present = (value) => (value ?? '').trim() !== '';
  const [source, profile] = await Promise.all([
    present(data.src) ? fetchText(data.src) : {},
    present(data.profile) ? fetchText(data.profile) : {},
  ]);
  const request = new view.ViewRequest();
  request.lang = data.lang;
  request.src = data.src;
  request.text = source.text;
  request.src_error = source.error;
  request.profile_url = data.profile;
  request.profile_text = profile.text;
  request.profile_error = profile.error;
  // The reader's calendar day, as the app takes it (not the UTC day).
  request.local_now_ms = Date.now() - new Date().getTimezoneOffset() * 60_000;
  try {
    return view.render(request);
  } finally {
    request.free();
  }
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

  /** Mounts the app, or renders the view (once the bundle and the stylesheet are there),
   * with the current attributes. */
  #render() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const generation = ++this.#generation;
    const data = { ...this.dataset };
    const view = isView(data);
    const content = view ? bundle(VIEW).then((module) => viewHtml(module, data)) : bundle(APP);
    Promise.all([content, stylesheet()]).then(
      ([loaded, sheet]) => {
        if (generation !== this.#generation || !this.isConnected) return;
        if (!root.adoptedStyleSheets.includes(sheet)) {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        }
        this.#clear();
        const container = document.createElement('div');
        container.className = 'sop-root';
        root.append(container);
        this.#container = container;
        if (view) {
          // The view bundle's HTML: every text from the file, the attributes or the
          // network is escaped by it; it has no script and no inline style.
          container.innerHTML = loaded;
          return;
        }
        // Invalid values are reported inside the widget by `mount`, not thrown.
        this.#handle = loaded.mount(container, {
          lang: data.lang,
          template: data.template,
          storageKey: data.storageKey,
          src: data.src,
          mode: data.mode,
          profile: data.profile,
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
