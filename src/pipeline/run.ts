/**
 * One run of the whole pipeline: discover → load → validate → dry-run → (plan → deploy →
 * verify) → a {@link RunReport}. Shared by the GitHub Action and the CLI; knows nothing of
 * either (no @actions/core): inputs come in, a report goes out.
 */
import { createGenesysClient, type GenesysClient, type GenesysClientOptions } from '../genesys/client.js';
import { GenesysApiError, GenesysAuthError } from '../genesys/errors.js';
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
}

/** The report plus what reporters need and the report must not contain. */
export interface RunOutcome {
  report: RunReport;
  /** Literal values to redact from every reported text (fixture credentials). */
  secrets: string[];
}

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Collects fixture credential and authResponse values, which reports must never show. */
function fixtureSecrets(results: readonly LocalResult[]): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string' || typeof v === 'number') out.add(String(v));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const r of results) for (const c of r.fixtures ?? []) [c.credentials, c.authResponse].forEach(walk);
  return [...out];
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

  deps.log?.(`Reading definitions: ${inputs.patterns.join(', ')}`);
  const local = await runLocal(deps.root, inputs.patterns);
  const findings: Finding[] = [...local.findings, ...local.results.flatMap((r) => r.findings)];
  report.actions = local.results.map((r) => r.report);
  if (local.results.length === 0) report.notices.push(`No definition files matched ${inputs.patterns.join(', ')}.`);

  if (inputs.mode !== 'validate') {
    try {
      const client = (deps.createClient ?? createGenesysClient)({
        ...(inputs.apiBaseUrl ? { apiBaseUrl: inputs.apiBaseUrl } : {}),
        ...(inputs.region ? { region: inputs.region } : {}),
        clientId: inputs.clientId!,
        clientSecret: inputs.clientSecret!,
        ...(deps.onSecret ? { onSecret: deps.onSecret } : {}),
        ...(deps.log ? { log: deps.log } : {}),
      });
      report.region = client.baseUrls.domain;
      const selector = parseIntegrationSelector(inputs.integration);
      const remote = await runRemote(client, local.results, {
        deploy: inputs.mode === 'deploy',
        selector,
        ...(inputs.category ? { category: inputs.category } : {}),
        ...(deps.log ? { log: deps.log } : {}),
      });
      findings.push(...applyRemote(local.results, remote));
      report.orphans = remote.orphans.map((o) => ({ name: o.name, actionId: o.actionId ?? '', integrationName: o.integrationName }));
    } catch (e) {
      runLevel = e instanceof GenesysAuthError ? 'auth-failed' : e instanceof GenesysApiError ? 'plan-failed' : 'configuration';
      report.errors.push(runLevel === 'auth-failed' ? `Authentication with Genesys Cloud failed: ${describeError(e)}` : describeError(e));
    }
  }

  report.findings = sortFindings(findings);
  report.durationMs = now() - started;
  return { report: finishReport(report, runLevel), secrets: fixtureSecrets(local.results) };
}
