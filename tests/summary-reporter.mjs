// Prints plain closing lines after the run: the slowest spec files (wall time summed over
// their tests, to see where the suite's minutes go) and "browser: N passed, N failed, N skipped".
// Every test's time is also written, slowest first, to target/browser-times.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export default class SummaryReporter {
  constructor() { this.passed = 0; this.failed = 0; this.skipped = 0; this.files = new Map(); this.tests = []; }
  onTestEnd(test, result) {
    const file = relative(process.cwd(), test.location.file);
    this.files.set(file, (this.files.get(file) || 0) + result.duration);
    this.tests.push({ file, title: test.title, ms: result.duration, status: result.status });
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'passed') this.passed += 1;
    else if (result.status === 'skipped') this.skipped += 1;
    else this.failed += 1;
  }
  onEnd() {
    const slowest = [...this.files].sort((a, b) => b[1] - a[1]).slice(0, 8);
    const list = slowest.map(([file, ms]) => `${file.replace(/^tests\//, '')} ${Math.round(ms / 1000)} s`);
    if (list.length) console.log(`browser: test time by file (summed over tests): ${list.join(', ')}`);
    console.log(`browser: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
    this.tests.sort((a, b) => b.ms - a.ms);
    mkdirSync('target', { recursive: true });
    writeFileSync('target/browser-times.json', JSON.stringify(this.tests, null, 1));
  }
  printsToStdio() { return false; }
}
