/**
 * The action's inputs, typed and checked. Parsing is pure: it reads through a getter (the action
 * passes `core.getInput`, the CLI its flags) and an environment map, so both entry points share it.
 * Input names are the kebab-case names of action.yml.
 */
import type { Mode } from './report/types.js';

export type CommentPolicy = 'always' | 'changes-only' | 'never';

/** Where step 8 of a fixture's dry run gets its response: the recorded one, or the real endpoint. */
export type DryRunSource = 'recorded' | 'live';

export interface ActionInputs {
  mode: Mode;
  /** Glob patterns of definition files, relative to `root`. */
  patterns: string[];
  /** Region as given (SDK name, Terraform name or domain); resolved by the Genesys client. */
  region?: string;
  clientId?: string;
  clientSecret?: string;
  /** Target integration(s): a name or id, or lines `integrationType=name-or-id`. */
  integration?: string;
  /** Category for created actions whose definition names none. */
  category?: string;
  githubToken?: string;
  comment: CommentPolicy;
  /** Overrides the region's API (and login) base URL. */
  apiBaseUrl?: string;
  /** Label of the target org/environment; keys the sticky comment so matrix legs don't collide. */
  environment: string;
  /** Where the JSON report is written (relative to `root` unless absolute). */
  reportFile: string;
  /** `live` sends each fixture's rendered request instead of using its recorded response. */
  dryRun: DryRunSource;
}

/** An input problem, reported as a run-level error. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Reads one raw input by its action.yml name; returns '' when absent. */
export type InputGetter = (name: string) => string;

const MODES: readonly Mode[] = ['validate', 'plan', 'deploy'];
const COMMENT_POLICIES: readonly CommentPolicy[] = ['always', 'changes-only', 'never'];
const DRY_RUN_SOURCES: readonly DryRunSource[] = ['recorded', 'live'];

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  const v = value.toLowerCase() as T;
  if (!allowed.includes(v)) throw new InputError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
  return v;
}

function optional(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

/**
 * Splits the `path` input into glob patterns: one per line, or separated by commas outside
 * braces (so `data-actions/{a,b}/*.json` stays one pattern); blanks dropped.
 */
export function splitPatterns(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === '\n' || (ch === ',' && depth === 0)) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((p) => p.trim()).filter(Boolean);
}

/**
 * Parses and checks all inputs. Credentials and region fall back to the CX-as-Code environment
 * variables GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET and GENESYSCLOUD_REGION
 * (github-action-conventions.md §5.2). Throws {@link InputError} for invalid values, and when
 * `plan`/`deploy` lack credentials or a region/base URL.
 */
export function parseInputs(get: InputGetter, env: Record<string, string | undefined>): ActionInputs {
  const mode = oneOf('mode', get('mode').trim(), MODES, 'validate');
  const patterns = splitPatterns(get('path'));
  const inputs: ActionInputs = {
    mode,
    patterns: patterns.length ? patterns : ['data-actions/**'],
    comment: oneOf('comment', get('comment').trim(), COMMENT_POLICIES, 'always'),
    environment: optional(get('environment')) ?? 'default',
    reportFile: optional(get('report-file')) ?? 'genesys-data-actions-report.json',
    dryRun: oneOf('dry-run', get('dry-run').trim(), DRY_RUN_SOURCES, 'recorded'),
  };
  const region = optional(get('region')) ?? optional(env.GENESYSCLOUD_REGION);
  const clientId = optional(get('client-id')) ?? optional(env.GENESYSCLOUD_OAUTHCLIENT_ID);
  const clientSecret = optional(get('client-secret')) ?? optional(env.GENESYSCLOUD_OAUTHCLIENT_SECRET);
  const integration = optional(get('integration'));
  const category = optional(get('category'));
  const githubToken = optional(get('github-token'));
  const apiBaseUrl = optional(get('api-base-url'));
  if (region) inputs.region = region;
  if (clientId) inputs.clientId = clientId;
  if (clientSecret) inputs.clientSecret = clientSecret;
  if (integration) inputs.integration = integration;
  if (category) inputs.category = category;
  if (githubToken) inputs.githubToken = githubToken;
  if (apiBaseUrl) inputs.apiBaseUrl = apiBaseUrl;
  if (mode !== 'validate') {
    const missing = [!clientId && 'client-id', !clientSecret && 'client-secret', !region && !apiBaseUrl && 'region'].filter(Boolean);
    if (missing.length) {
      throw new InputError(
        `Mode "${mode}" talks to a Genesys Cloud org and needs ${missing.join(', ')} (or the GENESYSCLOUD_OAUTHCLIENT_ID / GENESYSCLOUD_OAUTHCLIENT_SECRET / GENESYSCLOUD_REGION environment variables).`,
      );
    }
  }
  return inputs;
}
