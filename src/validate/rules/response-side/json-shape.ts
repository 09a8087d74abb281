/**
 * Statically known JSON types of translation values and template literals, and whether an output
 * contract type accepts them. Genesys validates the output with the fge draft-04 validator, which
 * does not coerce and judges integers lexically: `6.0` is a `number`, not an `integer`
 * (genesys-runtime.md §6).
 */
import { JavaBigInteger } from '../../../dryrun/json/java-big-integer.js';
import { JavaDouble } from '../../../dryrun/json/java-double.js';
import type { JsonValue } from '../../../dryrun/json/model.js';
import { parseJson } from '../../../dryrun/json/parse.js';

/** The draft-04 primitive types. */
export type JsonKind = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

/**
 * A statically known JSON type. `number` always means "written with a fraction or exponent"
 * (a Java Double such as Jayway's `sum()` result `6.0`, or a literal like `1.5`), which the
 * draft-04 `integer` type rejects. `items` is the type of the elements (or of the first
 * element, for a literal) when known.
 */
export interface Shape {
  kind: JsonKind;
  items?: Shape;
}

/** The type of a parsed JSON value (arrays: the type of their first element). */
export function shapeOfValue(v: JsonValue): Shape {
  if (v === null) return { kind: 'null' };
  if (typeof v === 'boolean') return { kind: 'boolean' };
  if (typeof v === 'number' || v instanceof JavaBigInteger) return { kind: 'integer' };
  if (v instanceof JavaDouble) return { kind: 'number' };
  if (typeof v === 'string') return { kind: 'string' };
  if (Array.isArray(v)) return v.length > 0 ? { kind: 'array', items: shapeOfValue(v[0] as JsonValue) } : { kind: 'array' };
  return { kind: 'object' };
}

/**
 * The type of a JSON text such as a translationMapDefaults value (`"\"x\""` → string, `0` →
 * integer, `[]` → array); undefined when the text is not one strict JSON value.
 */
export function literalShape(text: string): Shape | undefined {
  try {
    return shapeOfValue(parseJson(text));
  } catch {
    return undefined;
  }
}

/** The element list of a literal JSON array text (undefined when the text is not an array). */
export function literalArray(text: string): JsonValue[] | undefined {
  try {
    const v = parseJson(text);
    return Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The `type` keyword of a draft-04 schema as a list; undefined when absent or malformed. */
export function schemaTypes(schema: Record<string, unknown> | undefined): JsonKind[] | undefined {
  const t = schema?.type;
  if (typeof t === 'string') return [t as JsonKind];
  if (Array.isArray(t) && t.length > 0 && t.every((x) => typeof x === 'string')) return t as JsonKind[];
  return undefined;
}

/**
 * True when the draft-04 `types` accept a value of type `shape` (an `integer` is also a
 * `number`; a `number` here is never an `integer`, see {@link Shape}). Only the top-level kind is
 * compared: array items are left to the contract's own `items`.
 */
export function accepts(types: readonly JsonKind[], shape: Shape): boolean {
  if (types.includes(shape.kind)) return true;
  return shape.kind === 'integer' && types.includes('number');
}

const ARTICLE: Record<JsonKind, string> = { null: 'null', boolean: 'a boolean', integer: 'an integer', number: 'a decimal number', string: 'a string', array: 'a JSON array', object: 'a JSON object' };
const PLURAL: Record<JsonKind, string> = { null: 'nulls', boolean: 'booleans', integer: 'integers', number: 'decimal numbers', string: 'strings', array: 'arrays', object: 'objects' };

/** "a string", "an integer", "a JSON array of integers" … for messages. */
export function describeShape(shape: Shape): string {
  if (shape.kind === 'array' && shape.items) return `a JSON array of ${PLURAL[shape.items.kind]}`;
  return ARTICLE[shape.kind];
}

/** "string", "integer or null" … for messages about a contract type. */
export function describeTypes(types: readonly JsonKind[]): string {
  return types.length === 1 ? (types[0] as string) : `${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`;
}

/**
 * A JSON literal of a contract type, as it must be written in translationMapDefaults (the
 * value is JSON text, so a string needs its own quotes), for fix hints. `example` is used for
 * strings and array items.
 */
export function literalFor(types: readonly JsonKind[] | undefined, example = ''): string {
  const t = types?.find((x) => x !== 'null') ?? types?.[0];
  switch (t) {
    case 'integer':
    case 'number':
      return '0';
    case 'boolean':
      return 'false';
    case 'array':
      return '[]';
    case 'object':
      return '{}';
    case 'null':
      return 'null';
    default:
      return JSON.stringify(example);
  }
}
