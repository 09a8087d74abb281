/**
 * Rule family "contracts": `contract.input.inputSchema` and `contract.output.successSchema`
 * must be valid JSON Schema draft-04 documents, the dialect Genesys writes and validates with
 * (genesys-runtime.md §6, §7). Rule `contract-schema`.
 */
import AjvDraft04Module from 'ajv-draft-04';
import type { Finding } from '../finding.js';
import { findingAt } from '../locate.js';
import type { DocumentContext } from '../context.js';

import { cjsDefault } from '../../util/interop.js';

const AjvDraft04 = cjsDefault(AjvDraft04Module);
const metaValidator = new AjvDraft04({ allErrors: true, strict: false, validateSchema: false });

const CONTRACTS = [
  { pointer: '/contract/input/inputSchema', label: 'contract.input.inputSchema' },
  { pointer: '/contract/output/successSchema', label: 'contract.output.successSchema' },
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
      const p = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (k === '$ref') out.push(p);
      else findRefs(v, p, out);
    }
  }
}

/**
 * Genesys contract restrictions (genesys-runtime.md §7; S-CONTRACT): no `$ref` anywhere
 * (`contract-ref`); the input contract is a flat object of primitive properties with names
 * matching `^[a-zA-Z][a-zA-Z0-9_-]*$` (`input-contract`, the check behind "Failed Validation of
 * contract.input.inputSchema as a simple properties schema"); reserved input names
 * (`input-reserved-name`).
 */
export function checkContractRestrictions(ctx: DocumentContext): Finding[] {
  const findings: Finding[] = [];
  const refs: string[] = [];
  findRefs((ctx.doc as { contract: unknown }).contract, '/contract', refs);
  for (const p of refs) {
    findings.push(findingAt('contract-ref', ctx.file, ctx.map, { pointer: p, atKey: true }, 'Contracts do not support "$ref".', { hint: 'Write the referenced schema inline.' }));
  }
  const input = at(ctx.doc, '/contract/input/inputSchema') as Record<string, unknown>;
  const base = '/contract/input/inputSchema';
  if (input.type !== undefined && input.type !== 'object') {
    findings.push(findingAt('input-contract', ctx.file, ctx.map, { pointer: `${base}/type` }, `The input contract must be an object schema ("type": "object"), not ${JSON.stringify(input.type)}.`));
  }
  const props = input.properties && typeof input.properties === 'object' ? (input.properties as Record<string, unknown>) : {};
  for (const [name, schema] of Object.entries(props)) {
    const p = `${base}/properties/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
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
