/**
 * Rule family "translation map": every translationMap value compiles as a Jayway JsonPath
 * (rule `jsonpath-syntax`, genesys-runtime.md §5.2). Jayway throws InvalidPathException for these
 * at execution time, so the key would always fall back to its default or fail step 9.
 */
import { compileJsonPath } from '../../dryrun/jsonpath/compiler.js';
import { JsonPathError } from '../../dryrun/jsonpath/errors.js';
import { escapePointerToken } from '../../definitions/json-source.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../locate.js';
import type { DocumentContext } from '../context.js';

/** Compiles each translationMap path; invalid ones become findings at the path string. */
export function checkTranslationMap(ctx: DocumentContext): Finding[] {
  const map = (ctx.doc as { config: { response?: { translationMap?: Record<string, string> } } }).config.response?.translationMap ?? {};
  const findings: Finding[] = [];
  for (const [key, path] of Object.entries(map)) {
    try {
      compileJsonPath(path);
    } catch (e) {
      if (!(e instanceof JsonPathError)) throw e;
      findings.push(
        findingAt('jsonpath-syntax', ctx.file, ctx.map, { pointer: `/config/response/translationMap/${escapePointerToken(key)}` }, `translationMap "${key}": ${e.message}`, {
          hint: 'Genesys evaluates these with Jayway JsonPath: $.a.b, $.a[0], $.a[*].b, $.a[?(@.k == \'v\')].b, $.a.length().',
        }),
      );
    }
  }
  return findings;
}
