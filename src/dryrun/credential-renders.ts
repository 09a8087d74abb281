import type { Definition } from '../definitions/types.js';
import type { TestExecutionResult } from './types.js';

/** A template that references the integration's credentials or a custom-auth response. */
const USES_CREDENTIALS = /\$!?\{?\s*(?:credentials|authResponse)\b/;

/**
 * The rendered request values of a dry run that were built from credentials: the URL (step 5)
 * when requestUrlTemplate references `$credentials`/`$authResponse` (genesys-runtime.md §3.2),
 * each header value (step 6) whose template does, and the body (step 7) likewise. A template can
 * transform a secret beyond recognition (`$encoding.base64("${credentials.id}:${credentials.secret}")`,
 * `$esc.url(…)`, `.substring(1)`), so reports treat these whole values as secrets: callers add
 * them to the values they redact. Values shorter than 4 characters are left out (they would mask
 * unrelated text).
 */
export function credentialRenders(definition: Definition, result: TestExecutionResult): string[] {
  const out: string[] = [];
  const resultOf = (step: number) => result.operations.find((o) => o.step === step && o.success)?.result;
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.length >= 4) out.push(v);
  };
  const { request } = definition.config;
  if (USES_CREDENTIALS.test(request.requestUrlTemplate)) add(resultOf(5));
  const headers = resultOf(6);
  if (headers && typeof headers === 'object') {
    for (const [name, template] of Object.entries(request.headers ?? {})) {
      if (USES_CREDENTIALS.test(template)) add((headers as Record<string, unknown>)[name]);
    }
  }
  if (USES_CREDENTIALS.test(request.requestTemplate ?? '')) add(resultOf(7));
  return out;
}
