/**
 * End to end: the bundled action (dist/index.js), run as a GitHub runner runs it, against the
 * Genesys Cloud emulator and a fake GitHub API, both on loopback, over the examples/ repository.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, type Emulator } from '../../emulator/index.js';
import { runBundledAction, type RunActionResult } from '../../scripts/run-action.js';
import { startFakeGitHub } from '../support/fake-github.js';

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');
const TOKEN = 'ghs_e2e_token_value';
const OWNER = 'example-org';
const REPO = 'contact-center';

/** The five valid example definitions: file → deployed name and integration type. */
const DEPLOYED = {
  'data-actions/genesys-cloud/Create-Callback-Extended.json': { name: 'Create Callback Extended', type: 'purecloud-data-actions' },
  'data-actions/genesys-cloud/Get-Estimated-Wait-Time-With-Default.json': { name: 'Get Estimated Wait Time (With Default)', type: 'purecloud-data-actions' },
  'data-actions/genesys-cloud/Get-User-Presence.json': { name: 'Get User Presence', type: 'purecloud-data-actions' },
  'data-actions/web-services/Bamboo-Get-Balance.custom.json': { name: 'Bamboo-Get-Balance', type: 'custom-rest-actions' },
  'data-actions/web-services/Limitless-Get-Full-Event.custom.json': { name: 'Limitless - Get Full Event from SmartCrowd v1', type: 'custom-rest-actions' },
};

describe('the bundled action against the emulator and a fake GitHub', () => {
  let emulator: Emulator;
  let github: Awaited<ReturnType<typeof startFakeGitHub>>;
  let workspace: string;
  const runs: RunActionResult[] = [];

  const prEvent = {
    action: 'synchronize',
    number: 42,
    pull_request: { number: 42, head: { sha: 'abc123', repo: { full_name: `${OWNER}/${REPO}` } }, base: { repo: { full_name: `${OWNER}/${REPO}` } } },
    repository: { name: REPO, owner: { login: OWNER }, full_name: `${OWNER}/${REPO}` },
  };

  const run = (mode: string) =>
    runBundledAction({
      workspace,
      eventName: 'pull_request',
      event: prEvent,
      inputs: {
        mode,
        path: 'data-actions/**',
        'client-id': DEFAULT_CLIENT_ID,
        'client-secret': DEFAULT_CLIENT_SECRET,
        'api-base-url': emulator.url,
        'github-token': TOKEN,
        comment: 'always',
        environment: 'e2e',
        'report-file': 'out/report.json',
      },
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
    });

  beforeAll(async () => {
    emulator = await createEmulator();
    github = await startFakeGitHub({ token: TOKEN });
    workspace = mkdtempSync(path.join(tmpdir(), 'e2e-workspace-'));
    cpSync(EXAMPLES, workspace, { recursive: true });
    runs.push(await run('plan'), await run('deploy'), await run('deploy'));
  }, 120_000);

  afterAll(async () => {
    await emulator?.close();
    await github?.close();
  });

  it('plans 5 creates without writing anything, and fails on the broken definition', () => {
    const [plan] = runs;
    expect(plan!.exitCode).toBe(1);
    expect(plan!.outputs).toMatchObject({ validated: '5', created: '5', updated: '0', unchanged: '0', failed: '1', 'has-changes': 'true', result: 'failure', 'failure-reason': 'validation-failed' });
  });

  it('creates and publishes the five valid definitions on the first deploy', () => {
    const deploy = runs[1]!;
    expect(deploy.exitCode).toBe(1);
    expect(deploy.outputs).toMatchObject({ validated: '5', created: '5', updated: '0', unchanged: '0', failed: '1', 'has-changes': 'true', result: 'failure' });
  });

  it('finds everything unchanged on the second deploy', () => {
    const again = runs[2]!;
    expect(again.exitCode).toBe(1);
    expect(again.outputs).toMatchObject({ validated: '5', created: '0', updated: '0', unchanged: '5', failed: '1', 'has-changes': 'false' });
  });

  it('annotates the broken definition at the trailing comma', () => {
    for (const r of runs) {
      expect(r.stdout).toContain('::error title=json-syntax,file=data-actions/genesys-cloud/Get-User-Routing-Status.json,line=17,col=29');
    }
  });

  it('holds each action published once, version 1, with the content of its definition', () => {
    const published = [...emulator.state.actions.values()].filter((a) => a.published);
    expect(published).toHaveLength(5);
    expect(published.every((a) => a.draft === undefined)).toBe(true);
    for (const [file, want] of Object.entries(DEPLOYED)) {
      const stored = published.find((a) => a.published!.name === want.name);
      expect(stored, want.name).toBeDefined();
      const part = stored!.published!;
      const integration = emulator.state.integrations.get(stored!.integrationId)!;
      expect(integration.integrationType.id).toBe(want.type);
      expect(part.version).toBe(1);
      expect(part.category).toBe(integration.name);
      const definition = JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8'));
      expect(part.contract).toEqual(definition.contract);
      expect(part.config.request.requestUrlTemplate).toBe(definition.config.request.requestUrlTemplate);
      expect(part.config.request.headers).toEqual(definition.config.request.headers);
      expect(part.config.request.requestTemplate).toBe(definition.config.request.requestTemplate);
      expect(part.config.response).toEqual(definition.config.response);
      expect(part.secure).toBe(definition.secure);
    }
  });

  it('keeps one sticky PR comment, created once then updated in place', () => {
    const comments = github.comments.filter((c) => c.issueNumber === 42);
    expect(comments).toHaveLength(1);
    const creates = github.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/issues/42/comments'));
    const updates = github.calls.filter((c) => c.method === 'PATCH');
    expect(creates).toHaveLength(1);
    expect(updates.length).toBe(2);
    expect(comments[0]!.body.startsWith('<!-- genesys-data-actions:e2e ')).toBe(true);
    expect(comments[0]!.body).toContain('Get-User-Routing-Status.json');
  });

  it('writes the job summary, the outputs and the JSON report', () => {
    const last = runs[2]!;
    expect(last.summary).toContain('Get User Presence');
    expect(last.summary).toContain('data-actions/genesys-cloud/Get-User-Routing-Status.json:17:29');
    expect(last.outputs['report-path']).toBe(path.join(workspace, 'out/report.json'));
    const json = JSON.parse(readFileSync(last.outputs['report-path']!, 'utf8'));
    expect(json).toMatchObject({ schemaVersion: 1, mode: 'deploy', result: 'failure', counts: { validated: 5, created: 0, updated: 0, unchanged: 5, failed: 1 } });
  });

  it('never prints the client secret or the access token', () => {
    for (const r of runs) {
      // `::add-mask::` lines are commands to the runner, which never displays them.
      const masks = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
      expect(masks).toContain(`::add-mask::${DEFAULT_CLIENT_SECRET}`);
      expect(masks).toContain(`::add-mask::${TOKEN}`);
      // ...and the Genesys access token, masked as soon as it was obtained
      expect(masks.length).toBeGreaterThanOrEqual(3);
      const shown = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
      expect(shown + r.stderr).not.toContain(DEFAULT_CLIENT_SECRET);
      expect(r.summary).not.toContain(DEFAULT_CLIENT_SECRET);
    }
    expect(github.comments[0]!.body).not.toContain(DEFAULT_CLIENT_SECRET);
  });
});

describe('dry-run: live on a pull request from a fork', () => {
  it('is refused before anything runs', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'e2e-fork-'));
    cpSync(EXAMPLES, workspace, { recursive: true });
    const result = await runBundledAction({
      workspace,
      eventName: 'pull_request',
      event: {
        number: 7,
        pull_request: { number: 7, head: { sha: 'f00', repo: { full_name: `mallory/${REPO}` } }, base: { repo: { full_name: `${OWNER}/${REPO}` } } },
        repository: { name: REPO, owner: { login: OWNER }, full_name: `${OWNER}/${REPO}` },
      },
      inputs: { mode: 'validate', 'dry-run': 'live', comment: 'never' },
      env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::dry-run: live is refused on pull requests from forks');
    expect(result.outputs).toMatchObject({ result: 'failure', 'failure-reason': 'configuration', validated: '0' });
  });
});
