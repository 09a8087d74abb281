/**
 * The part of the output contract (`successSchema`, draft-04) that validates a given position of
 * the output: `properties` for a property name, `items` (the single-schema form) for an array
 * element. Genesys validates the parsed output against it (genesys-runtime.md §6).
 */
import type { JsonStep } from './json-cursor.js';

/** The output position as text for messages: `user.name`, `items[]`, `(the whole output)`. */
export function describePosition(path: readonly JsonStep[]): string {
  if (path.length === 0) return '(the whole output)';
  let s = '';
  for (const step of path) s += typeof step === 'string' ? (s ? `.${step}` : step) : '[]';
  return s;
}

function asSchema(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/**
 * The sub-schema of `schema` at `path`; undefined when the contract does not describe that
 * position (no such property, tuple-form `items`, or no schema there).
 */
export function schemaAt(schema: Record<string, unknown>, path: readonly JsonStep[]): Record<string, unknown> | undefined {
  let at: Record<string, unknown> | undefined = schema;
  for (const step of path) {
    if (!at) return undefined;
    if (typeof step === 'string') {
      const props = asSchema(at.properties);
      at = props && Object.prototype.hasOwnProperty.call(props, step) ? asSchema(props[step]) : undefined;
    } else at = asSchema(at.items);
  }
  return at;
}
