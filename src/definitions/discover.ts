/**
 * Discovery: turns the `path` input (globs) into the sorted list of definition files, and finds
 * each definition's fixture file.
 *
 * Fixture naming (documented in the README): beside `NAME.json` the file `NAME.fixture.json`
 * holds the dry-run cases of that definition. Fixture files are never taken for definitions.
 */
import fg from 'fast-glob';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** File name ending that marks a fixture file. */
export const FIXTURE_SUFFIX = '.fixture.json';

/** Extensions read as definitions. */
const DEFINITION_EXTENSIONS = ['.json'];

/** True for names ending in `.fixture.json` in any letter case. */
export function isFixtureFile(file: string): boolean {
  return file.toLowerCase().endsWith(FIXTURE_SUFFIX);
}

/** True for file names this project reads as definitions (not fixtures). */
export function isDefinitionFile(file: string): boolean {
  const lower = file.toLowerCase();
  return DEFINITION_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !isFixtureFile(file);
}

/** The fixture path that belongs to a definition path (`a/b.custom.json` → `a/b.custom.fixture.json`). */
export function fixturePathFor(definitionFile: string): string {
  return definitionFile.replace(/\.json$/i, FIXTURE_SUFFIX);
}

/** What discovery found. Paths are relative to the root, with forward slashes, sorted. */
export interface Discovery {
  definitions: string[];
  /** Every fixture-named file the patterns matched (belonging to a definition or not). */
  fixtures: string[];
  /** Positive patterns that matched no file at all. */
  unmatched: string[];
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/').replace(/^(\.\/)+/, '');
}

/**
 * Rewrites one pattern for fast-glob: an absolute path inside `root` becomes relative; an
 * existing folder named without glob characters means everything below it; a leading `./` is
 * dropped (so reported paths match the repository's own).
 */
function expandPattern(root: string, pattern: string): string {
  let body = pattern;
  if (path.isAbsolute(body)) {
    const rel = path.relative(root, body);
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) body = rel === '' ? '.' : rel;
  }
  body = toPosix(body) || '.';
  if (!fg.isDynamicPattern(body)) {
    const full = path.resolve(root, body);
    if (existsSync(full) && statSync(full).isDirectory()) return body === '.' ? '**' : `${body.replace(/\/+$/, '')}/**`;
  }
  return body;
}

/**
 * Finds definition and fixture files under `root` matching `patterns` (globs; `!` excludes).
 * `node_modules`, dot-directories, symbolic links (a pull request could point them anywhere) and
 * the paths in `exclude` (e.g. this tool's own report file) are never returned. A file named explicitly (no glob characters) is taken as a definition
 * whatever its extension, unless it is a fixture.
 */
export async function discoverFiles(root: string, patterns: readonly string[], exclude: readonly string[] = []): Promise<Discovery> {
  const positives = patterns.filter((p) => !p.startsWith('!'));
  const ignore = ['**/node_modules/**', ...patterns.filter((p) => p.startsWith('!')).map((p) => expandPattern(root, p.slice(1))), ...exclude.map(toPosix)];
  const definitions = new Set<string>();
  const fixtures = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of positives) {
    const glob = expandPattern(root, pattern);
    const explicit = !fg.isDynamicPattern(glob);
    const files = (await fg(glob, { cwd: root, onlyFiles: true, dot: false, ignore, unique: true, followSymbolicLinks: false })).map(toPosix);
    if (files.length === 0) unmatched.push(pattern);
    for (const f of files) {
      if (isFixtureFile(f)) fixtures.add(f);
      else if (explicit || isDefinitionFile(f)) definitions.add(f);
    }
  }
  return { definitions: [...definitions].sort(), fixtures: [...fixtures].sort(), unmatched };
}

/** The fixture file of a definition, repository-relative, or undefined when there is none. */
export function findFixtureFile(root: string, definitionFile: string): string | undefined {
  const candidate = fixturePathFor(definitionFile);
  return existsSync(path.join(root, candidate)) ? candidate : undefined;
}

/**
 * Fixture files that belong to no discovered definition, each with the definition it would need
 * and, when one differs only in letter case, that near miss.
 */
export function orphanFixtures(discovery: Discovery): Array<{ fixture: string; expected: string; nearMiss?: string }> {
  const owned = new Set(discovery.definitions.map(fixturePathFor));
  const out: Array<{ fixture: string; expected: string; nearMiss?: string }> = [];
  for (const fixture of discovery.fixtures) {
    if (owned.has(fixture)) continue;
    const expected = fixture.slice(0, -FIXTURE_SUFFIX.length) + '.json';
    const nearMiss = discovery.definitions.find((d) => d.toLowerCase() === expected.toLowerCase());
    out.push(nearMiss ? { fixture, expected, nearMiss } : { fixture, expected });
  }
  return out;
}
