/**
 * The shapes of velocityjs 2.x AST nodes this engine reads (velocityjs does not export its AST
 * types). A template is a list of text strings, nodes and nested arrays (a block: head node then
 * children; `#end` is implicit at the array's end).
 */
/** A velocityjs (jison) source position: 1-based lines, 0-based columns, end exclusive. */
export interface Pos {
  first_line: number;
  first_column: number;
  last_line: number;
  last_column: number;
}

/** A reference: `$id`, `$!id`, `${id.path}` with properties, methods and indexes. */
export interface RefNode {
  type: 'references';
  id: string;
  leader: '$' | '$!';
  isWraped?: boolean;
  prue?: boolean;
  path?: PathNode[];
  args?: ExprNode[] | false;
  pos?: Pos;
  /** Number of backslashes written before the reference in text (`\\$x`: 1), set by parse.ts. */
  escape?: number;
}

/** One step of a reference path: `.name`, `.name(args)` or `[index]`. */
export type PathNode =
  | { type: 'property'; id: string }
  | { type: 'method'; id: string; args?: ExprNode[] | false }
  | { type: 'index'; id: ExprNode };

/** A string literal; `isEval` marks double quotes (interpolated). */
export interface StringNode {
  type: 'string';
  value: string;
  isEval?: boolean;
}

/** Literal expression nodes (strings, numbers, booleans, lists, ranges, maps). */
export type LiteralNode =
  | StringNode
  | { type: 'integer' | 'decimal'; value: string }
  | { type: 'bool'; value: 'true' | 'false' | 'null' }
  | { type: 'array'; value: (ExprNode | string | number)[]; isRange?: boolean }
  | { type: 'map'; value: Record<string, ExprNode> }
  | { type: 'runt'; value: string };

/** An operator node: arithmetic, comparison, logic, `not`, `minus`, `parenthesis`. */
export interface MathNode {
  type: 'math';
  operator: string;
  expression: ExprNode[];
}

/** Any expression. */
export type ExprNode = RefNode | LiteralNode | MathNode;

/** A directive or other non-reference node (`#if`, `#set`, macro calls, comments …). */
export interface DirectiveNode {
  type: 'if' | 'elseif' | 'else' | 'foreach' | 'set' | 'macro' | 'macro_call' | 'break' | 'define' | 'noescape' | 'macro_body' | 'comment' | 'raw';
  id?: string;
  pos?: Pos;
  condition?: ExprNode;
  from?: ExprNode;
  to?: string;
  equal?: [RefNode, ExprNode];
  args?: ExprNode[] | false;
  value?: string;
}

/** Any node of the tree. */
export type AstNode = RefNode | DirectiveNode;

/** One template item: text, a node, or a block (`[head, ...children]`). */
export type AstItem = string | AstNode | AstItem[];
