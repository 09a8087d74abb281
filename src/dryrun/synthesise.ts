import type { Definition, JsonSchema } from '../definitions/types.js';
import type { FilterExpression } from './jsonpath/filter-ast.js';
import { compileJsonPath } from './jsonpath/index.js';
import type { PathToken } from './jsonpath/tokens.js';
import type { DryRunCase } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function firstType(schema: unknown): string | undefined {
  if (!isObj(schema)) return undefined;
  const t = schema.type;
  if (Array.isArray(t)) return typeof t[0] === 'string' ? t[0] : undefined;
  return typeof t === 'string' ? t : undefined;
}

/** A dummy value for an input property: first enum value, else `"test"`, 1, 1.5, true or null by type (as corpus-smoke.sh). */
function inputValue(schema: unknown): unknown {
  if (isObj(schema) && Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  switch (firstType(schema)) {
    case 'integer':
      return 1;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return 'test';
  }
}

/** A sample instance of a schema (objects get every declared property, arrays one item). */
function sample(schema: unknown, depth = 0): unknown {
  if (depth > 20) return null;
  if (isObj(schema) && Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const type = firstType(schema) ?? (isObj(schema) && isObj(schema.properties) ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const out: Obj = {};
      const props = isObj(schema) && isObj(schema.properties) ? schema.properties : {};
      for (const [k, sub] of Object.entries(props)) out[k] = sample(sub, depth + 1);
      return out;
    }
    case 'array': {
      const items = isObj(schema) ? schema.items : undefined;
      return [sample(Array.isArray(items) ? items[0] : items, depth + 1)];
    }
    default:
      return inputValue(schema);
  }
}

/** The schema of a property named `name` anywhere in `schema`, if any. */
function findProperty(schema: unknown, name: string, depth = 0): unknown {
  if (!isObj(schema) || depth > 20) return undefined;
  if (isObj(schema.properties)) {
    if (Object.prototype.hasOwnProperty.call(schema.properties, name)) return schema.properties[name];
    for (const sub of Object.values(schema.properties)) {
      const hit = findProperty(sub, name, depth + 1);
      if (hit !== undefined) return hit;
    }
  }
  if (schema.items !== undefined) return findProperty(Array.isArray(schema.items) ? schema.items[0] : schema.items, name, depth + 1);
  return undefined;
}

/** Property assignments that make an item pass a simple filter (`@.a == 'x' && @.b == 1`). */
function filterWitness(expr: FilterExpression, item: Obj): void {
  if (expr.kind === 'and') expr.operands.forEach((e) => filterWitness(e, item));
  else if (expr.kind === 'or' && expr.operands[0]) filterWitness(expr.operands[0], item);
  else if (expr.kind === 'relation') {
    const { left, right, operator } = expr;
    if (left.kind !== 'path' || left.path.root !== '@') return;
    const names = left.path.tokens.map((t) => (t.kind === 'property' && t.names.length === 1 ? t.names[0] : undefined));
    if (names.some((n) => n === undefined)) return;
    let value: unknown;
    if (operator === 'EXISTS') value = 'test';
    else if (operator === '==' && right.kind === 'string') value = right.value;
    else if (operator === '==' && right.kind === 'number') value = right.value;
    else if (operator === '==' && right.kind === 'boolean') value = right.value;
    else if (operator === 'IN' && right.kind === 'json' && Array.isArray(right.value)) value = right.value[0];
    else return;
    let cur = item;
    names.forEach((n, i) => {
      if (i === names.length - 1) cur[n as string] ??= value;
      else cur = (cur[n as string] = isObj(cur[n as string]) ? cur[n as string] : {}) as Obj;
    });
  }
}

function containerFor(next: PathToken | undefined, leaf: unknown): unknown {
  if (!next) return leaf;
  switch (next.kind) {
    case 'property':
    case 'scan':
      return {};
    case 'function':
      return [leaf];
    default:
      return [];
  }
}

/** Adds what `tokens` need to `node` so that the path resolves to `leaf` where it can. */
function plant(node: unknown, tokens: PathToken[], i: number, leaf: unknown): void {
  const t = tokens[i];
  if (!t) return;
  const next = tokens[i + 1];
  const child = (existing: unknown) => (existing === undefined ? containerFor(next, leaf) : existing);
  switch (t.kind) {
    case 'property': {
      if (!isObj(node)) return;
      for (const name of t.names) {
        node[name] = child(node[name]);
        plant(node[name], tokens, i + 1, leaf);
      }
      return;
    }
    case 'scan':
      plant(node, tokens, i + 1, leaf);
      return;
    case 'index': {
      if (!Array.isArray(node)) return;
      const need = Math.max(...t.indexes.map((x) => (x < 0 ? -x : x + 1)));
      while (node.length < need && node.length < 100) node.push(containerFor(next, leaf));
      for (const x of t.indexes) {
        const k = x < 0 ? node.length + x : x;
        if (k >= 0 && k < node.length) plant(node[k], tokens, i + 1, leaf);
      }
      return;
    }
    case 'slice':
    case 'wildcard': {
      if (!Array.isArray(node)) return;
      if (node.length === 0) node.push(containerFor(next, leaf));
      plant(node[0], tokens, i + 1, leaf);
      return;
    }
    case 'filter': {
      if (!Array.isArray(node)) return;
      const item: Obj = {};
      filterWitness(t.expression, item);
      node.push(item);
      const after = tokens[i + 1];
      if (after?.kind === 'property' && after.names[0] !== undefined && tokens.length === i + 2) item[after.names[0]] ??= leaf;
      else plant(item, tokens, i + 1, leaf);
      return;
    }
    default:
      return;
  }
}

/**
 * Builds a dry-run case from a definition's contracts (the corpus smoke test's recipe, oracle
 * `corpus-smoke.sh`): each input property gets its first enum value, else `"test"`, `1`, `1.5`,
 * `true` or `null` by type; the recorded response is a 200 whose body is synthesised so that the
 * translation-map paths resolve where possible (objects/arrays created along each path, filter
 * conditions satisfied for simple `==`/existence tests, leaves sampled from the same-named
 * output property), merged over a sample of `successSchema` when the success template uses
 * `rawResult`.
 */
export function synthesiseCase(definition: Definition): DryRunCase {
  const input: Obj = {};
  const props = (definition.contract?.input?.inputSchema as JsonSchema | undefined)?.properties;
  if (isObj(props)) for (const [k, ps] of Object.entries(props)) input[k] = inputValue(ps);
  const successSchema = definition.contract?.output?.successSchema;
  const template = definition.config?.response?.successTemplate;
  const usesRaw = template === undefined || template === null || template.includes('rawResult');
  const sampled = usesRaw ? sample(successSchema) : undefined;
  const body: Obj = isObj(sampled) ? sampled : {};
  for (const [key, path] of Object.entries(definition.config?.response?.translationMap ?? {})) {
    if (typeof path !== 'string') continue;
    let tokens: PathToken[];
    try {
      const compiled = compileJsonPath(path);
      if (compiled.root !== '$') continue;
      tokens = compiled.tokens;
    } catch {
      continue;
    }
    const prop = findProperty(successSchema, key);
    const leaf = prop === undefined ? 'test' : sample(prop);
    plant(body, tokens, 0, leaf);
  }
  return { input, response: { status: 200, body } };
}
