import type { VValue } from '../values.js';
import { EncodingTool } from './encoding.js';
import { EscTool } from './esc.js';
import { MathTool } from './math.js';
import { SuccessTemplateUtils } from './success-template-utils.js';
import { UrlTool } from './url-tool.js';

/**
 * The tools Genesys puts into every template context (genesys-runtime.md §3.7): `esc`, `math`,
 * `encoding`, `successTemplateUtils`, and `urlTool` (whose output format is a dry-run policy,
 * url-tool.ts). `$salesforce` and the Dynamics macros are not provided (oracle policy): templates
 * using them fail (strict) or render them literally.
 * @param notes receives tool warnings raised during one render.
 */
export function createTools(notes: string[]): Map<string, VValue> {
  return new Map<string, VValue>([
    ['esc', new EscTool(notes)],
    ['math', new MathTool()],
    ['encoding', new EncodingTool()],
    ['successTemplateUtils', new SuccessTemplateUtils(notes)],
    ['urlTool', new UrlTool(notes)],
  ]);
}
