import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** How to start a dry-run worker: the module to load and the Node options it needs. */
export interface WorkerEntry {
  /** The worker's module (`file:` URL). */
  url: URL;
  /** `execArgv` of the worker (`--import <tsx>` for TypeScript sources). */
  execArgv: string[];
}

/**
 * Picks the worker's entry from the URL of this module:
 * - TypeScript sources (URL ends with `.ts`: vitest, `tsx src/cli.ts`): `worker-entry.ts` beside
 *   this file, loaded through tsx (`--import` with tsx's resolved URL, so that it does not
 *   depend on the working directory);
 * - compiled modules (this file is `…/isolate/entry.js`): `worker-entry.js` beside it;
 * - anything else is the ncc bundle (dist/index.js, one file): the bundle itself, whose entry
 *   (src/index.ts) starts the worker loop when `workerData.role` is `dry-run`.
 * @param moduleUrl the URL of this module; a parameter for tests.
 */
export function workerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  const url = new URL(moduleUrl);
  if (url.pathname.endsWith('.ts')) return { url: new URL('./worker-entry.ts', url), execArgv: ['--import', tsxLoader()] };
  if (url.pathname.endsWith('/isolate/entry.js')) return { url: new URL('./worker-entry.js', url), execArgv: [] };
  return { url, execArgv: [] };
}

/** tsx's ESM loader as a `file:` URL, resolved from this module; the bare name when it cannot be found. */
function tsxLoader(): string {
  try {
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  } catch {
    return 'tsx';
  }
}
