import { Tool, type ToolMethod, unary } from './tool.js';

/** `$encoding.base64(s)`: base64 of the UTF-8 bytes (genesys-runtime.md §3.5, §3.7; S-FORM). */
export class EncodingTool extends Tool {
  readonly javaClass = 'com.genesys.integrations.EncodingTool';
  protected readonly methods = new Map<string, ToolMethod>([['base64', unary((s) => Buffer.from(s, 'utf8').toString('base64'))]]);
}
