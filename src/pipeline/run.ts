/**
 * One run of the whole pipeline: discover → load → validate → dry-run → (plan → deploy →
 * verify) → a {@link RunReport}. Shared by the GitHub Action and the CLI; knows nothing of
 * either (no @actions/core): inputs come in, a report goes out.
 */
import path from 'node:path';
import { createGenesysClient, type GenesysClient, type GenesysClientOptions } from '../genesys/client.js';
import { GenesysApiError, GenesysAuthError } from '../genesys/errors.js';
import type { LiveTarget } from '../dryrun/live/index.js';
import { combineConfiguration, ConfigFileError, loadConfiguration, type Configuration, type ConfigInputs, type LoadedConfiguration } from '../config/index.js';
import { unusedOverrideGlobs } from '../config/unused.js';
import type { ActionInputs } from '../inputs.js';
import type { FailureReason, RunReport } from '../report/types.js';
import { sortFindings, type Finding } from '../validate/finding.js';
import { runLocal, type LocalResult } from './local.js';
import { runRemote, type RemoteOutcome } from './remote.js';
import { configureForResult, configureUnowned, unusedSuppressionFindings } from './configure.js';
import { planPermissionFindings } from './org-findings.js';
import { finishReport } from './summarise.js';
import { parseIntegrationSelector } from './targets.js';

/** What a run needs from its host. */
export interface RunDependencies {
  /** Repository root the `path` globs are relative to. */
  root: string;
  /** Receives every secret value as soon as it is known (client secret, access tokens). */
  onSecret?: (value: string) => void;
  /** Progress lines for the log. Never receives secrets. */
  log?: (message: string) => void;
  /** Builds the Genesys client (tests substitute options such as instant sleeps). */
  createClient?: (options: GenesysClientOptions) => GenesysClient;
  now?: () => number;
  /** Dry-run limits per case (defaults 10 s, 512 MB) and in total (5 min); tests shorten them. */
  dryRunLimits?: { timeoutMs?: number; maxMemoryMb?: number; totalMs?: number };
}

/**
 * The inputs of a run: the action's inputs plus the rule configuration inputs (`config`,
 * `rules`, `fail-on`); without the latter, the repository's `.genesys-data-actions.yml` (if any)
 * applies and findings fail the run at `error`.
 */
export type PipelineInputs = ActionInputs & Partial<ConfigInputs>;

/** The report of a run. Fixture credentials were redacted from it where they arose. */
export interface RunOutcome {
  report: RunReport;
}

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Where live dry runs send requests: absolute URLs as they are; platform URLs to the org. */
function liveTarget(client: GenesysClient | undefined): LiveTarget {
  return client ? { apiBaseUrl: client.baseUrls.apiBaseUrl, token: () => client.auth.getToken() } : {};
}

/**
 * Log lines carry names from pull requests: line breaks are flattened and a leading `::` is
 * broken, so no name can become a workflow command (`::error::`, `::add-mask::`…).
 */
export function safeLog(log: (message: string) => void): (message: string) => void {
  return (message) => log(message.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/^::/, ': :'));
}

/**
 * Copies the remote outcome onto the action reports and returns its findings, configured per
 * definition; a plan finding that remains an error becomes the definition's `planError`.
 */
function applyRemote(results: readonly LocalResult[], remote: RemoteOutcome, configuration: Configuration): Finding[] {
  const byFile = new Map(results.map((r) => [r.report.file, r]));
  for (const r of results) {
    const file = r.report.file;
    const item = remote.items.get(file);
    if (item) {
      r.report.plan = item.change;
      if (item.changedFields.length) r.report.changedFields = item.changedFields;
    }
    const deploy = remote.deploys.get(file);
    if (deploy) r.report.deploy = deploy;
    const verify = remote.verifies.get(file);
    if (verify) r.report.verify = verify;
  }
  const configure = (f: Finding): Finding[] => {
    const r = byFile.get(f.file);
    return r ? configureForResult(r, configuration, [f]) : configureUnowned(configuration, [f]);
  };
  const planFindings = remote.findings.flatMap(configure);
  for (const f of planFindings) {
    const r = byFile.get(f.file);
    if (r && f.severity === 'error') r.report.planError = f.message;
  }
  return [...planFindings, ...remote.deployFindings.flatMap(configure)];
}

/**
 * Runs the pipeline for `inputs`. Never throws for user or org problems: they become findings,
 * run-level errors and a `failure` result. The rule configuration (config file, `rules` input,
 * inline suppressions) is applied to every finding as it arises; definitions with an error
 * finding after that (failing fixtures included) are not planned or deployed; all the others
 * are. Findings fail the run per `fail-on`.
 */
export async function runPipeline(inputs: PipelineInputs, deps: RunDependencies): Promise<RunOutcome> {
  const now = deps.now ?? Date.now;
  const log = deps.log ? safeLog(deps.log) : undefined;
  const started = now();
  const report: RunReport = {
    mode: inputs.mode,
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    actions: [],
    orphans: [],
    findings: [],
    counts: { validated: 0, created: 0, updated: 0, unchanged: 0, failed: 0 },
    hasChanges: false,
    result: 'success',
    errors: [],
    notices: [],
  };
  let runLevel: FailureReason | undefined;

  let loaded: LoadedConfiguration;
  try {
    loaded = await loadConfiguration(deps.root, inputs.configFile);
  } catch (e) {
    if (!(e instanceof ConfigFileError)) throw e;
    report.errors.push(e.message);
    report.durationMs = now() - started;
    return { report: finishReport(report, 'configuration') };
  }
  const configuration = combineConfiguration(loaded.configuration, inputs);
  if (loaded.file) {
    log?.(`Rule configuration: ${loaded.file}`);
    report.notices.push(`Rule configuration read from ${loaded.file}.`);
  }

  log?.(`Reading definitions: ${inputs.patterns.join(', ')}`);
  const reportFile = path.relative(deps.root, path.resolve(deps.root, inputs.reportFile));
  // The Genesys client is needed for plan/deploy, and for live dry runs of platform URLs.
  let client: GenesysClient | undefined;
  const hasOrg = inputs.clientId && inputs.clientSecret && (inputs.region || inputs.apiBaseUrl);
  if (inputs.mode !== 'validate' || (inputs.dryRun === 'live' && hasOrg)) {
    try {
      client = (deps.createClient ?? createGenesysClient)({
        ...(inputs.apiBaseUrl ? { apiBaseUrl: inputs.apiBaseUrl } : {}),
        ...(inputs.region ? { region: inputs.region } : {}),
        clientId: inputs.clientId!,
        clientSecret: inputs.clientSecret!,
        ...(deps.onSecret ? { onSecret: deps.onSecret } : {}),
        ...(log ? { log } : {}),
      });
      report.region = client.baseUrls.domain;
    } catch (e) {
      report.errors.push(describeError(e));
      report.durationMs = now() - started;
      return { report: finishReport(report, 'configuration') };
    }
  }
  const live = inputs.dryRun === 'live' ? liveTarget(client) : undefined;
  if (live) report.notices.push('Live dry run: each fixture case sent its rendered request to the real endpoint; recorded responses were not used.');
  let local;
  try {
    local = await runLocal(deps.root, inputs.patterns, { exclude: [reportFile], configuration, ...(deps.dryRunLimits ? { limits: deps.dryRunLimits } : {}), ...(live ? { live } : {}) });
  } catch (e) {
    report.errors.push(`The "path" input could not be expanded: ${describeError(e)}`);
    report.durationMs = now() - started;
    return { report: finishReport(report, 'configuration') };
  }
  const runFiles = local.results.flatMap((r) => [r.report.file, ...(r.fixtures?.[0] ? [r.fixtures[0].file] : [])]);
  const unusedGlobs = loaded.file ? unusedOverrideGlobs(loaded.file, loaded.configuration.overrides, runFiles) : [];
  const findings: Finding[] = [...loaded.findings, ...unusedGlobs, ...local.findings, ...local.results.flatMap((r) => r.findings)];
  report.actions = local.results.map((r) => r.report);
  if (local.results.length === 0) {
    // A typo in `path` must not keep a required check green.
    report.errors.push(`No definition file matched ${inputs.patterns.map((p) => `"${p}"`).join(', ')} under ${deps.root}. Check the "path" input.`);
    report.findings = sortFindings(findings);
    report.durationMs = now() - started;
    return { report: finishReport(report, 'configuration', configuration.failOn) };
  }
  for (const p of local.unmatched) report.notices.push(`The path pattern "${p}" matched no file.`);
  for (const f of local.skipped) report.notices.push(`${f} is a report of this tool, not a definition; it was skipped.`);

  let reachedOrg = false;
  if (inputs.mode !== 'validate' && client) {
    try {
      const selector = parseIntegrationSelector(inputs.integration);
      const remote = await runRemote(client, local.results, {
        deploy: inputs.mode === 'deploy',
        selector,
        ...(inputs.category ? { category: inputs.category } : {}),
        ...(log ? { log } : {}),
      });
      findings.push(...applyRemote(local.results, remote, configuration));
      reachedOrg = true;
      // A remote action named by a definition that failed locally is not an orphan: it is in the repository.
      const named = new Set(local.results.map((r) => r.report.name).filter((n): n is string => n !== undefined));
      report.orphans = remote.orphans.filter((o) => !named.has(o.name)).map((o) => ({ name: o.name, actionId: o.actionId ?? '', integrationName: o.integrationName }));
    } catch (e) {
      // A login host that cannot be reached is a configuration problem, not rejected credentials.
      const unreachable = e instanceof GenesysAuthError && e.status === undefined;
      runLevel = e instanceof GenesysAuthError && !unreachable ? 'auth-failed' : e instanceof GenesysApiError && !unreachable ? 'plan-failed' : 'configuration';
      report.errors.push(e instanceof GenesysAuthError ? `Authentication with Genesys Cloud failed: ${describeError(e)}` : describeError(e));
      // A 403 while reading the org: every definition that was to be planned says which permission is missing.
      const planned = local.results.filter((r) => r.definition !== undefined);
      const refused = planPermissionFindings(e, planned.map((r) => ({ file: r.report.file, ...(r.map ? { map: r.map } : {}) })), inputs.mode === 'deploy');
      for (const [i, f] of (refused ?? []).entries()) findings.push(...configureForResult(planned[i]!, configuration, [f]));
    }
  }
  for (const r of local.results) findings.push(...unusedSuppressionFindings(r, configuration, inputs.mode, reachedOrg && r.definition !== undefined));

  report.findings = sortFindings(findings);
  report.durationMs = now() - started;
  return { report: finishReport(report, runLevel, configuration.failOn) };
}
