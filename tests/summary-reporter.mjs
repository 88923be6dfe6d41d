// Prints one plain closing line, "browser: N passed, N failed, N skipped", after the run.
export default class SummaryReporter {
  constructor() { this.passed = 0; this.failed = 0; this.skipped = 0; }
  onTestEnd(test, result) {
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'passed') this.passed += 1;
    else if (result.status === 'skipped') this.skipped += 1;
    else this.failed += 1;
  }
  onEnd() {
    console.log(`browser: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }
  printsToStdio() { return false; }
}
