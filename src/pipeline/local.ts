/**
 * The local half of a run: discover → load → validate → dry-run, for every definition file.
 * Reads files; makes no network call. One bad file never stops the others.
 */
import { checkExpectation, dryRun } from '../dryrun/index.js';
import type { Fixture } from '../dryrun/types.js';
import { discoverDefinitionFiles, findFixtureFile } from '../definitions/discover.js';
import { loadFixtures } from '../definitions/fixtures.js';
import { loadDocument, readFileBytes } from '../definitions/load.js';
import type { Definition, SourceMap } from '../definitions/types.js';
import type { ActionReport, DryRunCaseReport } from '../report/types.js';
import { hasErrors, type Finding } from '../validate/finding.js';
import { validateDocument } from '../validate/index.js';
import { findingAt } from '../validate/locate.js';
import { parseJsonSource } from '../definitions/json-source.js';

/** One definition file after the local stages. */
export interface LocalResult {
  report: ActionReport;
  /** Present when the definition may be planned and deployed (no error finding, dry run passed). */
  definition?: Definition;
  findings: Finding[];
  /** Source map of the definition file, for findings added later (e.g. duplicate names). */
  map?: SourceMap;
  /** The fixture cases that were run. */
  fixtures?: Fixture[];
}

/** Outcome of the local stages over the whole repository. */
export interface LocalRun {
  results: LocalResult[];
  /** Findings not tied to one definition's own checks (e.g. duplicate names across files). */
  findings: Finding[];
}

function describeFailure(c: DryRunCaseReport): string {
  return `Fixture case "${c.name}": ${c.message ?? 'did not pass'}`;
}

/** Runs every fixture case of one definition and returns the case reports and findings. */
function runFixtures(definition: Definition, fixtures: Fixture[], fixtureText: string | undefined): { cases: DryRunCaseReport[]; findings: Finding[] } {
  const cases: DryRunCaseReport[] = [];
  const findings: Finding[] = [];
  const map = fixtureText === undefined ? undefined : parseJsonSource(fixtureText).map;
  for (const fixture of fixtures) {
    const trace = dryRun(definition, fixture);
    const check = checkExpectation(trace, fixture.expect);
    const report: DryRunCaseReport = { name: fixture.name, file: fixture.file, passed: check.passed, trace };
    if (check.message) report.message = check.message;
    cases.push(report);
    if (!check.passed) {
      const pointer = fixture.expect ? `${fixture.pointer}/expect` : fixture.pointer;
      findings.push(findingAt('dry-run-failed', fixture.file, map, { pointer }, describeFailure(report), { hint: 'Run the CLI with --trace to see every step of this case.' }));
    }
  }
  return { cases, findings };
}

/** Loads, validates and dry-runs one definition file. */
export async function processFile(root: string, file: string): Promise<LocalResult> {
  const loaded = loadDocument(file, await readFileBytes(root, file));
  const validated = validateDocument(loaded);
  const findings = [...validated.findings];
  const report: ActionReport = { file, validation: 'passed', dryRun: 'none', cases: [] };
  const definition = validated.definition;
  if (definition) report.name = definition.name;

  const fixtureFile = findFixtureFile(root, file);
  let fixtures: Fixture[] | undefined;
  if (fixtureFile && definition && !hasErrors(findings)) {
    const bytes = await readFileBytes(root, fixtureFile);
    const loaded = loadFixtures(fixtureFile, bytes);
    findings.push(...loaded.findings);
    const text = bytes instanceof Error ? undefined : new TextDecoder().decode(bytes);
    const run = runFixtures(definition, loaded.fixtures, text);
    fixtures = loaded.fixtures;
    report.cases = run.cases;
    findings.push(...run.findings);
    report.dryRun = hasErrors(loaded.findings) || run.findings.length > 0 ? 'failed' : run.cases.length ? 'passed' : 'none';
  } else if (fixtureFile) {
    report.dryRun = 'skipped';
  }

  const ownErrors = validated.findings.some((f) => f.severity === 'error');
  report.validation = ownErrors ? 'failed' : validated.findings.some((f) => f.severity === 'warning') ? 'warnings' : 'passed';
  const result: LocalResult = { report, findings };
  if (loaded.source) result.map = loaded.source.map;
  if (fixtures) result.fixtures = fixtures;
  if (definition && !hasErrors(findings)) result.definition = definition;
  return result;
}

/** Flags definitions that would deploy to the same action (same name and integration type). */
export function checkDuplicateNames(results: LocalResult[]): Finding[] {
  const byKey = new Map<string, LocalResult[]>();
  for (const r of results) {
    if (!r.definition) continue;
    const key = `${r.definition.integrationType ?? ''}\u0000${r.definition.name}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const findings: Finding[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const r of group) {
      const others = group.filter((g) => g !== r).map((g) => g.report.file);
      const f = findingAt('duplicate-name', r.report.file, r.map, { pointer: '/name' }, `Another definition deploys to the same action name "${r.definition!.name}": ${others.join(', ')}.`, {
        hint: 'Rename one of them; Genesys action names are matched by name within an integration.',
      });
      findings.push(f);
      r.findings.push(f);
      r.report.validation = 'failed';
      delete r.definition;
    }
  }
  return findings;
}

/** Runs the local stages over every file matched by `patterns` under `root`. */
export async function runLocal(root: string, patterns: readonly string[]): Promise<LocalRun> {
  const files = await discoverDefinitionFiles(root, patterns);
  const results: LocalResult[] = [];
  for (const file of files) results.push(await processFile(root, file));
  const findings = checkDuplicateNames(results);
  return { results, findings };
}
