/**
 * Discovery: turns the `path` input (globs) into the sorted list of definition files and finds
 * each definition's fixture file.
 *
 * Fixture naming (documented in the README): beside `NAME.json` the file `NAME.fixture.json`
 * holds the dry-run cases of that definition. Fixture files are never taken for definitions.
 */
import fg from 'fast-glob';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** File name ending that marks a fixture file. */
export const FIXTURE_SUFFIX = '.fixture.json';

/** Extensions read as definitions. */
const DEFINITION_EXTENSIONS = ['.json'];

/**
 * Splits the `path` input into glob patterns: one per line or comma, blanks dropped.
 * Patterns starting with `!` exclude.
 */
export function splitPatterns(input: string): string[] {
  return input
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** True for file names this project reads as definitions (not fixtures). */
export function isDefinitionFile(file: string): boolean {
  const lower = file.toLowerCase();
  return DEFINITION_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !lower.endsWith(FIXTURE_SUFFIX);
}

/** The fixture path that belongs to a definition path (`a/b.custom.json` → `a/b.custom.fixture.json`). */
export function fixturePathFor(definitionFile: string): string {
  return definitionFile.replace(/\.json$/i, FIXTURE_SUFFIX);
}

/**
 * Finds definition files under `root` matching `patterns`.
 *
 * A pattern naming a directory (no glob characters) means everything below it. Returns
 * repository-relative paths with forward slashes, sorted, without duplicates. `node_modules`
 * and dot-directories are never searched.
 */
export async function discoverDefinitionFiles(root: string, patterns: readonly string[]): Promise<string[]> {
  const expanded = patterns.map((p) => {
    const negated = p.startsWith('!');
    const body = negated ? p.slice(1) : p;
    const isPlainDir = !fg.isDynamicPattern(body) && existsSync(path.join(root, body)) && !isDefinitionFile(body);
    const glob = isPlainDir ? `${body.replace(/\/+$/, '')}/**` : body;
    return negated ? `!${glob}` : glob;
  });
  const positive = expanded.filter((p) => !p.startsWith('!'));
  const ignore = ['**/node_modules/**', ...expanded.filter((p) => p.startsWith('!')).map((p) => p.slice(1))];
  const files = await fg(positive, { cwd: root, onlyFiles: true, dot: false, ignore, unique: true });
  return [...new Set(files.map((f) => f.split(path.sep).join('/')))].filter(isDefinitionFile).sort();
}

/** The fixture file of a definition, repository-relative, or undefined when there is none. */
export function findFixtureFile(root: string, definitionFile: string): string | undefined {
  const candidate = fixturePathFor(definitionFile);
  return existsSync(path.join(root, candidate)) ? candidate : undefined;
}
