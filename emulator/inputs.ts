/**
 * Validation and application of the write bodies `PostActionInput`, `UpdateActionInput` and
 * `UpdateDraftInput` (genesys-api.md §4.4, §14.3).
 */
import { badRequest } from './errors.js';
import { normaliseConfig, normaliseContract } from './normalise.js';
import { configProblems, contractProblems, isObject, textFieldProblems, type Problem } from './rules.js';
import type { ActionPart, EmulatorState } from './types.js';

/** Throws the first problem as a 400 (its code, `details[].errorCode` ACTION.PROCESSING). */
export function throwFirst(problems: readonly Problem[]): void {
  const p = problems[0];
  if (p) throw badRequest(p.message, p.code);
}

function secureProblems(v: unknown): Problem[] {
  return v === undefined || v === null || typeof v === 'boolean' ? [] : [{ message: 'secure must be a boolean', code: 'bad.request' }];
}

/**
 * Validates a `PostActionInput` (POST `/actions` and `/actions/drafts`) and returns the owning
 * integration id and the part to store (version 0; the caller sets it). Throws ApiError 400 on
 * the first problem: name/category 1–256, integrationId present and existing (400 policy,
 * §14.3†), config and contract rules of {@link configProblems}/{@link contractProblems}.
 */
export function parsePostActionInput(body: Record<string, unknown>, state: EmulatorState): { integrationId: string; part: ActionPart } {
  throwFirst([
    ...textFieldProblems(body['name'], 'name', true),
    ...textFieldProblems(body['category'], 'category', true),
  ]);
  const integrationId = body['integrationId'];
  if (typeof integrationId !== 'string' || integrationId === '') throw badRequest('integrationId must not be null');
  if (!state.integrations.has(integrationId)) throw badRequest(`Integration ${integrationId} does not exist`);
  throwFirst([...secureProblems(body['secure']), ...configProblems(body['config'], false), ...contractProblems(body['contract'])]);
  return {
    integrationId,
    part: {
      name: body['name'] as string,
      category: body['category'] as string,
      secure: body['secure'] === true,
      config: normaliseConfig(body['config'] as Record<string, unknown>),
      contract: normaliseContract(body['contract'] as Record<string, unknown>),
      version: 0,
    },
  };
}

/**
 * Applies an update body to a copy of `part` (version unchanged). `name`, `category` and `config`
 * are replaced when present — `config` as a whole (partial merge semantics UNCONFIRMED, §5.4).
 * With `draft` true (`UpdateDraftInput`) `contract` and `secure` are applied too; otherwise they
 * are ignored, as `UpdateActionInput` has no such fields (§4.4). Throws ApiError 400 on a problem.
 */
export function applyUpdate(part: ActionPart, body: Record<string, unknown>, draft: boolean): ActionPart {
  const has = (k: string): boolean => body[k] !== undefined && body[k] !== null;
  throwFirst([
    ...textFieldProblems(body['name'], 'name', false),
    ...textFieldProblems(body['category'], 'category', false),
    ...(has('config') ? configProblems(body['config'], false) : []),
    ...(draft && has('contract') ? contractProblems(body['contract']) : []),
    ...(draft ? secureProblems(body['secure']) : []),
  ]);
  const next: ActionPart = structuredClone(part);
  if (has('name')) next.name = body['name'] as string;
  if (has('category')) next.category = body['category'] as string;
  if (has('config') && isObject(body['config'])) next.config = normaliseConfig(body['config']);
  if (draft && has('contract') && isObject(body['contract'])) next.contract = normaliseContract(body['contract']);
  if (draft && typeof body['secure'] === 'boolean') next.secure = body['secure'];
  return next;
}
