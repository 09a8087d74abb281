/**
 * Rule `esc-javascript-json`: `$esc.javascript(…)` used to escape a value for JSON. velocity-tools
 * `EscapeTool.javascript` (commons-lang `escapeEcmaScript`) writes `'` as `\'`;
 * `\'` is not a JSON escape, so a value with an apostrophe (O'Brien) makes the JSON invalid
 * (oracle, velocity-tools 3.1: `$esc.javascript("O'Brien")` → `O\'Brien`, body rejected
 * "Unrecognized escape '\''"). `$esc.jsonString`/`$esc.jsonEncode` are the JSON escapers
 * (genesys-runtime.md §3.6, §3.7).
 * Checked in the request body when it is JSON, and in header values written as JSON
 * (starting with `{` or `[`).
 */
import { templateReferences } from '../../template-refs.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import type { RequestSide, RequestTemplate } from './request.js';

/** The templates whose output is JSON: the JSON body, and header values that start like JSON. */
function jsonTemplates(side: RequestSide): RequestTemplate[] {
  const out = side.headers.filter((h) => /^\s*[{[]/.test(h.text));
  if (side.body && side.jsonBody) out.push(side.body);
  return out;
}

/** One finding per `$esc.javascript` call in a JSON template. */
export function checkEscJavascript(ctx: DocumentContext, side: RequestSide): Finding[] {
  const findings: Finding[] = [];
  for (const t of jsonTemplates(side)) {
    for (const r of templateReferences(t.text).sort((a, b) => a.offset - b.offset)) {
      if (r.root !== 'esc' || r.properties.length > 0 || r.method !== 'javascript') continue;
      findings.push(
        findingAt(
          'esc-javascript-json',
          ctx.file,
          ctx.map,
          { pointer: t.pointer, stringIndex: r.offset },
          `${t.name} escapes a value for JSON with $esc.javascript, which writes an apostrophe as \\' — not a JSON escape, so a value such as O'Brien makes the JSON invalid.`,
          { hint: 'Use $esc.jsonString(…) (or $esc.jsonEncode(…)) inside the quotes instead.' },
        ),
      );
    }
  }
  return findings;
}
