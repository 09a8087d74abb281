/**
 * Field-level differences between two normalised actions.
 */
import { canonicalJson } from './normalise.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Dotted paths where `desired` and `actual` differ, e.g. `config.request.requestTemplate`,
 * `config.request.headers.Accept`, `contract.input.inputSchema.properties.id.type`.
 * Objects are compared member by member (a member present on one side only is reported at its own
 * path); arrays and scalars are compared whole. Paths come out in sorted key order. Map keys
 * are joined as they are, so a key containing a dot reads ambiguously — such keys are rare.
 * Meant for `normaliseAction` output; pure.
 */
export function diffFields(desired: unknown, actual: unknown, prefix = ''): string[] {
  if (isPlainObject(desired) && isPlainObject(actual)) {
    const keys = [...new Set([...Object.keys(desired), ...Object.keys(actual)])].sort();
    return keys.flatMap((key) => diffFields(desired[key], actual[key], prefix ? `${prefix}.${key}` : key));
  }
  if (desired === undefined && actual === undefined) return [];
  return canonicalJson(desired) === canonicalJson(actual) ? [] : [prefix || '(root)'];
}
