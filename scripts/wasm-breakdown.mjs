// Where the bytes of the web app's wasm are, by crate (part of `make size`, see
// scripts/size-report). Reads `twiggy top --format json` of a module that kept its
// function names (wasm-opt -g) from stdin and prints the shallow bytes per group and the
// largest items. Name and debug sections are not shipped: they are left out of the total.
//
//   twiggy top --format json app.named.wasm | node scripts/wasm-breakdown.mjs [TOP_N]
//   node scripts/wasm-breakdown.mjs --sections shipped.wasm    code vs data, raw and gzip
//
// Monomorphised generic code is counted where its body comes from, the same for legacy
// and v0 symbol names: Leptos' view machinery instantiated for our closures
// (`<sop_web::app::..::{closure#4} as tachys::view::Render>::build`) is leptos; a derive
// on our type (`<sop_core::Sop as serde::Serialize>::serialize`) is sop-core.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

if (process.argv[2] === '--sections') {
  sections(readFileSync(process.argv[3]));
  process.exit(0);
}

/** The module's sections with raw and gzip -9 bytes (each compressed alone). */
function sections(wasm) {
  const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count'];
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  console.log('\nwasm sections of the shipped module (each gzip -9 alone)');
  console.log(`${'section'.padEnd(12)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = leb();
    const body = wasm.subarray(at, at + size);
    at += size;
    if (size >= 1000) {
      console.log(`${(NAMES[id] ?? String(id)).padEnd(12)} ${String(size).padStart(10)} ${String(gzipSync(body, { level: 9 }).length).padStart(10)}`);
    }
  }
}

const TOP = Number(process.argv[2] ?? 25);
const items = JSON.parse(readFileSync(0, 'utf8'));

/** Leptos and the crates of its runtime. */
const LEPTOS = /^(leptos\w*|tachys|reactive_graph|any_spawner|or_poisoned|throw_error|next_tuple|oco_ref|send_wrapper|slotmap|guardian|futures\w*|pin_project\w*)$/;
/** [group, test on the crate name] in report order; first match wins. */
const GROUPS = [
  ['leptos (leptos, tachys, reactive_graph, …)', (c) => LEPTOS.test(c)],
  ['sop-web', (c) => c === 'sop_web'],
  ['sop-core', (c) => c === 'sop_core'],
  ['saphyr (YAML parser)', (c) => /^saphyr/.test(c)],
  ['regex-lite', (c) => c === 'regex_lite'],
  ['serde_json', (c) => c === 'serde_json'],
  ['serde (other)', (c) => /^serde/.test(c)],
  ['validator', (c) => /^validator/.test(c)],
  ['wasm-bindgen, js-sys, web-sys', (c) => /^(wasm_bindgen\w*|js_sys|web_sys)$/.test(c)],
  ['allocator (dlmalloc)', (c) => c === 'dlmalloc'],
  ['hashbrown, indexmap', (c) => /^(hashbrown|indexmap)$/.test(c)],
  ['core/alloc/std (not fmt/panic)', (c) => /^(core|alloc|std)$/.test(c)],
];
const FMT_PANIC = 'core/std fmt + panic';
const DATA = 'data segments (strings, tables, templates)';
const WASM = 'wasm structure (imports, exports, table, types)';
const OTHER = 'other crates';
const DROP = 'drop glue (core::ptr::drop_in_place / drop_glue<T>)';
const CLOSURES = 'closure shims (core::ops::function::Fn*<T>)';
const UNNAMED = 'unnamed functions';

/** The crate an item's code comes from (`name` without crate disambiguators). */
function crateOf(name) {
  const n = name.trim();
  // `<str>::to_lowercase`, `<u128>::_fmt_inner`: methods of primitive types live in core.
  if (/^<(str|char|bool|\[.*\]|[iuf](8|16|32|64|128|size))>::/.test(n)) return 'core';
  if (n.startsWith('<')) {
    // `<A as B>::f` (A may be a tuple or nest generics): A's crate when it is ours, else B's.
    let depth = 0;
    for (let i = 0; i < n.length; i++) {
      const c = n[i];
      if (c === '<' || c === '(' || c === '[') depth++;
      else if (c === '>' || c === ')' || c === ']') depth--;
      if (depth === 1 && n.startsWith(' as ', i)) {
        const self = n.slice(1, i).replace(/^&(mut )?/, '');
        const trait = crateOf(n.slice(i + 4));
        if (LEPTOS.test(trait)) return trait;
        const own = /^(sop_web|sop_core)::/.exec(self);
        return own ? own[1] : trait;
      }
      if (depth === 0) break;
    }
  }
  const m = /^<*([A-Za-z_]\w*)::/.exec(n);
  return m ? m[1] : null;
}

function isFmtOrPanic(name) {
  return /core::fmt|alloc::fmt|as core::fmt::(Debug|Display|Write)>|core::panicking|std::panicking|panic_fmt|rust_begin_unwind|rust_panic|__rust_start_panic|core::option::expect_failed|_fmt_inner|escape_debug|zmij::|core::result::unwrap_failed|core::slice::index::\w*fail|core::str::slice_error_fail|std::panic|core::panic|std::io::Write::write_fmt|std::rt::|std::sys::\w*::stdio/.test(
    name,
  );
}

function group(item) {
  const raw = item.name;
  if (/^data segment|^data\[\d+\]/.test(raw)) return DATA;
  if (/^import |^export |^table\[|^elem\[|^type\[|^global\[|^memory\[|^wasm magic|^start/.test(raw)) return WASM;
  if (/^code\[\d+\]$/.test(raw)) return UNNAMED;
  // `core[c5930c85a12de822]::fmt`: v0 mangling (the nightly's default) and sysroot
  // crates carry a disambiguator.
  const name = raw.replace(/\[[0-9a-f]{1,16}\]/g, '');
  // wasm-bindgen's generated exports and shims (`mount externref shim`, stream glue).
  if (/externref|^__wbindgen|^__wbg|^intounderlying|^widgethandle_/.test(name)) return 'wasm-bindgen, js-sys, web-sys';
  if (isFmtOrPanic(name)) return FMT_PANIC;
  if (/^core::ptr::drop_(in_place|glue)/.test(name)) return DROP;
  if (/^core::ops::function::/.test(name)) return CLOSURES;
  const c = crateOf(name);
  if (c === null) return OTHER;
  for (const [label, test] of GROUPS) if (test(c)) return label;
  return OTHER;
}

const notShipped = (name) => /subsection$|^custom section|^producers|^target_features|^\.debug_|^name$/.test(name);

const shipped = items.filter((i) => !notShipped(i.name));
const total = shipped.reduce((s, i) => s + i.shallow_size, 0);
const sums = new Map();
for (const item of shipped) {
  const g = group(item);
  sums.set(g, (sums.get(g) ?? 0) + item.shallow_size);
}
const pct = (n) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
const row = (label, bytes, share) => console.log(`${label.padEnd(52)} ${String(bytes).padStart(10)} ${share}`);

console.log('\nwasm by crate (shallow bytes of the optimised module, names and debug sections left out)');
row('group', 'bytes', 'share');
for (const [label, bytes] of [...sums].sort((a, b) => b[1] - a[1])) row(label, bytes, pct(bytes));
row('TOTAL', total, pct(total));

if (TOP > 0) {
  console.log(`\nlargest ${TOP} items`);
  const line = (name, bytes, share) => console.log(`${name.padEnd(100)} ${String(bytes).padStart(8)} ${share}`);
  line('item', 'bytes', 'share');
  for (const item of shipped.slice(0, TOP)) {
    const name = item.name.length > 100 ? `${item.name.slice(0, 97)}...` : item.name;
    line(name, item.shallow_size, pct(item.shallow_size));
  }
}
// BREAKDOWN_GROUP='other crates' lists the items of one group (to check the grouping).
if (process.env.BREAKDOWN_GROUP) {
  console.log(`\nitems of "${process.env.BREAKDOWN_GROUP}"`);
  for (const item of shipped) {
    if (group(item) === process.env.BREAKDOWN_GROUP) console.log(String(item.shallow_size).padStart(8), item.name);
  }
}
