import type { Trace } from '../trace.js';
import type { RunState } from './state.js';

const REFERENCE = /\$!?\{?(credentials|authResponse)\.([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Step 4, "Perform authentication": nothing is exchanged in a dry run (genesys-runtime.md §10).
 * The result lists the credential / authResponse keys the case provides; `details.referenced`
 * lists what the request templates use, and a warning names each referenced key the case does
 * not provide (it will render as its own reference text). Values are never echoed.
 */
export function stepAuthentication(state: RunState, trace: Trace): void {
  trace.begin(4);
  const credentials = Object.keys(state.testCase.credentials ?? {});
  const authResponse = state.testCase.authResponse ? Object.keys(state.testCase.authResponse) : undefined;
  const req = state.definition.config.request;
  const templates = [req.requestUrlTemplate, ...Object.values(state.headers), state.method === 'GET' ? '' : (req.requestTemplate ?? '')];
  const referenced = { credentials: new Set<string>(), authResponse: new Set<string>() };
  for (const t of templates) {
    for (const m of t.matchAll(REFERENCE)) referenced[m[1] as 'credentials' | 'authResponse'].add(m[2] as string);
  }
  for (const k of referenced.credentials) if (!credentials.includes(k)) trace.warn(`templates reference \${credentials.${k}} but the test case provides no such credential`);
  for (const k of referenced.authResponse) {
    if (!(authResponse ?? []).includes(k)) trace.warn(`templates reference \${authResponse.${k}} but the test case provides no such authResponse field`);
  }
  if (referenced.credentials.size + referenced.authResponse.size > 0) {
    trace.detail('referenced', { credentials: [...referenced.credentials], authResponse: [...referenced.authResponse] });
  }
  const result: Record<string, unknown> = { performed: false, credentials };
  if (authResponse) result.authResponse = authResponse;
  trace.ok(result);
}
