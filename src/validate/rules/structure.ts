/**
 * Rule family "structure": the document has the fields Genesys requires, with the right types
 * and lengths (rule `structure`), and a supported `requestType` (rule `request-type`).
 */
import { Ajv, type ErrorObject } from 'ajv';
import { REQUEST_TYPES } from '../../definitions/types.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../locate.js';
import type { DocumentContext } from '../context.js';
import { DEFINITION_SCHEMA } from './definition-schema.js';

const validateDocument = new Ajv({ allErrors: true, strict: false }).compile(DEFINITION_SCHEMA);

/** Human name of a pointer: `/config/request/requestType` → `config.request.requestType`. */
export function fieldName(pointer: string): string {
  if (pointer === '') return 'the document';
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function describe(e: ErrorObject): { pointer: string; message: string; hint?: string } {
  const at = e.instancePath;
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      const pointer = `${at}/${missing}`;
      return { pointer, message: `${fieldName(pointer)} is required.`, hint: `Add "${missing}" to ${fieldName(at)}.` };
    }
    case 'type': {
      const expected = (e.params as { type: string }).type;
      return { pointer: at, message: `${fieldName(at)} must be ${article(expected)} ${expected}.` };
    }
    case 'minLength':
      return { pointer: at, message: `${fieldName(at)} must not be empty.` };
    case 'maxLength':
      return { pointer: at, message: `${fieldName(at)} must be at most ${(e.params as { limit: number }).limit} characters.` };
    case 'minimum':
    case 'maximum':
      return { pointer: at, message: `${fieldName(at)} must be between 1 and 60 (seconds).`, hint: 'Genesys accepts execution timeouts of 1–60 seconds.' };
    default:
      return { pointer: at, message: `${fieldName(at)} ${e.message ?? 'is invalid'}.` };
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/**
 * Checks the document's structure. Returns findings; an empty list means {@link toDefinition}
 * can convert the document safely.
 */
export function checkStructure(ctx: DocumentContext): Finding[] {
  const { file, map, doc } = ctx;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    const kind = doc === null ? 'null' : Array.isArray(doc) ? 'an array' : `a ${typeof doc}`;
    return [
      findingAt('structure', file, map, { pointer: '' }, `A data-action definition must be a JSON object, but this file holds ${kind}.`, {
        hint: 'Export the action from Genesys Cloud (Admin > Integrations > Actions > Export) or write an object with name, config and contract.',
      }),
    ];
  }
  const findings: Finding[] = [];
  if (!validateDocument(doc)) {
    const seen = new Set<string>();
    for (const e of validateDocument.errors ?? []) {
      const d = describe(e);
      const key = `${d.pointer}|${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(findingAt('structure', file, map, { pointer: d.pointer }, d.message, d.hint ? { hint: d.hint } : {}));
    }
  }
  const requestType = (doc as { config?: { request?: { requestType?: unknown } } }).config?.request?.requestType;
  if (typeof requestType === 'string' && !(REQUEST_TYPES as readonly string[]).includes(requestType)) {
    const upper = requestType.toUpperCase();
    findings.push(
      findingAt('request-type', file, map, { pointer: '/config/request/requestType' }, `requestType "${requestType}" is not one of ${REQUEST_TYPES.join(', ')}.`, {
        hint: (REQUEST_TYPES as readonly string[]).includes(upper) ? `Write "${upper}" (upper case).` : 'Use one of the HTTP methods Genesys supports.',
      }),
    );
  }
  return findings;
}
