/**
 * Integrations: the parents of data actions (genesys-api.md §8). A definition names its target
 * integration; this module finds it in the org.
 */
import type { ApiRequester } from './http.js';
import { listAllPages } from './paging.js';
import type { Integration } from './types.js';

const INTEGRATIONS_PATH = '/api/v2/integrations';

/**
 * Lists every integration of the org (`GET /api/v2/integrations`, all pages, §8.2).
 * Permission `integrations:integration:view`.
 *
 * @throws GenesysApiError
 */
export async function listIntegrations(api: ApiRequester): Promise<Integration[]> {
  return listAllPages<Integration>(api, INTEGRATIONS_PATH);
}

/** No integration, or more than one, matches the name or id a definition gives. */
export class IntegrationResolutionError extends Error {
  /** The name or id that was looked up. */
  readonly wanted: string;
  /** The integrations that could have been meant (all matches, or the available ones). */
  readonly candidates: Integration[];
  constructor(message: string, wanted: string, candidates: Integration[]) {
    super(message);
    this.name = 'IntegrationResolutionError';
    this.wanted = wanted;
    this.candidates = candidates;
  }
}

function describe(integration: Integration): string {
  return `"${integration.name}" (${integration.integrationType?.id ?? 'unknown type'}, id ${integration.id})`;
}

/**
 * Picks the integration whose id equals `nameOrId`, else the one whose name equals it exactly
 * (case-sensitive). Integration names are not unique in Genesys (genesys-api.md §7, TF issue
 * #2437), so several matches are an error, as is none. When `integrationType` is given, only
 * integrations of that type id (e.g. `custom-rest-actions`) are considered.
 * Pure: works on a list from `listIntegrations`.
 *
 * @throws IntegrationResolutionError listing the candidates (matches, or all available ones).
 */
export function pickIntegration(
  integrations: readonly Integration[],
  nameOrId: string,
  integrationType?: string,
): Integration {
  const pool = integrationType
    ? integrations.filter((i) => i.integrationType?.id === integrationType)
    : [...integrations];
  const byId = pool.find((i) => i.id === nameOrId);
  if (byId) return byId;
  const byName = pool.filter((i) => i.name === nameOrId);
  if (byName.length === 1) return byName[0]!;
  const typeNote = integrationType ? ` of type ${integrationType}` : '';
  if (byName.length > 1) {
    throw new IntegrationResolutionError(
      `${byName.length} integrations${typeNote} are named "${nameOrId}": ${byName.map(describe).join(', ')}. ` +
        'Give the integration id instead, or rename one of them.',
      nameOrId,
      byName,
    );
  }
  const available = pool.length
    ? `Available: ${pool.slice(0, 25).map(describe).join(', ')}${pool.length > 25 ? `, and ${pool.length - 25} more` : ''}.`
    : `The org has no integrations${typeNote}.`;
  throw new IntegrationResolutionError(
    `No integration${typeNote} is named "${nameOrId}" or has that id. ${available}`,
    nameOrId,
    pool,
  );
}

/**
 * Lists the org's integrations and resolves one by id or exact name (see `pickIntegration`).
 *
 * @throws GenesysApiError when listing fails; IntegrationResolutionError when none or several match.
 */
export async function resolveIntegration(
  api: ApiRequester,
  nameOrId: string,
  integrationType?: string,
): Promise<Integration> {
  return pickIntegration(await listIntegrations(api), nameOrId, integrationType);
}
