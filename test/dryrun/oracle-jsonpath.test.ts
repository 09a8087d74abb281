/**
 * Jayway semantics against the oracle (json-path 2.10.0, json-smart 2.6.0): every path of
 * test/dryrun/oracle/probes.ts must give the oracle's value (as json-smart JSON text) and
 * definiteness, or the same exception class and message.
 */
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../src/dryrun/json/model.js';
import { writeJsonSmart } from '../../src/dryrun/json/write.js';
import { JsonPathError, compileJsonPath, evaluatePath } from '../../src/dryrun/jsonpath/index.js';
import { readFixture } from './helpers/fixtures.js';

interface Read {
  path: string;
  definite?: boolean;
  value?: string;
  exception?: string;
}

function read(doc: JsonValue, path: string): Read {
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

const probes = readFixture<{ doc: JsonValue; reads: Read[] }[]>('jsonpath.json');

describe('oracle: jsonpath.json', () => {
  it('covers more than 100 reads', () => {
    expect(probes.flatMap((p) => p.reads).length).toBeGreaterThan(100);
  });
  probes.forEach((p, i) => {
    for (const r of p.reads) {
      it(`doc ${i}: ${r.path}`, () => {
        expect(read(p.doc, r.path)).toEqual(r);
      });
    }
  });
});
