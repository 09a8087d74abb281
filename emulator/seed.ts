/**
 * Default seed and seeding helpers: integrations and actions placed directly in the store,
 * bypassing the API (and its validation gates beyond shape checks).
 */
import { randomUUID } from 'node:crypto';
import type { ActionContract } from '../src/definitions/types.js';
import { normaliseConfig, normaliseContract } from './normalise.js';
import { configProblems, contractProblems, isObject } from './rules.js';
import type { EmulatorClient, EmulatorIntegrationSeed, EmulatorState, StoredAction, StoredIntegration } from './types.js';

/** Client id of the default OAuth client. */
export const DEFAULT_CLIENT_ID = 'emulator-client';
/** Secret of the default OAuth client: a fixed demo value of this emulator, not a real secret. */
export const DEFAULT_CLIENT_SECRET = 'emulator-secret';

/** The default client, with all permissions. */
export const DEFAULT_CLIENTS: readonly EmulatorClient[] = [{ clientId: DEFAULT_CLIENT_ID, clientSecret: DEFAULT_CLIENT_SECRET }];

/** The default integrations: one of each data-action integration type (genesys-api.md §8.1). */
export const DEFAULT_INTEGRATIONS: readonly EmulatorIntegrationSeed[] = [
  { name: 'Web Services Data Actions', integrationType: 'custom-rest-actions' },
  { name: 'Genesys Cloud Data Actions', integrationType: 'purecloud-data-actions' },
];

/** UI names of the integration types (genesys-api.md §8.1). */
const TYPE_NAMES: Record<string, string> = {
  'custom-rest-actions': 'Web Services Data Actions',
  'purecloud-data-actions': 'Genesys Cloud Data Actions',
  'function-data-actions': 'Function Data Actions',
  'aws-lambda-data-actions': 'AWS Lambda Data Actions',
};

/**
 * An action to seed. Accepts a Genesys UI export (`*.custom.json`) as is: its `integrationType`
 * picks the first integration of that type unless `integrationId` is given; extra fields such as
 * `actionType` are ignored.
 */
export interface ActionSeed {
  id?: string;
  integrationId?: string;
  integrationType?: string;
  name: string;
  /** Defaults to the integration's name (the UI default, genesys-api.md §7). */
  category?: string;
  secure?: boolean;
  config: unknown;
  contract: ActionContract | Record<string, unknown>;
  /** `published` (default), `draft` (never published) or `both` (published plus an open draft). */
  state?: 'published' | 'draft' | 'both';
  /** Version of the published part (default 1); an open draft starts at 1. */
  version?: number;
}

/** Seeding helpers bound to one store. */
export interface Seeder {
  /** Adds an integration; returns it as stored. */
  integration(seed: EmulatorIntegrationSeed): StoredIntegration;
  /**
   * Adds an action. Throws Error when no integration fits, or when config/contract are
   * malformed (the rules of POST bodies).
   */
  action(seed: ActionSeed): StoredAction;
  /** Adds (or replaces) an OAuth client. */
  client(client: EmulatorClient): void;
}

/** Builds a stored integration from a seed. */
export function makeIntegration(seed: EmulatorIntegrationSeed): StoredIntegration {
  const out: StoredIntegration = {
    id: seed.id ?? randomUUID(),
    name: seed.name,
    integrationType: { id: seed.integrationType, name: TYPE_NAMES[seed.integrationType] ?? seed.integrationType },
    intendedState: 'ENABLED',
  };
  if (seed.credentials) out.credentials = structuredClone(seed.credentials);
  return out;
}

/** Creates the seeding helpers for a store; `addClient` registers OAuth clients. */
export function createSeeder(state: EmulatorState, addClient: (c: EmulatorClient) => void): Seeder {
  return {
    integration(seed) {
      const i = makeIntegration(seed);
      state.integrations.set(i.id, i);
      return i;
    },
    action(seed) {
      const integration = seed.integrationId
        ? state.integrations.get(seed.integrationId)
        : [...state.integrations.values()].find((i) => !seed.integrationType || i.integrationType.id === seed.integrationType);
      if (!integration) throw new Error(`seed.action: no integration for ${seed.integrationId ?? seed.integrationType ?? 'any type'}`);
      const problems = [...configProblems(seed.config, false), ...contractProblems(seed.contract)];
      if (problems.length) throw new Error(`seed.action: ${problems[0]!.message}`);
      const part = {
        name: seed.name,
        category: seed.category ?? integration.name,
        secure: seed.secure === true,
        config: normaliseConfig(seed.config as Record<string, unknown>),
        contract: normaliseContract(isObject(seed.contract) ? seed.contract : {}),
        version: seed.version ?? 1,
      };
      const action: StoredAction = { id: seed.id ?? randomUUID(), integrationId: integration.id };
      const mode = seed.state ?? 'published';
      if (mode !== 'draft') action.published = part;
      if (mode !== 'published') action.draft = { ...structuredClone(part), version: 1 };
      state.actions.set(action.id, action);
      return action;
    },
    client(client) {
      addClient(client);
    },
  };
}
