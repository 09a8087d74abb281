import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/comment.js';
import { findStickyComment, shouldComment, upsertStickyComment } from '../../src/report/sticky.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { emptyReport, realisticReport } from './fixtures/run-report.js';

const TOKEN = 'ghs_fake0123456789';
const target = { owner: 'acme', repo: 'cx-data-actions', issueNumber: 17 };

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: Parameters<typeof startFakeGitHub>[0] = {}): Promise<{ fake: FakeGitHub; octokit: ReturnType<typeof getOctokit> }> {
  fake = await startFakeGitHub({ token: TOKEN, ...options });
  return { fake, octokit: getOctokit(TOKEN, { baseUrl: fake.url }) };
}

const writes = (f: FakeGitHub): string[] => f.calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path} ${c.status}`);

describe('upsertStickyComment against a fake GitHub API', () => {
  it('creates the comment once, then updates it in place, then leaves it unchanged', async () => {
    const { fake, octokit } = await start();
    const first = renderComment(realisticReport(), { key: 'prod' });
    const created = await upsertStickyComment(octokit, { ...target, key: 'prod', body: first });
    expect(created.outcome).toBe('created');
    expect(created.url).toBe(`https://github.com/acme/cx-data-actions/pull/17#issuecomment-${created.id}`);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' });

    const second = renderComment(emptyReport('plan'), { key: 'prod' });
    const updated = await upsertStickyComment(octokit, { ...target, key: 'prod', body: second });
    expect(updated).toEqual({ outcome: 'updated', id: created.id, url: created.url });
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toBe(second);

    const same = await upsertStickyComment(octokit, { ...target, key: 'prod', body: second });
    expect(same).toEqual({ outcome: 'unchanged', id: created.id, url: created.url });
    expect(fake.comments).toHaveLength(1);
    expect(writes(fake)).toEqual([
      'POST /repos/acme/cx-data-actions/issues/17/comments 201',
      `PATCH /repos/acme/cx-data-actions/issues/comments/${created.id} 200`,
    ]);
  });

  it('keeps one comment per key, so matrix legs do not overwrite each other', async () => {
    const { fake, octokit } = await start();
    await upsertStickyComment(octokit, { ...target, key: 'prod', body: renderComment(emptyReport('plan'), { key: 'prod' }) });
    await upsertStickyComment(octokit, { ...target, key: 'prod-eu', body: renderComment(emptyReport('plan'), { key: 'prod-eu' }) });
    await upsertStickyComment(octokit, { ...target, key: 'prod', body: renderComment(realisticReport(), { key: 'prod' }) });
    expect(fake.comments.map((c) => c.body.split(' ')[1])).toEqual(['genesys-data-actions:prod', 'genesys-data-actions:prod-eu']);
    expect(fake.comments[0]!.body).toContain('**Deploy failed**');
    expect(fake.comments[1]!.body).toContain('**No changes**');
  });

  it('pages through more than 100 comments and finds the marker on page 2', async () => {
    const { fake, octokit } = await start();
    for (let i = 0; i < 130; i++) fake.seed({ ...target, body: `review comment ${i}`, user: { login: 'octocat', type: 'User' } });
    const ours = fake.seed({ ...target, body: renderComment(emptyReport('plan'), { key: 'prod' }) });
    fake.seed({ ...target, body: 'one more', user: { login: 'octocat', type: 'User' } });

    const outcome = await upsertStickyComment(octokit, { ...target, key: 'prod', body: renderComment(realisticReport(), { key: 'prod' }) });
    expect(outcome).toMatchObject({ outcome: 'updated', id: ours.id });
    expect(fake.comments).toHaveLength(132);
    const pages = fake.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/comments')).map((c) => `${c.query.per_page}/${c.query.page ?? '1'}`);
    expect(pages).toEqual(['100/1', '100/2']);
  });

  it('never adopts a user\'s copy of the marker: with GITHUB_TOKEN only Bot comments count', async () => {
    const { fake, octokit } = await start();
    const body = renderComment(emptyReport('plan'), { key: 'prod' });
    const forged = fake.seed({ ...target, body, user: { login: 'mallory', type: 'User' } });
    expect(await findStickyComment(octokit, { ...target, key: 'prod' })).toBeUndefined();
    const outcome = await upsertStickyComment(octokit, { ...target, key: 'prod', body: renderComment(realisticReport(), { key: 'prod' }) });
    expect(outcome.outcome).toBe('created');
    expect(outcome.id).not.toBe(forged.id);
    expect(fake.comments.find((c) => c.id === forged.id)!.body).toBe(body);
    const bot = fake.comments.find((c) => c.id === outcome.id)!;
    expect(bot.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
    expect(await findStickyComment(octokit, { ...target, key: 'prod' })).toMatchObject({ id: bot.id });
    expect(await findStickyComment(octokit, { ...target, key: 'staging' })).toBeUndefined();
  });

  it('with a personal token adopts only comments of that user', async () => {
    fake = await startFakeGitHub({ token: TOKEN, user: { login: 'release-bot-user', type: 'User' } });
    const octokit = getOctokit(TOKEN, { baseUrl: fake.url });
    const body = renderComment(emptyReport('plan'), { key: 'prod' });
    fake.seed({ ...target, body, user: { login: 'mallory', type: 'User' } });
    fake.seed({ ...target, body }); // a github-actions[bot] comment: not this token's either
    const mine = fake.seed({ ...target, body, user: { login: 'release-bot-user', type: 'User' } });
    expect(await findStickyComment(octokit, { ...target, key: 'prod' })).toMatchObject({ id: mine.id });
  });

  it('skips with a reason instead of throwing when the token is read-only', async () => {
    const { fake, octokit } = await start({ readOnly: true });
    const outcome = await upsertStickyComment(octokit, { ...target, key: 'prod', body: renderComment(emptyReport('plan'), { key: 'prod' }) });
    expect(outcome.outcome).toBe('skipped');
    expect(outcome.reason).toContain('Resource not accessible by integration');
    expect(outcome.reason).not.toContain(TOKEN);
    expect(fake.comments).toHaveLength(0);
    expect(writes(fake)).toEqual(['POST /repos/acme/cx-data-actions/issues/17/comments 403']);
  });

  it('rethrows other errors, such as a wrong token', async () => {
    fake = await startFakeGitHub({ token: TOKEN });
    const octokit = getOctokit('wrong-token', { baseUrl: fake.url });
    await expect(
      upsertStickyComment(octokit, { ...target, key: 'prod', body: renderComment(emptyReport('plan'), { key: 'prod' }) }),
    ).rejects.toMatchObject({ status: 401 });
  });

  it('refuses a body without the marker of its key', async () => {
    const { octokit } = await start();
    await expect(
      upsertStickyComment(octokit, { ...target, key: 'prod', body: renderComment(emptyReport('plan'), { key: 'staging' }) }),
    ).rejects.toThrow('must start with the marker for key "prod"');
  });
});

describe('shouldComment', () => {
  const noChange = emptyReport('plan');
  const changed = { ...emptyReport('plan'), hasChanges: true, result: 'success' as const };
  const failed = { ...emptyReport('validate'), result: 'failure' as const, counts: { ...noChange.counts, failed: 1 } };

  it('always and never ignore the report', () => {
    expect(shouldComment(noChange, 'always', false)).toBe(true);
    expect(shouldComment(failed, 'never', true)).toBe(false);
  });

  it('changes-only comments on changes or failures, or to update an existing comment', () => {
    expect(shouldComment(noChange, 'changes-only', false)).toBe(false);
    expect(shouldComment(noChange, 'changes-only', true)).toBe(true);
    expect(shouldComment(changed, 'changes-only', false)).toBe(true);
    expect(shouldComment(failed, 'changes-only', false)).toBe(true);
  });
});
