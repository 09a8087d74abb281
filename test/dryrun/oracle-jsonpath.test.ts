/**
 * Jayway semantics against the oracle (json-path 2.10.0, json-smart 2.6.0): every path of
 * test/dryrun/oracle/probes.ts must give the oracle's value (as json-smart JSON text) and
 * definiteness, or the same exception class and message.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './helpers/fixtures.js';
import { type OracleReads, engineRead } from './oracle/jsonpath-read.js';

const probes = readFixture<OracleReads[]>('jsonpath.json');

describe('oracle: jsonpath.json', () => {
  it('covers more than 100 reads', () => {
    expect(probes.flatMap((p) => p.reads).length).toBeGreaterThan(100);
  });
  probes.forEach((p, i) => {
    for (const r of p.reads) {
      it(`doc ${i}: ${r.path}`, () => {
        expect(engineRead(p.doc, r.path)).toEqual(r);
      });
    }
  });
});
