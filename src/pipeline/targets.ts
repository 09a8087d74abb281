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
  for (const line of (value ?? '').split(/\n/).map((l) => l.trim()).filter(Boolean)) {
    const eq = line.indexOf('=');
    if (eq > 0) {
      selector.byType.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    } else if (selector.any !== undefined) {
      throw new Error(`Input "integration" names two integrations without a type ("${selector.any}", "${line}"); write one line per type: <integrationType>=<name or id>.`);
    } else {
      selector.any = line;
    }
  }
  return selector;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Chooses the integration for one definition, in this order: the input's line for the
 * definition's integration type; the input's bare name or id (when its type matches, or the
 * definition names no type); the definition's own `integrationId` when the org has it; the org's
 * only integration of the definition's type. Pure.
 */
export function resolveTarget(definition: Definition, integrations: readonly Integration[], selector: IntegrationSelector): TargetResult {
  const type = definition.integrationType;
  try {
    if (type && selector.byType.has(type)) return { integration: pickIntegration(integrations, selector.byType.get(type)!, type) };
    if (selector.any !== undefined) {
      const chosen = pickIntegration(integrations, selector.any);
      if (!type || chosen.integrationType.id === type) return { integration: chosen };
    }
  } catch (e) {
    return { error: errorText(e) };
  }
  if (definition.integrationId) {
    const own = integrations.find((i) => i.id === definition.integrationId);
    if (own) return { integration: own };
  }
  if (!type) {
    return { error: 'The definition names no integrationType; set the "integration" input to the target integration.' };
  }
  const ofType = integrations.filter((i) => i.integrationType?.id === type);
  if (ofType.length === 1) return { integration: ofType[0]! };
  if (ofType.length === 0) return { error: `The org has no integration of type "${type}". Create one in Admin > Integrations, or set the "integration" input.` };
  const names = ofType.map((i) => `"${i.name}"`).join(', ');
  return { error: `The org has ${ofType.length} integrations of type "${type}" (${names}); choose one with the "integration" input, e.g. ${type}=${ofType[0]!.name}.` };
}
