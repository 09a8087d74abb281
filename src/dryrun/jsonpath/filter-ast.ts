import type { JsonValue } from '../json/model.js';
import type { BigDecimal } from './big-decimal.js';
import type { JaywayPattern } from './java-pattern.js';
import type { CompiledPath } from './tokens.js';

/**
 * Jayway filter expressions (`com.jayway.jsonpath.internal.filter`, json-path 2.10.0): logical
 * nodes over relational nodes over value nodes.
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

/**
 * A value node as parsed from the filter text: a path (`@.a`, `$.b`; `existsCheck` for a bare
 * path, `shouldExist` false after `!`) or a literal.
 */
export type FilterOperand = { kind: 'path'; path: CompiledPath; existsCheck: boolean; shouldExist: boolean } | ValueNode;

/**
 * Jayway `ValueNode`s. `string` holds the unescaped text; `number` the BigDecimal of its text
 * (and, for convenience, `value` as a JS number); `json` is a JSON literal (`parsed` false: the
 * filter text, parsed on use) or a document value (`parsed` true); `pattern` a `/regex/flags`;
 * `pathValue` a string inside a JSON list that reads as a path (Jayway turns it into a path node
 * that equals nothing); `undefined` a missing property.
 */
export type ValueNode =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number; text: string; decimal: BigDecimal }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'json'; value: JsonValue | undefined; parsed: boolean; text?: string; error?: string }
  | { kind: 'pattern'; regex: JaywayPattern; source: string }
  | { kind: 'pathValue'; text: string }
  | { kind: 'undefined' };
