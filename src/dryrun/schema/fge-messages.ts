import type { ErrorObject } from 'ajv-draft-04';

/** One validation failure in the fge json-schema-validator's terms. */
export interface SchemaIssue {
  /** JSON pointer of the schema object holding the failing keyword ("" for the root). */
  schemaPointer: string;
  /** JSON pointer of the failing instance ("" for the root). */
  instancePointer: string;
  /** fge-style message, e.g. `instance type (string) does not match any allowed primitive type (allowed: ["integer"])`. */
  message: string;
}

/** The fge type name of a JSON value (genesys-runtime.md §6). */
export function fgeType(v: unknown, lexicalDouble: boolean): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) && !lexicalDouble ? 'integer' : 'number';
  if (typeof v === 'object') return 'object';
  return typeof v;
}

const json = (v: unknown) => JSON.stringify(v);

/**
 * Turns ajv errors into fge-style issues (the wording Genesys shows: genesys-runtime.md §6,
 * S-FORUM-SUBOBJ): `required` and `additionalProperties` errors of one object are merged into
 * one sorted list, as fge reports them; sub-errors of `anyOf`/`oneOf`/`not` are folded into the
 * combinator's own message. Keywords without a known fge wording keep ajv's message.
 */
export function toFgeIssues(errors: readonly ErrorObject[], doubles: ReadonlySet<string>): SchemaIssue[] {
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'not');
  const kept = errors.filter((e) => !combinators.some((c) => c !== e && e.schemaPath.startsWith(`${c.schemaPath}/`)));
  const issues: SchemaIssue[] = [];
  const grouped = new Map<string, { issue: SchemaIssue; names: string[]; kind: string }>();
  for (const e of kept) {
    const schemaPointer = e.schemaPath.replace(/^#/, '').replace(/\/[^/]*$/, '');
    const instancePointer = e.instancePath;
    if (e.keyword === 'required' || e.keyword === 'additionalProperties') {
      const key = `${e.keyword}|${schemaPointer}|${instancePointer}`;
      const name = String((e.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ?? (e.params as { additionalProperty?: string }).additionalProperty);
      const g = grouped.get(key);
      if (g) g.names.push(name);
      else {
        const issue: SchemaIssue = { schemaPointer, instancePointer, message: '' };
        grouped.set(key, { issue, names: [name], kind: e.keyword });
        issues.push(issue);
      }
      continue;
    }
    issues.push({ schemaPointer, instancePointer, message: fgeMessage(e, doubles) });
  }
  for (const g of grouped.values()) {
    const names = json([...g.names].sort());
    g.issue.message =
      g.kind === 'required'
        ? `object has missing required properties (${names})`
        : `object instance has properties which are not allowed by the schema: ${names}`;
  }
  return issues;
}

function fgeMessage(e: ErrorObject, doubles: ReadonlySet<string>): string {
  const p = e.params as Record<string, unknown>;
  const data = e.data;
  switch (e.keyword) {
    case 'type':
    case 'dryrunInteger': {
      const original = (e.parentSchema as { dryrunInteger?: string[] } | undefined)?.dryrunInteger;
      const allowed = e.keyword === 'type' ? (original ?? String(p.type).split(',')) : (p.types as string[]);
      return `instance type (${fgeType(data, doubles.has(e.instancePath))}) does not match any allowed primitive type (allowed: ${json([...allowed].sort())})`;
    }
    case 'enum':
      return `instance value (${json(data)}) not found in enum (possible values: ${json(p.allowedValues)})`;
    case 'minLength':
      return `string ${json(data)} is too short (length: ${String(data).length}, required minimum: ${String(p.limit)})`;
    case 'maxLength':
      return `string ${json(data)} is too long (length: ${String(data).length}, maximum allowed: ${String(p.limit)})`;
    case 'pattern':
      return `ECMA 262 regex ${json(p.pattern)} does not match input string ${json(data)}`;
    case 'minimum':
      return p.exclusive
        ? `numeric instance is not strictly greater than the required minimum ${String(p.limit)}`
        : `numeric instance is lower than the required minimum (minimum: ${String(p.limit)}, found: ${String(data)})`;
    case 'maximum':
      return p.exclusive
        ? `numeric instance is not strictly lower than the required maximum ${String(p.limit)}`
        : `numeric instance is greater than the required maximum (maximum: ${String(p.limit)}, found: ${String(data)})`;
    case 'minItems':
      return `array is too short: must have at least ${String(p.limit)} elements but instance has ${Array.isArray(data) ? data.length : '?'} elements`;
    case 'maxItems':
    case 'additionalItems':
      return `array is too long: must have at most ${String(p.limit)} elements but instance has ${Array.isArray(data) ? data.length : '?'} elements`;
    case 'uniqueItems':
      return 'array must not contain duplicate elements';
    case 'multipleOf':
      return `remainder of division is not zero (${String(data)} / ${String(p.multipleOf)})`;
    case 'minProperties':
      return `object has too few properties (found ${data && typeof data === 'object' ? Object.keys(data).length : '?'} but schema requires at least ${String(p.limit)})`;
    case 'maxProperties':
      return `object has too many properties (found ${data && typeof data === 'object' ? Object.keys(data).length : '?'} but schema requires at most ${String(p.limit)})`;
    case 'anyOf':
      return `instance failed to match at least one required schema among ${Array.isArray(e.schema) ? e.schema.length : '?'}`;
    case 'oneOf':
      return `instance failed to match exactly one schema (matched ${p.passingSchemas === null ? 0 : Array.isArray(p.passingSchemas) ? p.passingSchemas.length : 1} out of ${Array.isArray(e.schema) ? e.schema.length : '?'})`;
    case 'not':
      return 'instance matched a schema which it should not have';
    case 'dependencies':
      return `property ${json(p.property)} of object has missing property dependencies (requires ${json(String(p.deps).split(', '))})`;
    default:
      return e.message ?? `failed keyword ${e.keyword}`;
  }
}
