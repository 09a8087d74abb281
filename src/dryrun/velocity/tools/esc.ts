import { Tool, type ToolMethod, unary } from './tool.js';
import type { VValue } from '../values.js';
import {
  escapeHtml, escapeJava, escapeJavaScript, escapeProperty, escapeSql, escapeVelocity, escapeXml,
  jsonDecode, jsonString, unicode, uriEncode, urlDecode, urlFormEncode,
} from './escape-functions.js';

/**
 * `$esc`: velocity-tools `EscapeTool` (url, java, javascript, html, xml, sql, velocity, unicode,
 * propertyKey/Value and the character getters `d h b q s e n` with their long names) plus the
 * Genesys additions `jsonString`, `jsonEncode`, `jsonDecode`, `uriEncode`, `urlFormEncode`
 * (genesys-runtime.md §3.7; semantics of the additions: oracle README "Tools").
 */
export class EscTool extends Tool {
  readonly javaClass = 'org.apache.velocity.tools.generic.EscapeTool';
  protected readonly methods: ReadonlyMap<string, ToolMethod>;
  protected override readonly properties: ReadonlyMap<string, () => VValue> = new Map<string, () => VValue>([
    ['d', () => '$'], ['dollar', () => '$'],
    ['h', () => '#'], ['hash', () => '#'],
    ['b', () => '\\'], ['backslash', () => '\\'],
    ['q', () => '"'], ['quote', () => '"'],
    ['s', () => "'"], ['singleQuote', () => "'"],
    ['e', () => '!'], ['exclamation', () => '!'],
    ['n', () => '\n'], ['newline', () => '\n'],
  ]);

  /** @param notes receives warnings (e.g. jsonDecode on invalid content). */
  constructor(notes: string[]) {
    super();
    this.methods = new Map<string, ToolMethod>([
      ['url', unary(urlFormEncode)],
      ['urlFormEncode', unary(urlFormEncode)],
      ['uriEncode', unary(uriEncode)],
      ['unurl', unary(urlDecode)],
      ['jsonString', unary(jsonString)],
      ['jsonEncode', unary(jsonString)],
      ['jsonDecode', unary((s) => jsonDecode(s, () => notes.push('$esc.jsonDecode: argument is not valid JSON string content; returned unchanged')))],
      ['java', unary(escapeJava)],
      ['javascript', unary(escapeJavaScript)],
      ['html', unary(escapeHtml)],
      ['xml', unary(escapeXml)],
      ['sql', unary(escapeSql)],
      ['velocity', unary(escapeVelocity)],
      ['unicode', unary(unicode)],
      ['propertyKey', unary((s) => escapeProperty(s, true))],
      ['propertyValue', unary((s) => escapeProperty(s, false))],
    ]);
  }
}
