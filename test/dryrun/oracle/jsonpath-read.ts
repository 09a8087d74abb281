/**
 * Reads JSONPaths with the engine in the shape the oracle fixtures record for step 9: the value
 * as json-smart JSON text and the path's definiteness, or the Jayway exception class and message.
 */
import type { JsonValue } from '../../../src/dryrun/json/model.js';
import { parseJson } from '../../../src/dryrun/json/parse.js';
import { writeJson, writeJsonSmart } from '../../../src/dryrun/json/write.js';
import { JsonPathError, compileJsonPath, evaluatePath } from '../../../src/dryrun/jsonpath/index.js';

/** One read as the oracle fixtures hold it. */
export interface OracleRead {
  path: string;
  definite?: boolean;
  value?: string;
  exception?: string;
}

/** One document and its reads, in the order the oracle made them. */
export interface OracleReads {
  about?: string;
  doc: JsonValue;
  reads: OracleRead[];
}

/** Reads `path` on `doc` (which `append()` may change, as in Jayway). */
export function engineRead(doc: JsonValue, path: string): OracleRead {
  let definite: boolean | undefined;
  try {
    const compiled = compileJsonPath(path);
    definite = compiled.definite;
    return { path, definite, value: writeJsonSmart(evaluatePath(compiled, doc).value) };
  } catch (e) {
    const kind = e instanceof JsonPathError ? e.kind : 'RuntimeException';
    return { path, ...(definite !== undefined ? { definite } : {}), exception: `${kind}: ${(e as Error).message}` };
  }
}

/** A fresh copy of a document (doubles stay doubles). */
export function copyDoc(doc: JsonValue): JsonValue {
  return parseJson(writeJson(doc));
}
