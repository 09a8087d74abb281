/**
 * One run of the whole pipeline: discover → load → validate → dry-run → (plan → deploy →
 * verify) → a {@link RunReport}. Shared by the GitHub Action and the CLI; knows nothing of
 * either (no @actions/core): inputs come in, a report goes out.
 */
import path from 'node:path';
import { createGenesysClient, type GenesysClient, type GenesysClientOptions } from '../genesys/client.js';
import { GenesysApiError, GenesysAuthError } from '../genesys/errors.js';
import type { LiveTarget } from '../dryrun/live/index.js';
import type { ActionInputs } from '../inputs.js';
import type { FailureReason, RunReport } from '../report/types.js';
import { sortFindings, type Finding } from '../validate/finding.js';
import { runLocal, type LocalResult } from './local.js';
import { runRemote, type RemoteOutcome } from './remote.js';
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

function applyRemote(results: readonly LocalResult[], remote: RemoteOutcome): Finding[] {
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
  for (const f of remote.findings) {
    const r = results.find((x) => x.report.file === f.file);
    if (r && f.severity === 'error') r.report.planError = f.message;
  }
  return remote.findings;
}

/**
 * Runs the pipeline for `inputs`. Never throws for user or org problems: they become findings,
 * run-level errors and a `failure` result. Definitions with errors or failing fixtures are not
 * planned or deployed; all the others are.
 */
export async function runPipeline(inputs: ActionInputs, deps: RunDependencies): Promise<RunOutcome> {
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
    local = await runLocal(deps.root, inputs.patterns, { exclude: [reportFile], ...(deps.dryRunLimits ? { limits: deps.dryRunLimits } : {}), ...(live ? { live } : {}) });
  } catch (e) {
    report.errors.push(`The "path" input could not be expanded: ${describeError(e)}`);
    report.durationMs = now() - started;
    return { report: finishReport(report, 'configuration') };
  }
  const findings: Finding[] = [...local.findings, ...local.results.flatMap((r) => r.findings)];
  report.actions = local.results.map((r) => r.report);
  if (local.results.length === 0) {
    // A typo in `path` must not keep a required check green.
    report.errors.push(`No definition file matched ${inputs.patterns.map((p) => `"${p}"`).join(', ')} under ${deps.root}. Check the "path" input.`);
    report.findings = sortFindings(findings);
    report.durationMs = now() - started;
    return { report: finishReport(report, 'configuration') };
  }
  for (const p of local.unmatched) report.notices.push(`The path pattern "${p}" matched no file.`);
  for (const f of local.skipped) report.notices.push(`${f} is a report of this tool, not a definition; it was skipped.`);

  if (inputs.mode !== 'validate' && client) {
    try {
      const selector = parseIntegrationSelector(inputs.integration);
      const remote = await runRemote(client, local.results, {
        deploy: inputs.mode === 'deploy',
        selector,
        ...(inputs.category ? { category: inputs.category } : {}),
        ...(log ? { log } : {}),
      });
      findings.push(...applyRemote(local.results, remote));
      // A remote action named by a definition that failed locally is not an orphan: it is in the repository.
      const named = new Set(local.results.map((r) => r.report.name).filter((n): n is string => n !== undefined));
      report.orphans = remote.orphans.filter((o) => !named.has(o.name)).map((o) => ({ name: o.name, actionId: o.actionId ?? '', integrationName: o.integrationName }));
    } catch (e) {
      // A login host that cannot be reached is a configuration problem, not rejected credentials.
      const unreachable = e instanceof GenesysAuthError && e.status === undefined;
      runLevel = e instanceof GenesysAuthError && !unreachable ? 'auth-failed' : e instanceof GenesysApiError && !unreachable ? 'plan-failed' : 'configuration';
      report.errors.push(e instanceof GenesysAuthError ? `Authentication with Genesys Cloud failed: ${describeError(e)}` : describeError(e));
    }
  }

  report.findings = sortFindings(findings);
  report.durationMs = now() - started;
  return { report: finishReport(report, runLevel) };
}
