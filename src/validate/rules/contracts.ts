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
    if (metaValidator.validateSchema(schema)) continue;
    for (const e of metaValidator.errors ?? []) {
      const where = pointer + e.instancePath;
      findings.push(
        findingAt('contract-schema', ctx.file, ctx.map, { pointer: where }, `${label}${e.instancePath.replace(/\//g, '.')} ${e.message ?? 'is invalid'} (JSON Schema draft-04).`, {
          hint: 'Contracts are JSON Schema draft-04 documents; see https://json-schema.org/draft-04/json-schema-validation.',
        }),
      );
    }
  }
  return findings;
}
