import Ajv04Module from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';
import type { JsonSchema } from '../../definitions/types.js';
import type { JsonValue } from '../json/model.js';
import { toPlainJson } from '../json/model.js';
import { type SchemaIssue, toFgeIssues } from './fge-messages.js';

export type { SchemaIssue } from './fge-messages.js';

type Ajv04Class = typeof Ajv04Module.default;
type AjvInstance = InstanceType<Ajv04Class>;
const AjvCtor: Ajv04Class = (Ajv04Module as unknown as { default?: Ajv04Class }).default ?? (Ajv04Module as unknown as Ajv04Class);

/** Pointers of doubles with an integral value in the instance being validated (see below). */
let currentDoubles: ReadonlySet<string> = new Set();

/**
 * ajv-draft-04 set up like a lenient fge: all errors, no coercion, no defaults, formats not
 * checked (ajv-formats is not a dependency), and no meta-schema check (Genesys saves contracts
 * such as `"required": []`, which the draft-04 meta-schema rejects).
 */
function createAjv(): AjvInstance {
  const ajv = new AjvCtor({
    allErrors: true,
    strict: false,
    validateSchema: false,
    validateFormats: false,
    verbose: true,
    logger: false,
    coerceTypes: false,
    useDefaults: false,
    code: { optimize: false },
  });
  ajv.addKeyword({
    keyword: 'dryrunInteger',
    schemaType: 'array',
    errors: true,
    validate: function check(this: unknown, types: string[], data: unknown, _parent: unknown, cxt?: { instancePath: string }): boolean {
      if (typeof data !== 'number') return true;
      if (Number.isInteger(data) && !currentDoubles.has(cxt?.instancePath ?? '')) return true;
      (check as unknown as { errors: Partial<ErrorObject>[] }).errors = [{ keyword: 'dryrunInteger', params: { types }, message: 'must be integer' }];
      return false;
    },
  });
  return ajv;
}

const ajv = createAjv();
const compiled = new WeakMap<object, ValidateFunction>();

const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', 'dependencies'];
const SUBSCHEMAS = ['additionalProperties', 'additionalItems', 'not', 'items'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items'];

/**
 * Prepares a contract schema for ajv: `$schema`/`id` are dropped (the contract is validated as
 * draft-04 whatever it declares: genesys-runtime.md §7.2), and every `integer` type becomes
 * `number` plus a `dryrunInteger` check that also rejects integral *doubles* (`150.0`, `1e2`),
 * which fge classifies as numbers (genesys-runtime.md §6, oracle policy "integer check").
 */
function prepare(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(prepare);
  if (typeof schema !== 'object' || schema === null) return schema;
  const src = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === '$schema' || k === 'id') continue;
    if (SUBSCHEMA_MAPS.includes(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, Array.isArray(sub) ? sub : prepare(sub)]));
    } else if (SUBSCHEMAS.includes(k) || SUBSCHEMA_LISTS.includes(k)) {
      out[k] = typeof v === 'boolean' ? v : prepare(v);
    } else out[k] = v;
  }
  const type = src.type;
  const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
  if (types.includes('integer') && !types.includes('number')) {
    out.type = typeof type === 'string' ? 'number' : types.map((t) => (t === 'integer' ? 'number' : t));
    out.dryrunInteger = types;
  }
  return out;
}

/**
 * Compiles a contract schema (cached per schema object).
 * @throws Error with ajv's message when the schema is not a usable draft-04 schema.
 */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  const hit = compiled.get(schema);
  if (hit) return hit;
  const fn = ajv.compile(prepare(schema) as object);
  compiled.set(schema, fn);
  return fn;
}

/**
 * Validates a value (in the dry-run JSON model) against a draft-04 contract schema with
 * ajv-draft-04, without coercion and with fge's integer rule. A big integer
 * (`JavaBigInteger`, beyond 2^53) is validated as its nearest double, so it is an `integer` and
 * a `number`, as fge judges a Long/BigInteger (oracle: input schema `integer`/`number` accept
 * 9223372036854775808); `enum`, `minimum`/`maximum` and `multipleOf` see that rounded value
 * (fge compares exactly).
 * @returns the fge-style issues; empty when valid.
 * @throws Error when the schema itself cannot be compiled.
 */
export function validateAgainstSchema(value: JsonValue, schema: JsonSchema): SchemaIssue[] {
  const fn = compileSchema(schema);
  const doubles = new Set<string>();
  const plain = toPlainJson(value, doubles);
  currentDoubles = doubles;
  try {
    if (fn(plain)) return [];
    return toFgeIssues(fn.errors ?? [], doubles);
  } finally {
    currentDoubles = new Set();
  }
}

/**
 * The Genesys-style failure text (genesys-runtime.md §6, wrapper of S-FORUM-SUBOBJ):
 * `JSON failed <kind> schema validation for the following reasons: Schema: # @<ptr>. Error
 * location: <ptr>. <fge message>`; several issues are joined with `; `.
 */
export function formatSchemaFailure(kind: 'input' | 'output', issues: readonly SchemaIssue[]): string {
  const reasons = issues.map((i) => `Schema: # @${i.schemaPointer}. Error location: ${i.instancePointer}. ${i.message}`);
  return `JSON failed ${kind} schema validation for the following reasons: ${reasons.join('; ')}`;
}
