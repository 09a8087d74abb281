import type { CompiledPath } from './tokens.js';

/**
 * Jayway filter expressions (`com.jayway.jsonpath.internal.filter`): logical nodes over
 * relational nodes over value nodes.
 */
export type FilterExpression =
  | { kind: 'or'; operands: FilterExpression[] }
  | { kind: 'and'; operands: FilterExpression[] }
  | { kind: 'not'; operand: FilterExpression }
  | { kind: 'relation'; left: FilterOperand; operator: RelationalOperator; right: FilterOperand };

/** Relational operators Jayway accepts (`RelationalOperator`), upper-cased word forms. */
export type RelationalOperator =
  | '==' | '===' | '!=' | '!==' | '<' | '<=' | '>' | '>=' | '=~'
  | 'IN' | 'NIN' | 'CONTAINS' | 'ALL' | 'SIZE' | 'EXISTS' | 'EMPTY' | 'SUBSETOF' | 'ANYOF' | 'NONEOF'
  | 'TYPE' | 'MATCHES';

/** A value node as parsed from the filter text. */
export type FilterOperand =
  | { kind: 'path'; path: CompiledPath; existsCheck: boolean; shouldExist: boolean }
  | ValueNode;

/** Evaluated value nodes (`ValueNode` subclasses). */
export type ValueNode =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'json'; value: unknown; parsed: boolean; text?: string }
  | { kind: 'pattern'; regex: RegExp; source: string }
  | { kind: 'undefined' };
