// Start-up of the standalone page (index.html; the widget does not load this file).
//
// 1. The first paint does not wait for the wasm: index.html holds the app's header and a
//    loading line (#boot). The app appends its own root (`body > .app`) when it mounts;
//    then #boot is removed, in the same task, so no frame shows both.
// 2. When the app cannot start (the wasm did not arrive, or it stopped during start-up),
//    the loading line becomes a message with a reload button instead of loading forever.
//    When the app stops later (a panic aborts the wasm: a WebAssembly.RuntimeError), a
//    message says so; the drafts already saved in localStorage are untouched.
// 3. The service worker (sw.js, written by scripts/trunk-post-build) is registered after
//    the page has loaded, so it never competes with the wasm download.
//
// A separate file, not an inline script, so a strict CSP needs no hash for it.
(() => {
  'use strict';

  const boot = document.getElementById('boot');
  const mounted = () => document.querySelector('body > .app') !== null;
  const done = () => boot?.remove();

  // Trunk fires this after the wasm's main() returned, i.e. after the app mounted.
  addEventListener('TrunkApplicationStarted', done, { once: true });
  if (mounted()) done();

  /** A message block: Indonesian first, English second, and a reload button. */
  function message(id, en) {
    const box = document.createElement('div');
    box.className = 'notice notice--error';
    box.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = id;
    const english = document.createElement('p');
    english.lang = 'en';
    english.textContent = en;
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'button';
    reload.textContent = 'Muat ulang / Reload';
    reload.addEventListener('click', () => location.reload());
    box.append(text, english, reload);
    return box;
  }

  let reported = false;
  function failed(error) {
    if (reported) return;
    if (boot?.isConnected && !mounted()) {
      reported = true;
      document.getElementById('boot-status')?.replaceWith(
        message(
          'Aplikasi tidak dapat dimuat. Periksa sambungan internet, lalu muat ulang halaman. Draf Anda tetap tersimpan di perangkat ini.',
          'The app could not be loaded. Check the connection, then reload the page. Your drafts stay saved on this device.',
        ),
      );
    } else if (error instanceof WebAssembly.RuntimeError) {
      reported = true;
      const box = message(
        'Terjadi kesalahan tak terduga dan aplikasi berhenti. Draf tersimpan di perangkat ini sampai perubahan terakhir yang berstatus “Tersimpan”. Muat ulang halaman untuk melanjutkan.',
        'An unexpected error stopped the app. Drafts are saved on this device up to the last change marked “Saved”. Reload the page to continue.',
      );
      box.id = 'app-stopped';
      document.body.prepend(box);
    }
  }
  addEventListener('error', (event) => failed(event.error));
  addEventListener('unhandledrejection', (event) => failed(event.reason));

  if ('serviceWorker' in navigator && isSecureContext) {
    const register = () =>
      navigator.serviceWorker
        .register('sw.js')
        .catch((error) => console.warn('sopcheck: offline use is not available:', error));
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  }
})();
