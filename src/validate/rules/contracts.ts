/**
 * Rule family "contracts": `contract.input.inputSchema` and `contract.output.successSchema`
 * must be valid JSON Schema draft-04 documents, the dialect Genesys writes and validates with
 * (genesys-runtime.md §6, §7; rule `contract-schema`), and keep to what Genesys contracts support
 * (§7; rules `contract-ref`, `input-contract`, `input-reserved-name`, `output-nested-array`,
 * `contract-keyword-unsupported`, `contract-required-unknown`).
 */
import AjvDraft04Module from 'ajv-draft-04';
import { escapePointerToken } from '../../definitions/json-source.js';
import { cjsDefault } from '../../util/interop.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../locate.js';
import type { DocumentContext } from '../context.js';
import { fieldName } from './structure.js';
import { editDistance } from './unknown-keys.js';

const AjvDraft04 = cjsDefault(AjvDraft04Module);
const metaValidator = new AjvDraft04({ allErrors: true, strict: false, validateSchema: false });

const INPUT_POINTER = '/contract/input/inputSchema';
const OUTPUT_POINTER = '/contract/output/successSchema';
const CONTRACTS = [
  { pointer: INPUT_POINTER, label: 'contract.input.inputSchema' },
  { pointer: OUTPUT_POINTER, label: 'contract.output.successSchema' },
] as const;

function at(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const token of pointer.slice(1).split('/')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[token];
  }
  return cur;
}

/** Checks both contracts against the draft-04 meta-schema. Missing contracts are left to `structure`. */
export function checkContracts(ctx: DocumentContext): Finding[] {
  const findings: Finding[] = [];
  for (const { pointer, label } of CONTRACTS) {
    const schema = at(ctx.doc, pointer);
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) continue;
    // Genesys validates contracts as draft-04 whatever `$schema` says (genesys-runtime.md §6);
    // ajv would look the `$schema` URI up and fail on any other spelling.
    const { $schema: _ignored, ...body } = schema as Record<string, unknown>;
    if (metaValidator.validateSchema(body)) continue;
    // One finding per place: the meta-schema reports a bad `type` three times (enum, array, anyOf).
    const seen = new Set<string>();
    for (const e of metaValidator.errors ?? []) {
      if (seen.has(e.instancePath)) continue;
      seen.add(e.instancePath);
      const where = pointer + e.instancePath;
      const field = `${label}${e.instancePath.replace(/\//g, '.')}`;
      const message = e.instancePath.endsWith('/type')
        ? `${field} is not a JSON Schema type: use string, integer, number, boolean, object, array or null (or a list of them).`
        : `${field} ${e.message ?? 'is invalid'} (JSON Schema draft-04).`;
      findings.push(
        findingAt('contract-schema', ctx.file, ctx.map, { pointer: where }, message, {
          hint: 'Contracts are JSON Schema draft-04 documents; see https://json-schema.org/draft-04/json-schema-validation.',
        }),
      );
    }
  }
  return findings;
}

/** The types an input-contract property may have (genesys-runtime.md §7.1, S-CONTRACT). */
const INPUT_TYPES = ['string', 'integer', 'number', 'boolean', 'null'];
/** Input property names Genesys accepts (the pattern in its validator's schema pointer, §7.1). */
const INPUT_NAME = /^[a-zA-Z][a-zA-Z0-9_-]*$/;
/** Input names Genesys reserves and overwrites (S-CONTRACT). */
const RESERVED_INPUTS = ['orgId', 'integrationId', 'rawRequest'];

function findRefs(value: unknown, pointer: string, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => findRefs(v, `${pointer}/${i}`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = `${pointer}/${escapePointerToken(k)}`;
      if (k === '$ref') out.push(p);
      else findRefs(v, p, out);
    }
  }
}

/** Where draft-04 (and later drafts) nest subschemas: maps of schemas, single schemas, lists. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'dependencies'];
const SCHEMA_SINGLES = ['additionalProperties', 'additionalItems', 'items', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties'];
const SCHEMA_LISTS = ['items', 'allOf', 'anyOf', 'oneOf', 'prefixItems'];

const isSchema = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Calls `visit` for `schema` and every subschema below it (depth first, document order), with the
 * JSON pointer of each. Keys of `properties` and values of `enum`/`default` are never taken for
 * keywords.
 */
export function forEachSubschema(schema: unknown, pointer: string, visit: (schema: Record<string, unknown>, pointer: string) => void): void {
  if (!isSchema(schema)) return;
  visit(schema, pointer);
  for (const [key, value] of Object.entries(schema)) {
    const p = `${pointer}/${escapePointerToken(key)}`;
    if (SCHEMA_MAPS.includes(key) && isSchema(value)) {
      for (const [name, sub] of Object.entries(value)) forEachSubschema(sub, `${p}/${escapePointerToken(name)}`, visit);
    } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      value.forEach((sub, i) => forEachSubschema(sub, `${p}/${i}`, visit));
    } else if (SCHEMA_SINGLES.includes(key)) {
      forEachSubschema(value, p, visit);
    }
  }
}

/** Genesys contract restrictions of the input contract: `input-contract`, `input-reserved-name`. */
function checkInputContract(ctx: DocumentContext): Finding[] {
  const findings: Finding[] = [];
  const input = at(ctx.doc, INPUT_POINTER) as Record<string, unknown>;
  if (input.type !== undefined && input.type !== 'object') {
    findings.push(findingAt('input-contract', ctx.file, ctx.map, { pointer: `${INPUT_POINTER}/type` }, `The input contract must be an object schema ("type": "object"), not ${JSON.stringify(input.type)}.`));
  }
  const props = isSchema(input.properties) ? input.properties : {};
  for (const [name, schema] of Object.entries(props)) {
    const p = `${INPUT_POINTER}/properties/${escapePointerToken(name)}`;
    if (!INPUT_NAME.test(name)) {
      findings.push(findingAt('input-contract', ctx.file, ctx.map, { pointer: p, atKey: true }, `Input "${name}": names must start with a letter and hold only letters, digits, "-" and "_".`));
    }
    if (RESERVED_INPUTS.includes(name)) {
      findings.push(findingAt('input-reserved-name', ctx.file, ctx.map, { pointer: p, atKey: true }, `Input "${name}" is reserved by Genesys and will be overwritten.`, { hint: 'Rename the input.' }));
    }
    const type = (schema as { type?: unknown } | null)?.type;
    const types = Array.isArray(type) ? type : type === undefined ? [] : [type];
    const bad = types.filter((t) => !INPUT_TYPES.includes(t as string));
    if (bad.length > 0) {
      findings.push(
        findingAt('input-contract', ctx.file, ctx.map, { pointer: `${p}/type` }, `Input "${name}" has type ${bad.map((t) => JSON.stringify(t)).join(', ')}; input contracts accept only string, integer, number, boolean and null (no objects or arrays).`, {
          hint: 'Flatten nested inputs into separate properties, or pass JSON text in a string.',
        }),
      );
    }
  }
  return findings;
}

/** True when a schema declares the array type (`"array"` or a type list holding it). */
function declaresArray(schema: unknown): boolean {
  if (!isSchema(schema)) return false;
  return schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'));
}

/**
 * `output-nested-array`: an array schema of the output contract whose items (or, in tuple form,
 * one of them) are arrays. S-CONTRACT: "The output contract does not support nested arrays"
 * (genesys-runtime.md §6, §7.2).
 */
function checkNestedArrays(ctx: DocumentContext): Finding[] {
  const findings: Finding[] = [];
  const hint = 'Wrap the inner array in an object: "items": {"type": "object", "properties": {"values": {"type": "array", ...}}}.';
  forEachSubschema(at(ctx.doc, OUTPUT_POINTER), OUTPUT_POINTER, (schema, pointer) => {
    const items = schema.items;
    const inner = Array.isArray(items) ? items.map((s, i) => ({ s, p: `${pointer}/items/${i}` })) : [{ s: items, p: `${pointer}/items` }];
    for (const { s, p } of inner) {
      if (!declaresArray(s)) continue;
      findings.push(findingAt('output-nested-array', ctx.file, ctx.map, { pointer: `${p}/type` }, `${fieldName(pointer)} is an array of arrays; Genesys output contracts do not support nested arrays.`, { hint }));
    }
  });
  return findings;
}

/**
 * Keywords of later JSON Schema drafts that constrain a value. Genesys validates contracts as
 * draft-04 (genesys-runtime.md §6, §7.2), which ignores them: the constraint is never checked.
 * Annotations (`examples`, `$comment`, `readOnly`, ...) are harmless and not listed.
 */
const LATER_DRAFT_KEYWORDS: Record<string, string> = {
  const: 'Use "enum": [value] instead.',
  contains: 'Draft-04 has no equivalent; check the items in the flow instead.',
  propertyNames: 'Use "patternProperties" with "additionalProperties": false, or drop it.',
  if: 'Draft-04 has no conditionals; drop "if"/"then"/"else".',
  then: 'Draft-04 has no conditionals; drop "if"/"then"/"else".',
  else: 'Draft-04 has no conditionals; drop "if"/"then"/"else".',
  prefixItems: 'Use the draft-04 tuple form: "items": [schema, ...].',
  dependentRequired: 'Use draft-04 "dependencies": {"a": ["b"]}.',
  dependentSchemas: 'Use draft-04 "dependencies": {"a": {schema}}.',
  unevaluatedProperties: 'Use "additionalProperties".',
  unevaluatedItems: 'Use "additionalItems".',
  minContains: 'Draft-04 has no equivalent; drop it.',
  maxContains: 'Draft-04 has no equivalent; drop it.',
};

/**
 * Draft-04 keywords that Genesys validates but that flows cannot represent: Architect builds flow
 * variables from "type", "properties" and "items", and the input contract must be a simple
 * properties schema (genesys-runtime.md §7.1, §7.2; S-CONTRACT).
 */
const NOT_REPRESENTABLE = ['oneOf', 'anyOf', 'allOf', 'not', 'patternProperties'];

const COMBINE_HINT = 'Declare one "type" (with "properties" for an object, "items" for an array) instead of combining schemas.';
const NOT_REPRESENTABLE_HINT: Record<string, string> = {
  oneOf: COMBINE_HINT,
  anyOf: COMBINE_HINT,
  allOf: COMBINE_HINT,
  not: 'Use "enum" for a fixed set of values, or check the value in the flow.',
  patternProperties: 'Declare each property by name in "properties".',
};

/** The message for a draft-04 keyword flows cannot represent; `typed`: the schema also has a "type". */
function notRepresentable(key: string, where: string, typed: boolean): string {
  if (key === 'patternProperties') return `"patternProperties" in ${where}: keys matched only by a pattern are not declared properties, so flows cannot read or supply them.`;
  if (!typed) return `"${key}" in ${where}: the value has no "type" of its own, and flows describe values by "type", "properties" and "items" only, so it has no usable shape in Architect.`;
  return `"${key}" in ${where}: Genesys validates it, but flows see only "type", "properties" and "items"; a value that breaks it fails the run with no sign of the rule in Architect.`;
}

/** `contract-keyword-unsupported`: later-draft keywords and composition keywords, in both contracts. */
function checkKeywords(ctx: DocumentContext): Finding[] {
  const findings: Finding[] = [];
  for (const { pointer: root } of CONTRACTS) {
    forEachSubschema(at(ctx.doc, root), root, (schema, pointer) => {
      for (const key of Object.keys(schema)) {
        const where = fieldName(pointer);
        const p = `${pointer}/${escapePointerToken(key)}`;
        if (Object.prototype.hasOwnProperty.call(LATER_DRAFT_KEYWORDS, key)) {
          findings.push(
            findingAt('contract-keyword-unsupported', ctx.file, ctx.map, { pointer: p, atKey: true }, `"${key}" in ${where} is not a JSON Schema draft-04 keyword; Genesys validates contracts as draft-04 and ignores it, so the constraint is never checked.`, {
              hint: LATER_DRAFT_KEYWORDS[key]!,
            }),
          );
        } else if (NOT_REPRESENTABLE.includes(key)) {
          findings.push(findingAt('contract-keyword-unsupported', ctx.file, ctx.map, { pointer: p, atKey: true }, notRepresentable(key, where, schema.type !== undefined), { hint: NOT_REPRESENTABLE_HINT[key]! }));
        }
      }
    });
  }
  return findings;
}

/** A name compared loosely: letter case, `-` and `_` ignored (`USER_ID` ~ `userId`). */
const loose = (name: string) => name.toLowerCase().replace(/[-_]/g, '');

/**
 * `contract-required-unknown`: names in `required` that are not in `properties`. In the input
 * contract no flow can supply them, so every call fails step 3 with "object has missing required
 * properties" (error; checked with the oracle and the dry run). In the output contract the run
 * fails step 10 unless the success template writes the name anyway (warning).
 */
function checkRequiredNames(ctx: DocumentContext): Finding[] {
  const findings: Finding[] = [];
  const check = (schema: Record<string, unknown>, pointer: string, input: boolean) => {
    if (!Array.isArray(schema.required)) return;
    const props = isSchema(schema.properties) ? Object.keys(schema.properties) : [];
    schema.required.forEach((name, i) => {
      if (typeof name !== 'string' || props.includes(name)) return;
      const near = props.find((p) => loose(p) === loose(name)) ?? props.find((p) => editDistance(p.toLowerCase(), name.toLowerCase()) <= 2);
      const fix = near ? `Did you mean "${near}"? ` : '';
      const message = input
        ? `${fieldName(pointer)} requires "${name}", which is not one of its properties: flows cannot supply it, so every call fails step 3 (object has missing required properties).`
        : `${fieldName(pointer)} requires "${name}", which is not one of its properties: unless the success template writes it anyway, every run fails the output validation (step 10).`;
      findings.push(
        findingAt('contract-required-unknown', ctx.file, ctx.map, { pointer: `${pointer}/required/${i}` }, message, {
          hint: `${fix}Add "${name}" to properties, or remove it from required.`,
          ...(input ? {} : { severity: 'warning' as const }),
        }),
      );
    });
  };
  const input = at(ctx.doc, INPUT_POINTER);
  if (isSchema(input)) check(input, INPUT_POINTER, true);
  forEachSubschema(at(ctx.doc, OUTPUT_POINTER), OUTPUT_POINTER, (schema, pointer) => check(schema, pointer, false));
  return findings;
}

/**
 * Genesys contract restrictions (genesys-runtime.md §7; S-CONTRACT): no `$ref` anywhere
 * (`contract-ref`); the input contract is a flat object of primitive properties with names
 * matching `^[a-zA-Z][a-zA-Z0-9_-]*$` (`input-contract`, the check behind "Failed Validation of
 * contract.input.inputSchema as a simple properties schema"); reserved input names
 * (`input-reserved-name`); no nested arrays in the output contract (`output-nested-array`);
 * keywords Genesys ignores or flows cannot represent (`contract-keyword-unsupported`); `required`
 * names that are not properties (`contract-required-unknown`). Runs on structurally valid
 * documents (both contracts are objects).
 */
export function checkContractRestrictions(ctx: DocumentContext): Finding[] {
  const findings: Finding[] = [];
  const refs: string[] = [];
  findRefs((ctx.doc as { contract: unknown }).contract, '/contract', refs);
  for (const p of refs) {
    findings.push(findingAt('contract-ref', ctx.file, ctx.map, { pointer: p, atKey: true }, 'Contracts do not support "$ref".', { hint: 'Write the referenced schema inline.' }));
  }
  return [...findings, ...checkInputContract(ctx), ...checkNestedArrays(ctx), ...checkKeywords(ctx), ...checkRequiredNames(ctx)];
}
