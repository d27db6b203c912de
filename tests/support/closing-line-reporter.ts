import type { SerializedError } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints "tests: N passed, N failed, N skipped" last, the line CI reads for counts. A file that
 * failed outside any test (a failing beforeAll, an import error) and every unhandled error count as
 * failures too, so the line never reads "0 failed" on a red run.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const module of testModules) {
      let failedInModule = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') failedInModule++;
        else counts.skipped++;
      }
      if (module.state() === 'failed' && failedInModule === 0) failedInModule = 1;
      counts.failed += failedInModule;
    }
    process.stdout.write(
      `\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
    );
  }
}
