/**
 * The sticky PR comment on GitHub: find this tool's comment for a key and update it in place,
 * or create it (github-action-conventions.md §3.1, §3.3). Uses the REST issue-comments API
 * through the Octokit of `@actions/github`.
 */
import type { getOctokit } from '@actions/github';
import { markerPrefix } from './marker.js';
import type { RunReport } from './types.js';

/** The Octokit instance `getOctokit(token)` returns (REST methods + pagination). */
export type Octokit = ReturnType<typeof getOctokit>;

/** Where the comment goes and what it says. */
export interface StickyCommentTarget {
  owner: string;
  repo: string;
  /** Pull request (or issue) number. */
  issueNumber: number;
  /** The sticky key (environment/label); `body` must start with its marker (marker.ts). */
  key: string;
  /** The full body from `renderComment`, marker first. */
  body: string;
}

/**
 * What happened: `created`, `updated` (body differed), `unchanged` (identical body, no write),
 * or `skipped` (the token may not write, e.g. a fork PR or a read-only token; `reason` says so).
 */
export interface CommentOutcome {
  outcome: 'created' | 'updated' | 'unchanged' | 'skipped';
  /** Comment id (REST), when a comment exists. */
  id?: number;
  /** The comment's `html_url`, when a comment exists. */
  url?: string;
  /** Why it was skipped. */
  reason?: string;
}

/** GitHub's hard limit on an issue comment body, in characters (github-action-conventions.md §3.2). */
export const GITHUB_COMMENT_MAX = 65_536;

/**
 * Creates or updates this tool's comment for `key` on an issue or pull request.
 *
 * Finds the existing comment with `findStickyComment` (all pages; only comments written with the
 * token's identity count) and updates it if its body differs; otherwise creates a
 * new comment. A 403 or "Resource not accessible by integration" (fork PRs, read-only
 * `GITHUB_TOKEN`, §3.3) yields `skipped` instead of throwing.
 *
 * @throws Error when `body` does not start with the marker of `key`, or is longer than 65,536
 *   characters; other API errors (network, 5xx, 404) are rethrown as Octokit raised them.
 */
export async function upsertStickyComment(octokit: Octokit, target: StickyCommentTarget): Promise<CommentOutcome> {
  const { owner, repo, issueNumber, key, body } = target;
  if (!body.startsWith(markerPrefix(key))) throw new Error(`The comment body must start with the marker for key "${key}".`);
  if (body.length > GITHUB_COMMENT_MAX) {
    throw new Error(`The comment body has ${body.length} characters; GitHub allows ${GITHUB_COMMENT_MAX}.`);
  }
  try {
    const existing = await findStickyComment(octokit, { owner, repo, issueNumber, key });
    if (existing) {
      if (existing.body === body) return { outcome: 'unchanged', id: existing.id, url: existing.url };
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { outcome: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { outcome: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const reason = notPermittedReason(error);
    if (reason !== undefined) return { outcome: 'skipped', reason };
    throw error;
  }
}

/** An existing comment of this tool. */
export interface StickyComment {
  id: number;
  url: string;
  body: string;
}

/**
 * Finds this tool's comment for `key` (body starts with the key's marker prefix and the author is
 * the token's identity — see below), reading every page of the issue's comments (100 per page);
 * the oldest match wins. Undefined when there is none.
 *
 * @throws the Octokit error when listing fails (e.g. 404 for an unknown issue).
 */
export async function findStickyComment(
  octokit: Octokit,
  target: Omit<StickyCommentTarget, 'body'>,
): Promise<StickyComment | undefined> {
  const prefix = markerPrefix(target.key);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const identity = await tokenIdentity(octokit);
  // Anyone can post a comment that starts with our marker: adopt only comments written with this
  // token's identity (a personal token's login; for GITHUB_TOKEN and App tokens, which cannot
  // read /user, a Bot author — users cannot post as bots).
  const ours = comments.filter((c) => (c.body ?? '').startsWith(prefix) && (identity ? c.user?.login === identity : c.user?.type === 'Bot'));
  const found = ours[0];
  return found ? { id: found.id, url: found.html_url, body: found.body ?? '' } : undefined;
}

/** The login behind the token (`GET /user`), or undefined for tokens that cannot read it. */
async function tokenIdentity(octokit: Octokit): Promise<string | undefined> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return undefined;
  }
}

/** A reason when the error is GitHub refusing the token's permission, else undefined. */
function notPermittedReason(error: unknown): string | undefined {
  const status = typeof error === 'object' && error !== null && 'status' in error ? (error as { status: unknown }).status : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (status !== 403 && !/Resource not accessible by integration/i.test(message)) return undefined;
  return (
    `GitHub refused to write the PR comment (${message.split('\n')[0]}). The token is read-only: ` +
    'pull requests from forks cannot comment; otherwise grant `pull-requests: write`.'
  );
}

/** The `comment` input (github-action-conventions.md §6.1). */
export type CommentMode = 'always' | 'changes-only' | 'never';

/**
 * Whether to write the PR comment: `always` yes, `never` no; `changes-only` when the run has
 * changes or failed (result `failure` or any failed count), or when a comment already exists
 * (so it is brought up to date rather than left stale).
 */
export function shouldComment(report: RunReport, mode: CommentMode, existing: boolean): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  return existing || report.hasChanges || report.result === 'failure' || report.counts.failed > 0;
}
