/**
 * A throw-away repository for pipeline tests: corpus definitions copied in (optionally changed),
 * fixtures and config files written beside them, and the pipeline run against an emulator.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, type Emulator } from '../../../emulator/index.js';
import { parseConfigInputs } from '../../../src/config/index.js';
import { parseInputs } from '../../../src/inputs.js';
import { runPipeline, type RunDependencies } from '../../../src/pipeline/run.js';
import { CORPUS_DIR } from '../../support/corpus.js';

/** Corpus definitions the pipeline tests use (correct ones: no error finding, deployable). */
export const PRESENCE = 'purplenet__Get-User-Presence.json';
export const EWT = 'purplenet__Get-Estimated-Wait-Time-With-Default.json';
export const SHORTEN = 'limitless-flows__Limitless---Shorten-Link-v1-2021062184350.custom.json';

/** A temporary repository root. */
export class Workspace {
  readonly root = mkdtempSync(path.join(tmpdir(), 'pipeline-config-'));

  /** Copies a corpus file to `data-actions/<as>`, changed by `edit` (on the parsed JSON); returns its path. */
  place(corpusFile: string, as = corpusFile, edit?: (doc: any) => void): string {
    const target = path.join(this.root, 'data-actions', as);
    mkdirSync(path.dirname(target), { recursive: true });
    if (!edit) {
      cpSync(path.join(CORPUS_DIR, corpusFile), target);
    } else {
      const doc = JSON.parse(readFileSync(path.join(CORPUS_DIR, corpusFile), 'utf8'));
      edit(doc);
      writeFileSync(target, JSON.stringify(doc, null, 2));
    }
    return `data-actions/${as}`;
  }

  /** Writes a file (text, or JSON for other values) at a repository path. */
  write(file: string, content: unknown): string {
    mkdirSync(path.dirname(path.join(this.root, file)), { recursive: true });
    writeFileSync(path.join(this.root, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return file;
  }

  read(file: string): string {
    return readFileSync(path.join(this.root, file), 'utf8');
  }

  /** Runs the pipeline with action inputs by their action.yml names (credentials of the emulator when given). */
  run(mode: string, inputs: Record<string, string> = {}, emulator?: Emulator, deps: Partial<RunDependencies> = {}) {
    const values: Record<string, string> = { mode, ...(emulator ? { 'client-id': DEFAULT_CLIENT_ID, 'client-secret': DEFAULT_CLIENT_SECRET, 'api-base-url': emulator.url } : {}), ...inputs };
    const get = (n: string) => values[n] ?? '';
    return runPipeline({ ...parseInputs(get, {}), ...parseConfigInputs(get) }, { root: this.root, ...deps });
  }
}
