/**
 * Helpers for the request-side rule tests: a custom-rest-actions definition file written line by
 * line, so that each test knows where its templates stand, and columns read off that text.
 */

/** What a request-side test varies; everything else is a fixed, valid definition. */
export interface RequestSideSpec {
  /** requestUrlTemplate (default `https://api.example.com/orders`). */
  url?: string;
  /** requestType (default `POST`). */
  method?: string;
  /** requestTemplate (default `{}`). */
  body?: string;
  /** Request headers (default `Content-Type: application/json`). */
  headers?: Record<string, string>;
  /** inputSchema properties: input name → property schema (default `note`, a string). */
  inputs?: Record<string, object>;
  /** inputSchema `required`; absent or null: the schema has no required list. */
  required?: readonly string[] | null;
}

/**
 * A definition file with requestUrlTemplate on line 7, requestType on line 8, requestTemplate on
 * line 9 and headers on line 10, each on one line after the same indentation; templates are
 * JSON-escaped by JSON.stringify (`"` → `\"`, newline → `\n`).
 */
export function definitionText(s: RequestSideSpec = {}): string {
  return [
    '{',
    '  "name": "Request side",',
    '  "integrationType": "custom-rest-actions",',
    '  "actionType": "custom",',
    '  "config": {',
    '    "request": {',
    `      "requestUrlTemplate": ${JSON.stringify(s.url ?? 'https://api.example.com/orders')},`,
    `      "requestType": ${JSON.stringify(s.method ?? 'POST')},`,
    `      "requestTemplate": ${JSON.stringify(s.body ?? '{}')},`,
    `      "headers": ${JSON.stringify(s.headers ?? { 'Content-Type': 'application/json' })}`,
    '    },',
    '    "response": {"translationMap": {}, "successTemplate": "${rawResult}"}',
    '  },',
    '  "contract": {',
    '    "input": {"inputSchema": {',
    '      "type": "object",',
    ...(s.required ? [`      "required": ${JSON.stringify(s.required)},`] : []),
    `      "properties": ${JSON.stringify(s.inputs ?? { note: { type: 'string' } })}`,
    '    }},',
    '    "output": {"successSchema": {"type": "object", "properties": {}}}',
    '  }',
    '}',
  ].join('\n');
}

/** Line `lineNo` (1-based) of `text`. */
export function line(text: string, lineNo: number): string {
  return text.split('\n')[lineNo - 1] as string;
}

/** 1-based column of the first `needle` on line `lineNo` of `text` (0 when it is not there). */
export function column(text: string, lineNo: number, needle: string): number {
  return line(text, lineNo).indexOf(needle) + 1;
}
