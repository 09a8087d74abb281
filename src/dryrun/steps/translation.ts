import { writeJson, writeJsonSmart } from '../json/write.js';
import { JsonPathError, compileJsonPath, evaluatePath } from '../jsonpath/index.js';
import { PROCESSING, type Trace } from '../trace.js';
import type { RunState } from './state.js';

interface PathDetail {
  path: string;
  definite?: boolean;
  exception?: string;
  source?: 'path' | 'default';
}

/**
 * Step 9, "Resolve translation map" (genesys-runtime.md §5.2–5.4, oracle policy): each path is
 * read with Jayway semantics in map order; the value enters the success template as JSON text
 * (json-smart LT_COMPRESS: a string keeps its quotes, null is `null`, no match is `[]`). Any
 * exception switches to the key's default, inserted verbatim; without one the step fails with
 * `Resolve translation map: key '<k>': <Jayway message>`. JSON null and `[]` never fall back.
 */
export function stepTranslationMap(state: RunState, trace: Trace): void {
  trace.begin(9);
  const values = new Map<string, string>();
  const paths: Record<string, PathDetail> = {};
  for (const [key, path] of Object.entries(state.translationMap)) {
    const detail: PathDetail = { path };
    paths[key] = detail;
    try {
      const compiled = compileJsonPath(path);
      detail.definite = compiled.definite;
      values.set(key, writeJsonSmart(evaluatePath(compiled, state.body).value));
      detail.source = 'path';
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const kind = e instanceof JsonPathError ? e.kind : 'RuntimeException';
      detail.exception = `${kind}: ${message}`;
      if (Object.prototype.hasOwnProperty.call(state.translationMapDefaults, key)) {
        const d = state.translationMapDefaults[key];
        values.set(key, typeof d === 'string' ? d : writeJson(d ?? null));
        detail.source = 'default';
      } else {
        trace.detail('paths', paths);
        trace.fail(PROCESSING, `Resolve translation map: key '${key}': ${message}`, message);
      }
    }
  }
  trace.detail('paths', paths);
  state.values = values;
  trace.ok(Object.fromEntries(values));
}
