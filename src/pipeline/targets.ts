/**
 * Target integrations: which integration instance of the org each definition deploys into.
 *
 * UI exports name only an integration *type* (genesys-api.md §9), so the instance is chosen per
 * org: the `integration` input, by name or id, either once for all (applies to definitions of
 * that integration's type) or per type (`custom-rest-actions=My Web Services`, one per line).
 * Types the input does not cover use the org's only integration of that type.
 */
import type { Definition } from '../definitions/types.js';
import { pickIntegration } from '../genesys/integrations.js';
import type { Integration } from '../genesys/types.js';

/** The parsed `integration` input. */
export interface IntegrationSelector {
  /** integrationType id → integration name or id. */
  byType: Map<string, string>;
  /** A name or id given without a type. */
  any?: string;
}

/** A definition's target, or why there is none. */
export type TargetResult = { integration: Integration } | { error: string };

/**
 * Parses the `integration` input: lines (or commas) of `type=name-or-id`, or one bare name or id.
 * Throws an Error when two bare values are given (which one would apply is ambiguous).
 */
export function parseIntegrationSelector(value: string | undefined): IntegrationSelector {
  const selector: IntegrationSelector = { byType: new Map() };
  // Lines; within a line, commas separate entries only before another `type=` (names may hold commas).
  const entries = (value ?? '')
    .split(/\n/)
    .flatMap((line) => line.split(/,(?=\s*[a-z0-9-]+\s*=)/))
    .map((l) => l.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq > 0) {
      const type = entry.slice(0, eq).trim();
      if (selector.byType.has(type)) throw new Error(`Input "integration" names the type "${type}" twice.`);
      selector.byType.set(type, entry.slice(eq + 1).trim());
    } else if (selector.any !== undefined) {
      throw new Error(`Input "integration" names two integrations without a type ("${selector.any}", "${entry}"); write one line per type: <integrationType>=<name or id>.`);
    } else {
      selector.any = entry;
    }
  }
  return selector;
}

/**
 * Checks that every integration the selector names exists in the org (by id or exact name, of
 * the given type), so that a typo in the input is a configuration error, not a silent fallback.
 * @throws Error naming the entry and the integrations available.
 */
export function checkSelector(selector: IntegrationSelector, integrations: readonly Integration[]): void {
  try {
    for (const [type, nameOrId] of selector.byType) pickIntegration(integrations, nameOrId, type);
    if (selector.any !== undefined) pickIntegration(integrations, selector.any);
  } catch (e) {
    throw new Error(`Input "integration": ${errorText(e)}`);
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Chooses the integration for one definition, in this order: the input's line for the
 * definition's integration type; the definition's own `integrationId` when the org has it (an
 * error when that integration is of another type than the definition's integrationType); the
 * input's bare name or id (when its type matches, or the definition names no type); the org's
 * only integration of the definition's type. Pure.
 */
export function resolveTarget(definition: Definition, integrations: readonly Integration[], selector: IntegrationSelector): TargetResult {
  const type = definition.integrationType;
  try {
    if (type && selector.byType.has(type)) return { integration: pickIntegration(integrations, selector.byType.get(type)!, type) };
  } catch (e) {
    return { error: errorText(e) };
  }
  const own = definition.integrationId ? integrations.find((i) => i.id === definition.integrationId) : undefined;
  if (own) {
    if (type && own.integrationType?.id !== type) {
      return { error: `The definition's integrationId "${own.id}" is the ${own.integrationType?.id ?? 'unknown'} integration "${own.name}", but its integrationType is "${type}".` };
    }
    return { integration: own };
  }
  try {
    if (selector.any !== undefined) {
      const chosen = pickIntegration(integrations, selector.any);
      if (!type || chosen.integrationType.id === type) return { integration: chosen };
    }
  } catch (e) {
    return { error: errorText(e) };
  }
  if (!type) {
    const foreign = definition.integrationId ? `Its integrationId "${definition.integrationId}" does not exist in this org, and it names no integrationType` : 'The definition names no integrationType';
    return { error: `${foreign}; set the "integration" input to the target integration.` };
  }
  const ofType = integrations.filter((i) => i.integrationType?.id === type);
  if (ofType.length === 1) return { integration: ofType[0]! };
  if (ofType.length === 0) return { error: `The org has no integration of type "${type}". Create one in Admin > Integrations, or set the "integration" input.` };
  const names = ofType.map((i) => `"${i.name}"`).join(', ');
  return { error: `The org has ${ofType.length} integrations of type "${type}" (${names}); choose one with the "integration" input, e.g. ${type}=${ofType[0]!.name}.` };
}
