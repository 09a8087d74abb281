/** Access to the shared corpus of real exported data actions (test/corpus/data-actions, a copy of the shared corpus with its SOURCES.md). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the corpus folder. */
export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus/data-actions');

/** File names of all corpus definitions, sorted. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** The text of one corpus file. */
export function corpusText(name: string): string {
  return readFileSync(path.join(CORPUS_DIR, name), 'utf8');
}

/** One corpus file parsed. */
export function corpusJson(name: string): Record<string, unknown> {
  return JSON.parse(corpusText(name)) as Record<string, unknown>;
}
