/**
 * Loads the default dry-run engine (`src/dryrun/index.ts`) lazily, so that the emulator's other
 * endpoints work even when the engine cannot be loaded.
 */
import type { DryRunFunction } from './types.js';

let cached: Promise<DryRunFunction> | undefined;

/**
 * The project's `dryRun(definition, testCase)`. Rejects when the module cannot be imported;
 * the next call retries.
 */
export function loadDefaultDryRun(): Promise<DryRunFunction> {
  cached ??= import('../src/dryrun/index.js').then(
    (m) => m.dryRun as DryRunFunction,
    (err: unknown) => {
      cached = undefined;
      throw err;
    },
  );
  return cached;
}
