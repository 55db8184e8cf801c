// A node:test reporter that prints nothing but, at the very end, one line of the
// form `N passed, N failed` (the form CI recognises), plus `N skipped` when some
// tests were skipped or marked todo. Used next to the `spec` reporter.
// Suites (describe blocks) are not counted, only tests.

export default async function* summaryReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data ?? {};
    if (data.details?.type === 'suite') continue;
    if (data.skip || data.todo) {
      skipped += 1;
    } else if (event.type === 'test:pass') {
      passed += 1;
    } else {
      failed += 1;
    }
  }
  if (skipped > 0) yield `${skipped} skipped\n`;
  yield `\n${passed} passed, ${failed} failed\n`;
}
