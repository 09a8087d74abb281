/**
 * The GitHub Action: read inputs → run the pipeline → report (annotations, job summary, sticky
 * PR comment, JSON report, outputs). The only module that knows @actions/core and
 * @actions/github.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { parseConfigInputs } from './config/index.js';
import { InputError, parseInputs } from './inputs.js';
import { runPipeline } from './pipeline/run.js';
import { overflowNotice, selectAnnotations } from './report/annotations.js';
import { renderComment, shouldComment, findStickyComment, upsertStickyComment } from './report/comment.js';
import { toJsonReport } from './report/json-report.js';
import { actionOutputs } from './report/outputs.js';
import { redactDeep } from './report/redact.js';
import { renderSummary } from './report/summary.js';
import type { ReportContext, RunReport } from './report/types.js';
import { emptyReport } from './pipeline/empty.js';
import { writeFileInWorkspace } from './util/safe-write.js';
import { VERSION } from './version.js';

/**
 * Masks every secret the run can know of before anything else is logged, and returns them for
 * redaction from reports: the client secret, its Basic-auth form and the GitHub token. Access
 * tokens are added as they are obtained.
 */
function maskSecretsEarly(): string[] {
  const clientId = (core.getInput('client-id') || process.env.GENESYSCLOUD_OAUTHCLIENT_ID || '').trim();
  const clientSecret = (core.getInput('client-secret') || process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET || '').trim();
  const values = [clientSecret, core.getInput('github-token').trim()];
  if (clientSecret) values.push(Buffer.from(`${clientId}:${clientSecret}`, 'utf8').toString('base64'));
  const secrets = values.filter((v) => v !== '');
  for (const v of secrets) core.setSecret(v);
  return secrets;
}

function reportContext(environment: string, secrets: string[]): ReportContext {
  const env = process.env;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const ctx: ReportContext = { environment, serverUrl, version: VERSION, redact: secrets };
  if (env.GITHUB_REPOSITORY) {
    ctx.repository = env.GITHUB_REPOSITORY;
    if (env.GITHUB_RUN_ID) ctx.runUrl = `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  const sha = (github.context.payload.pull_request?.head as { sha?: string } | undefined)?.sha ?? env.GITHUB_SHA;
  if (sha) ctx.sha = sha;
  return ctx;
}

function annotate(report: RunReport, secrets: readonly string[]): void {
  const selected = selectAnnotations(redactDeep(report.findings, secrets), { perKind: 10 });
  let { annotations, overflow } = selected;
  // GitHub keeps 10 notices per step: leave room for the overflow notice, and emit it first.
  const notices = annotations.filter((a) => a.kind === 'notice');
  if (overflow > 0 && notices.length === 10) {
    annotations = annotations.filter((a) => a !== notices[9]);
    overflow++;
  }
  if (overflow > 0) core.notice(overflowNotice(overflow));
  for (const a of annotations) {
    const props: core.AnnotationProperties = { title: a.title, file: a.file, startLine: a.startLine };
    if (a.startColumn !== undefined) props.startColumn = a.startColumn;
    if (a.endLine !== undefined) props.endLine = a.endLine;
    if (a.endColumn !== undefined) props.endColumn = a.endColumn;
    const log = a.kind === 'error' ? core.error : a.kind === 'warning' ? core.warning : core.notice;
    log(a.message, props);
  }
  for (const action of report.actions) {
    for (const w of action.deploy?.warnings ?? []) core.warning(`${action.name ?? action.file}: ${w}`, { title: 'deploy', file: action.file });
  }
}

async function writeSummary(report: RunReport, ctx: ReportContext): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set; the job summary is not written.');
    return;
  }
  try {
    await core.summary.addRaw(renderSummary(report, ctx), true).write();
  } catch (e) {
    core.warning(`The job summary could not be written: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function writeJsonReport(report: RunReport, ctx: ReportContext, file: string): string {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  try {
    return writeFileInWorkspace(workspace, file, JSON.stringify(toJsonReport(report, ctx), null, 2) + '\n');
  } catch (e) {
    core.warning(`The JSON report was not written to ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return '';
  }
}

/** True on a pull_request event whose head branch lives in another repository (a fork). */
function isForkPullRequest(): boolean {
  const { eventName, payload, repo } = github.context;
  const head = (payload.pull_request?.head as { repo?: { full_name?: string } } | undefined)?.repo?.full_name;
  return eventName.startsWith('pull_request') && head !== undefined && head !== `${repo.owner}/${repo.repo}`;
}

/** Posts or updates the sticky PR comment on pull_request events, per the `comment` input. */
async function comment(report: RunReport, ctx: ReportContext, policy: 'always' | 'changes-only' | 'never', token: string | undefined, key: string): Promise<void> {
  const { eventName, payload, repo } = github.context;
  const pr = payload.pull_request;
  if (!pr || !['pull_request', 'pull_request_target'].includes(eventName) || policy === 'never') return;
  if (!token) {
    const note = 'No github-token was given, so the PR comment was skipped.';
    core.notice(note);
    report.notices.push(note);
    return;
  }
  const headRepo = (pr.head as { repo?: { full_name?: string } } | undefined)?.repo?.full_name;
  if (eventName === 'pull_request' && headRepo && headRepo !== `${repo.owner}/${repo.repo}`) {
    core.notice('This pull request comes from a fork: its token cannot write comments, so the PR comment is skipped. The job summary has the full report.');
    return;
  }
  try {
    const octokit = github.getOctokit(token);
    const target = { owner: repo.owner, repo: repo.repo, issueNumber: pr.number, key };
    const existing = await findStickyComment(octokit, target);
    if (!shouldComment(report, policy, existing !== undefined)) return;
    const outcome = await upsertStickyComment(octokit, { ...target, body: renderComment(report, { ...ctx, key }) });
    if (outcome.outcome === 'skipped') core.notice(`The PR comment was skipped: ${outcome.reason ?? 'the token cannot write comments.'}`);
    else core.info(`PR comment ${outcome.outcome}: ${outcome.url ?? outcome.id}`);
  } catch (e) {
    core.warning(`The PR comment could not be posted: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Entry point of the action. Sets the process exit code through core.setFailed on failure. */
export async function run(): Promise<void> {
  const secrets = maskSecretsEarly();
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
  let report: RunReport;
  let inputs;
  try {
    const get = (name: string) => core.getInput(name);
    inputs = { ...parseInputs(get, process.env), ...parseConfigInputs(get) };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    report = emptyReport(core.getInput('mode') || 'validate', e.message);
    const ctx = reportContext(core.getInput('environment') || 'default', secrets);
    await writeSummary(report, ctx);
    const reportPath = writeJsonReport(report, ctx, core.getInput('report-file') || 'genesys-data-actions-report.json');
    for (const [k, v] of Object.entries(actionOutputs(report, reportPath))) core.setOutput(k, v);
    core.setFailed(e.message);
    return;
  }
  if (inputs.dryRun === 'live' && isForkPullRequest()) {
    // A fork's definitions would choose where our runner sends requests (and with which headers).
    const message = 'dry-run: live is refused on pull requests from forks: their templates would decide where this runner sends requests. Use recorded fixtures (the default) for fork pull requests.';
    report = emptyReport(inputs.mode, message);
    const ctx = reportContext(inputs.environment, secrets);
    await writeSummary(report, ctx);
    const reportPath = writeJsonReport(report, ctx, inputs.reportFile);
    for (const [k, v] of Object.entries(actionOutputs(report, reportPath))) core.setOutput(k, v);
    core.setFailed(message);
    return;
  }
  try {
    const onSecret = (v: string) => {
      core.setSecret(v);
      secrets.push(v);
    };
    report = (await runPipeline(inputs, { root, onSecret, log: (m) => core.info(m) })).report;
  } catch (e) {
    core.debug(e instanceof Error ? (e.stack ?? e.message) : String(e));
    report = emptyReport(inputs.mode, `Unexpected error: ${e instanceof Error ? e.message : String(e)}`);
  }
  const ctx = reportContext(inputs.environment, secrets);
  annotate(report, secrets);
  await comment(report, ctx, inputs.comment, inputs.githubToken, inputs.environment);
  await writeSummary(report, ctx);
  const reportPath = writeJsonReport(report, ctx, inputs.reportFile);
  for (const [k, v] of Object.entries(actionOutputs(report, reportPath))) core.setOutput(k, v);
  const c = report.counts;
  core.info(`Result: ${report.result} — validated ${c.validated}, created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, failed ${c.failed}.`);
  if (report.result === 'failure') {
    core.setFailed(`${report.failureReason ?? 'failure'}: ${report.errors[0] ?? `${c.failed} definition(s) failed; see the annotations and the job summary.`}`);
  }
}
