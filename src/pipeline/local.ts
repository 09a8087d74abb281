/**
 * The local half of a run: discover → load → validate → dry-run, for every definition file.
 * Reads files; makes no network call. One bad file never stops the others.
 */
import { checkExpectation } from '../dryrun/index.js';
import { credentialRenders } from '../dryrun/credential-renders.js';
import { createIsolatedRunner, type IsolatedRunner } from '../dryrun/isolate/index.js';
import { runLiveCase, type LiveTarget } from '../dryrun/live/index.js';
import type { Fixture, TestExecutionResult } from '../dryrun/types.js';
import { TOOL_NAME } from '../report/labels.js';
import { discoverFiles, findFixtureFile, fixturePathFor, orphanFixtures } from '../definitions/discover.js';
import { loadFixtures } from '../definitions/fixtures.js';
import { loadDocument, readFileBytes } from '../definitions/load.js';
import type { Definition, SourceMap } from '../definitions/types.js';
import type { ActionReport, DryRunCaseReport } from '../report/types.js';
import { hasErrors, type Finding } from '../validate/finding.js';
import { validateDocument } from '../validate/index.js';
import { findingAt } from '../validate/locate.js';
import { parse as parseLenient } from 'jsonc-parser';
import { stripExportSuffix } from '../definitions/formats.js';
import { parseJsonSource } from '../definitions/json-source.js';
import { redactDeep, redactString } from '../report/redact.js';
import { mapWithConcurrency } from '../util/concurrency.js';
import { EMPTY_CONFIGURATION, readSuppressions, type Configuration, type Suppression } from '../config/index.js';
import { configureForResult, configureUnowned } from './configure.js';

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
  /** True when the file is one of this tool's own JSON reports (not a definition). */
  ownReport?: boolean;
  /** True when the file could be read as a definition (every validation rule ran on it). */
  readAsDefinition?: boolean;
  /** The definition's valid inline suppressions (`"suppress": {"<rule-id>": "<reason>"}`). */
  suppressions?: Suppression[];
  /** Rule ids of the suppressions that matched a finding so far (suppressed, or the rule was `off`). */
  matchedSuppressions?: Set<string>;
}

/** Outcome of the local stages over the whole repository. */
export interface LocalRun {
  results: LocalResult[];
  /** Findings not tied to one definition's own checks (orphan fixtures). */
  findings: Finding[];
  /** Patterns of the `path` input that matched no file. */
  unmatched: string[];
  /** Matched files that are this tool's own JSON reports, and were therefore not read as definitions. */
  skipped: string[];
}

function describeFailure(c: DryRunCaseReport): string {
  return `Fixture case "${c.name}": ${c.message ?? 'did not pass'}`;
}

/** The literal values of a case's `credentials` and `authResponse`, which reports must never show. */
export function caseSecrets(fixture: Fixture): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string' || typeof v === 'number') out.push(String(v));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(fixture.credentials);
  walk(fixture.authResponse);
  return out;
}

/** Runs every fixture case of one definition and returns the case reports and findings. */
async function runFixtures(ctx: DryRunContext, definition: Definition, fixtures: Fixture[], fixtureText: string | undefined): Promise<{ cases: DryRunCaseReport[]; findings: Finding[] }> {
  const cases: DryRunCaseReport[] = [];
  const findings: Finding[] = [];
  const warned = new Set<string>();
  const map = fixtureText === undefined ? undefined : parseJsonSource(fixtureText).map;
  for (const fixture of fixtures) {
    // In a worker thread with a time and memory limit: a hostile template cannot hang or kill the
    // run; and all cases together get a time budget, so a thousand slow cases cannot either.
    const raw =
      Date.now() >= ctx.deadline ? notRun(ctx.budgetMs) : ctx.live ? await runLiveCase(ctx.runner, definition, fixture, ctx.live) : await ctx.runner.run(definition, fixture);
    const check = checkExpectation(raw, fixture.expect);
    // The case's own credential values never leave this function (traces, messages, findings),
    // nor do request values rendered from them.
    const secrets = [...caseSecrets(fixture), ...credentialRenders(definition, raw)];
    const report: DryRunCaseReport = { name: fixture.name, file: fixture.file, passed: check.passed, trace: redactDeep(raw, secrets) };
    if (check.message) report.message = redactString(check.message, secrets);
    const trace = report.trace;
    cases.push(report);
    if (!check.passed) {
      const pointer = fixture.expect ? `${fixture.pointer}/expect` : fixture.pointer;
      findings.push(findingAt('dry-run-failed', fixture.file, map, { pointer }, describeFailure(report), { hint: 'The job summary (or the CLI with --trace) shows every step of this case.' }));
    }
    for (const op of trace.operations) {
      for (const warning of op.warnings ?? []) {
        const key = `${op.step}|${warning}`;
        if (warned.has(key)) continue;
        warned.add(key);
        findings.push(findingAt('dry-run-warning', fixture.file, map, { pointer: fixture.pointer }, redactString(`Fixture case "${fixture.name}", step ${op.step} (${op.name}): ${warning}`, secrets)));
      }
    }
  }
  return { cases, findings };
}

/** The dry-run machinery shared by all files of a run: the isolated runner and the time budget. */
export interface DryRunContext {
  runner: IsolatedRunner;
  /** Set in live mode: step 8 sends the rendered request there instead of using the recording. */
  live?: LiveTarget;
  /** Epoch ms after which no further case is started. */
  deadline: number;
  budgetMs: number;
}

/** Default time budget for all dry runs of one run together (ms). */
export const DRY_RUN_BUDGET_MS = 5 * 60_000;

/** The trace of a case that was not started because the run's dry-run budget was used up. */
function notRun(budgetMs: number): TestExecutionResult {
  const message = `Not run: the dry runs of this run already took ${Math.round(budgetMs / 1000)} s, the time budget for all cases together.`;
  return { success: false, operations: [], error: { step: 1, code: 'ACTION.PROCESSING', message } };
}

/** The dry-run part of {@link processFile}: loads the fixture file and runs its cases. */
async function dryRunFixtures(ctx: DryRunContext, root: string, fixtureFile: string, definition: Definition, report: ActionReport): Promise<{ findings: Finding[]; fixtures: Fixture[] }> {
  const bytes = await readFileBytes(root, fixtureFile);
  const loaded = loadFixtures(fixtureFile, bytes);
  if (hasErrors(loaded.findings)) {
    report.dryRun = 'failed';
    return { findings: loaded.findings, fixtures: [] };
  }
  const text = bytes instanceof Error ? undefined : new TextDecoder().decode(bytes);
  const run = await runFixtures(ctx, definition, loaded.fixtures, text);
  report.cases = run.cases;
  report.dryRun = run.cases.some((c) => !c.passed) ? 'failed' : run.cases.length ? 'passed' : 'none';
  return { findings: [...loaded.findings, ...run.findings], fixtures: loaded.fixtures };
}

/**
 * A file named like a fixture but not as one (`X.fixtures.json`, `X-fixture.json`) that holds
 * fixture content: one clear finding instead of "name is required" and friends.
 */
function misnamedFixture(file: string, doc: unknown): Finding | undefined {
  const base = file.split('/').pop()!;
  if (!/fixture/i.test(base) || doc === null || typeof doc !== 'object' || !('response' in doc || 'cases' in doc)) return undefined;
  return findingAt('fixture-orphan', file, undefined, {}, 'This file holds fixture cases but is not named like a fixture, so it was read as a definition.', {
    hint: "Name it after its definition: NAME.json's fixture is NAME.fixture.json.",
    severity: 'error',
  });
}

/** True for a JSON report written by this tool (by this run's settings or another's). */
function isOwnReport(doc: unknown): boolean {
  if (!doc || typeof doc !== 'object') return false;
  const d = doc as { schemaVersion?: unknown; tool?: { name?: unknown } };
  return typeof d.schemaVersion === 'number' && d.tool?.name === TOOL_NAME;
}

/**
 * The deployable name of a file that failed validation, read leniently (trailing commas and the
 * like tolerated), so the plan knows the org's action of that name is still in the repository.
 */
function bestEffortName(bytes: Uint8Array | Error): string | undefined {
  if (bytes instanceof Error) return undefined;
  let doc: unknown;
  try {
    doc = parseLenient(new TextDecoder().decode(bytes), [], { allowTrailingComma: true });
  } catch {
    return undefined; // e.g. nesting too deep for the parser's recursion
  }
  const name = doc && typeof doc === 'object' ? (doc as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? stripExportSuffix(name) : undefined;
}

/**
 * Loads, validates and dry-runs one definition file. `configuration` (rule settings, overrides)
 * and the file's inline suppressions are applied to every finding before deciding whether the
 * fixtures run and whether the definition is deployable: only a definition without an error
 * finding after configuration is. The findings of a file that cannot be read as a definition
 * keep their errors whatever the configuration says.
 */
export async function processFile(ctx: DryRunContext, root: string, file: string, configuration: Configuration = EMPTY_CONFIGURATION): Promise<LocalResult> {
  const bytes = await readFileBytes(root, file);
  const loaded = loadDocument(file, bytes);
  if (isOwnReport(loaded.source?.value)) return { report: { file, validation: 'passed', dryRun: 'none', cases: [] }, findings: [], ownReport: true };
  const misnamed = misnamedFixture(file, loaded.source?.value);
  const validated = misnamed ? { file, findings: [misnamed] } : validateDocument(loaded);
  const report: ActionReport = { file, validation: 'passed', dryRun: 'none', cases: [] };
  const definition = 'definition' in validated ? validated.definition : undefined;
  const name = definition?.name ?? bestEffortName(bytes);
  if (name !== undefined) report.name = name;
  const result: LocalResult = { report, findings: [], readAsDefinition: definition !== undefined };
  if (loaded.source) result.map = loaded.source.map;
  const inline = misnamed || !loaded.source?.ok ? undefined : readSuppressions(file, loaded.source.value, loaded.source.map);
  if (inline?.suppressions.length) result.suppressions = inline.suppressions;

  const own = configureForResult(result, configuration, [...validated.findings, ...(inline?.findings ?? [])], { lockErrors: definition === undefined });
  const findings = result.findings;
  findings.push(...own);
  const fixtureFile = findFixtureFile(root, file);
  if (fixtureFile && definition && !hasErrors(own)) {
    const run = await dryRunFixtures(ctx, root, fixtureFile, definition, report);
    const kept = configureForResult(result, configuration, run.findings);
    findings.push(...kept);
    result.fixtures = run.fixtures;
    // The dry run's verdict is the configured one: errors fail it; failures all lowered below error are accepted.
    if (hasErrors(kept)) report.dryRun = 'failed';
    else if (report.dryRun === 'failed') report.dryRunAccepted = true;
  } else if (fixtureFile) {
    report.dryRun = 'skipped';
  }

  report.validation = hasErrors(own) ? 'failed' : own.some((f) => f.severity === 'warning') ? 'warnings' : 'passed';
  if (definition && !hasErrors(findings)) result.definition = definition;
  return result;
}

/**
 * Flags definitions that would deploy to the same action (same name and integration type): each
 * gets a `duplicate-name` finding (configured like every other finding); where it remains an
 * error, the definition fails validation and loses its deployable definition. Mutates `results`.
 */
export function checkDuplicateNames(results: LocalResult[], configuration: Configuration = EMPTY_CONFIGURATION): void {
  const byKey = new Map<string, LocalResult[]>();
  for (const r of results) {
    if (!r.definition) continue;
    const key = `${r.definition.integrationType ?? ''}\u0000${r.definition.name}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const r of group) {
      const others = group.filter((g) => g !== r).map((g) => g.report.file);
      const finding = findingAt('duplicate-name', r.report.file, r.map, { pointer: '/name' }, `Another definition deploys to the same action name "${r.definition!.name}": ${others.join(', ')}.`, {
        hint: 'Rename one of them; Genesys action names are matched by name within an integration.',
      });
      const kept = configureForResult(r, configuration, [finding]);
      r.findings.push(...kept);
      if (hasErrors(kept)) {
        r.report.validation = 'failed';
        delete r.definition;
      } else if (kept.length && r.report.validation === 'passed') {
        r.report.validation = 'warnings';
      }
    }
  }
}

/** Findings for fixture files that no definition reads (misnamed, or the definition is gone). */
function orphanFixtureFindings(found: Awaited<ReturnType<typeof discoverFiles>>): Finding[] {
  return orphanFixtures(found).map(({ fixture, expected, nearMiss }) =>
    findingAt('fixture-orphan', fixture, undefined, {}, `No definition reads this fixture: it would belong to ${expected}, which is not among the files the "path" input matched.`, {
      hint: nearMiss ? `Rename it to ${fixturePathFor(nearMiss).split('/').pop()} (fixture names must match the definition's exactly).` : 'Put the fixture beside its definition as NAME.fixture.json, or delete it.',
    }),
  );
}

/** The result of a file whose processing crashed: one `internal-error` finding; the run continues with the other files. */
export function crashed(file: string, error: unknown): LocalResult {
  const message = error instanceof Error ? error.message : String(error);
  const finding = findingAt('internal-error', file, undefined, {}, `This file could not be processed: ${message}`, { hint: 'Please report this with the file attached.' });
  return { report: { file, validation: 'failed', dryRun: 'none', cases: [] }, findings: [finding] };
}

/**
 * How many definition files are processed at once (1 in live mode). Dry runs still execute one
 * at a time in the worker; the overlap lets the main thread read and validate the next files
 * meanwhile (`npm run bench`).
 */
export const FILES_IN_FLIGHT = 4;

/** Options of {@link runLocal}. */
export interface LocalOptions {
  /** Repository-relative paths never read as definitions (this tool's own report file). */
  exclude?: string[];
  /** Dry-run limits: per case (defaults 10 s, 512 MB) and for all cases together (default 5 min). */
  limits?: { timeoutMs?: number; maxMemoryMb?: number; totalMs?: number };
  /** Live mode: where fixtures' requests are really sent. */
  live?: LiveTarget;
  /** Rule settings and overrides applied to every finding (default: none). */
  configuration?: Configuration;
}

/** Runs the local stages over every file matched by `patterns` under `root`. */
export async function runLocal(root: string, patterns: readonly string[], options: LocalOptions = {}): Promise<LocalRun> {
  const found = await discoverFiles(root, patterns, options.exclude);
  const configuration = options.configuration ?? EMPTY_CONFIGURATION;
  const results: LocalResult[] = [];
  const skipped: string[] = [];
  const runner = createIsolatedRunner(options.limits);
  const budgetMs = options.limits?.totalMs ?? DRY_RUN_BUDGET_MS;
  const ctx: DryRunContext = { runner, budgetMs, deadline: Date.now() + budgetMs, ...(options.live ? { live: options.live } : {}) };
  try {
    // Files overlap: while one waits for its dry runs in the worker, the next is read and
    // validated. Live requests go out one at a time.
    const outcomes = await mapWithConcurrency(found.definitions, options.live ? 1 : FILES_IN_FLIGHT, async (file) => {
      try {
        return await processFile(ctx, root, file, configuration);
      } catch (e) {
        return crashed(file, e);
      }
    });
    for (const [i, result] of outcomes.entries()) {
      if (result.ownReport) skipped.push(found.definitions[i] as string);
      else results.push(result);
    }
  } finally {
    await runner.close();
  }
  checkDuplicateNames(results, configuration);
  return { results, findings: configureUnowned(configuration, orphanFixtureFindings(found)), unmatched: found.unmatched, skipped };
}
