/**
 * One read of a document's response side, shared by the response-side rules: the configuration,
 * the static facts of every translationMap path, the references and slots of the successTemplate,
 * and the contract type at each slot.
 */
import { type TemplateReference, templateReferences } from '../../template-refs.js';
import type { JsonStep } from './json-cursor.js';
import { type JsonKind, schemaTypes } from './json-shape.js';
import { type PathFacts, pathFacts } from './path-shape.js';
import { type ResponseConfig, readResponseConfig } from './response-config.js';
import { describePosition, schemaAt } from './schema-at.js';
import { type Slot, successSlots } from './success-slots.js';

/** Everything the response-side rules read about one document. */
export interface ResponseAnalysis {
  config: ResponseConfig;
  /** translationMap key → static facts of its path. */
  facts: Map<string, PathFacts>;
  /** The successTemplate text Genesys renders (`${rawResult}` when the field is absent). */
  template: string;
  /** True when the document has its own successTemplate string (findings can point into it). */
  hasTemplate: boolean;
  /** Every reference of the template (template-refs.ts). */
  references: TemplateReference[];
  /** The rendered references and their JSON places (success-slots.ts). */
  slots: Slot[];
}

/** Analyses the response side of a parsed definition document. Pure; never throws. */
export function analyseResponse(doc: unknown): ResponseAnalysis {
  const config = readResponseConfig(doc);
  const facts = new Map<string, PathFacts>();
  for (const [key, path] of Object.entries(config.translationMap)) facts.set(key, pathFacts(path));
  const template = config.successTemplate ?? '${rawResult}';
  return {
    config,
    facts,
    template,
    hasTemplate: config.successTemplate !== undefined,
    references: templateReferences(template),
    slots: successSlots(template, config.translationMap),
  };
}

/** The contract's expectation at a slot: the declared types and the position for messages. */
export interface SlotContract {
  types: JsonKind[];
  path: JsonStep[];
  /** `property "a.b"` or `the whole output`, for messages. */
  where: string;
  schema: Record<string, unknown>;
}

/**
 * The successSchema types that validate what `slot` writes, when the slot is a JSON value
 * (not inside a string, not a property name) at a known position that the contract types.
 */
export function slotContract(analysis: ResponseAnalysis, slot: Slot): SlotContract | undefined {
  if (slot.role !== 'value' || !slot.path) return undefined;
  const schema = schemaAt(analysis.config.successSchema, slot.path);
  const types = schemaTypes(schema);
  if (!schema || !types) return undefined;
  const where = slot.path.length === 0 ? 'the whole output' : `successSchema property "${describePosition(slot.path)}"`;
  return { types, path: slot.path, where, schema };
}
