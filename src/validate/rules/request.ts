/**
 * Rule family "request": an `Accept` header, when set, must be a JSON media type, or Genesys
 * refuses to save the action with 400 INVALID_SCHEMA "The 'Accept' header only supports json
 * content types when specified" (genesys-api.md §4.2; help article S-400,
 * https://help.mypurecloud.com/?p=266465). Rule `accept-header`.
 */
import { escapePointerToken } from '../../definitions/json-source.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../locate.js';
import type { DocumentContext } from '../context.js';

/** Flags `Accept` headers (any letter case) whose value names no JSON media type. */
export function checkRequest(ctx: DocumentContext): Finding[] {
  const headers = (ctx.doc as { config: { request: { headers?: Record<string, string> } } }).config.request.headers ?? {};
  const findings: Finding[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'accept' || /json/i.test(value)) continue;
    findings.push(
      findingAt('accept-header', ctx.file, ctx.map, { pointer: `/config/request/headers/${escapePointerToken(name)}` }, `The Accept header "${value}" is not a JSON media type; Genesys refuses to save the action (400 INVALID_SCHEMA).`, {
        hint: 'Use "application/json", or remove the header.',
      }),
    );
  }
  return findings;
}
