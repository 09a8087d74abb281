/**
 * Runs a stored data action through the project's dry-run engine, answering its remote call from
 * the {@link RemoteRegistry} (the test/execute endpoints, genesys-api.md §5.9–§5.11, §14.10).
 */
import type { Definition, RequestType } from '../src/definitions/types.js';
import type { OperationResult, TestExecutionResult } from '../src/dryrun/types.js';
import { STEP_NAMES } from '../src/dryrun/types.js';
import type { PartKind } from './render.js';
import type { RemoteRegistry } from './remotes.js';
import type { DryRunFunction, EmulatorState, StoredAction } from './types.js';

/** Number of the "Execute" step (genesys-runtime.md §2). */
export const EXECUTE_STEP = 8;

/**
 * The stored action part as a `Definition`: name, category, secure, config, contract, and
 * `integrationType`/`integrationId` from its integration. A missing `requestUrlTemplate` becomes
 * '' so that step 2 ("Validate draft definition") reports it.
 */
export function toDefinition(action: StoredAction, kind: PartKind, state: EmulatorState): Definition {
  const part = kind === 'draft' ? action.draft : action.published;
  if (!part) throw new Error(`action ${action.id} has no ${kind} part`);
  const integration = state.integrations.get(action.integrationId);
  const { request, response, timeoutSeconds } = structuredClone(part.config);
  const def: Definition = {
    name: part.name,
    category: part.category,
    integrationId: action.integrationId,
    secure: part.secure,
    config: {
      request: {
        requestUrlTemplate: request.requestUrlTemplate ?? '',
        requestType: request.requestType as RequestType,
        headers: request.headers,
        requestTemplate: request.requestTemplate,
      },
      response,
    },
    contract: structuredClone(part.contract),
  };
  if (timeoutSeconds !== undefined) def.config.timeoutSeconds = timeoutSeconds;
  if (integration) def.integrationType = integration.integrationType.id;
  return def;
}

/**
 * The step-8 failure of a call no fake answers: the connection-reset text Genesys reports
 * (`REST call for action execute failed. Message: Connection reset [<id>]`, genesys-runtime.md §2
 * table, §4 [DOC: S-500]), detail code `ACTION.REMOTE_ENDPOINT`.
 */
export function connectionFailure(before: readonly OperationResult[], correlationId: string): TestExecutionResult {
  const error = {
    message: `REST call for action execute failed. Message: Connection reset [${correlationId}]`,
    code: 'ACTION.REMOTE_ENDPOINT',
  };
  return {
    success: false,
    operations: [
      ...before.filter((o) => o.step < EXECUTE_STEP),
      { step: EXECUTE_STEP, name: STEP_NAMES[EXECUTE_STEP - 1], success: false, error },
    ],
    error: { ...error, step: EXECUTE_STEP },
  };
}

/** True when a result is the synthetic connection failure of {@link connectionFailure}. */
export function isConnectionFailure(result: TestExecutionResult): boolean {
  return result.error?.step === EXECUTE_STEP && result.error.message.includes('Message: Connection reset [');
}

/** Step 5's resolved URL: its `result` as a string, or a `{url}` object's `url`. */
function resolvedUrl(operations: readonly OperationResult[]): string | undefined {
  const r = operations.find((o) => o.step === 5)?.result;
  if (typeof r === 'string') return r;
  if (typeof r === 'object' && r !== null && typeof (r as { url?: unknown }).url === 'string') return (r as { url: string }).url;
  return undefined;
}

/**
 * Runs the action part with `input`. A first pass with a placeholder response resolves the
 * request (steps 1–7); if it fails before step 8 that trace is the answer. Otherwise the resolved
 * method and URL (step 5's result) pick a fake response; the second pass runs with it. No match →
 * {@link connectionFailure}. Errors thrown by the engine propagate.
 */
export function runAction(
  action: StoredAction,
  kind: PartKind,
  input: unknown,
  deps: { state: EmulatorState; remotes: RemoteRegistry; dryRun: DryRunFunction; correlationId: string },
): TestExecutionResult {
  const definition = toDefinition(action, kind, deps.state);
  const credentials = deps.state.integrations.get(action.integrationId)?.credentials;
  const base = { input, ...(credentials ? { credentials: structuredClone(credentials) } : {}) };
  const probe = deps.dryRun(definition, { ...base, response: { status: 200, body: {} } });
  const reached = probe.operations.some((o) => o.step >= EXECUTE_STEP);
  if (!probe.success && !reached) return probe;
  const url = resolvedUrl(probe.operations) ?? definition.config.request.requestUrlTemplate;
  const response = deps.remotes.find(definition.config.request.requestType, url);
  if (!response) return connectionFailure(probe.operations, deps.correlationId);
  return deps.dryRun(definition, { ...base, response });
}
