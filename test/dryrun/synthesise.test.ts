/** synthesiseCase: inputs from the input contract, a body that lets the paths resolve. */
import { describe, expect, it } from 'vitest';
import { dryRun, synthesiseCase } from '../../src/dryrun/index.js';
import { definition } from './helpers/build.js';

describe('synthesiseCase', () => {
  it('fills inputs like corpus-smoke.sh: first enum value, else by type', () => {
    const d = definition({
      input: {
        type: 'object',
        properties: { s: { type: 'string' }, i: { type: 'integer' }, n: { type: 'number' }, b: { type: 'boolean' }, z: { type: 'null' }, e: { type: 'string', enum: ['x', 'y'] }, t: { type: ['integer', 'null'] } },
      },
    });
    expect(synthesiseCase(d).input).toEqual({ s: 'test', i: 1, n: 1.5, b: true, z: null, e: 'x', t: 1 });
  });

  it('builds a body on which the translation map resolves', () => {
    const d = definition({
      map: {
        id: "$.participants[?(@.purpose=='customer' && @.state == 'connected')].id",
        count: '$.entities.size()',
        first: '$.results[2].data[0].stats.count',
        last: '$.msgDialogue[-1].body',
        name: "$['urn:x:User'].name",
        deep: '$..userId',
      },
      success: '{"id": ${successTemplateUtils.firstFromArray("${id}")}, "count": $count, "first": $first, "last": $last, "name": $name, "deep": $deep}',
      output: { type: 'object', properties: { id: { type: 'string' }, count: { type: 'integer' }, first: { type: 'integer' }, last: { type: 'string' }, name: { type: 'string' } } },
    });
    const c = synthesiseCase(d);
    const r = dryRun(d, c);
    expect(r.error).toBeUndefined();
    expect(r.operations[8]?.details?.paths).toMatchObject({
      id: { source: 'path' },
      count: { source: 'path' },
      first: { source: 'path' },
      last: { source: 'path' },
      name: { source: 'path' },
      deep: { source: 'path' },
    });
    expect(r.finalResult).toEqual({ id: 'test', count: 1, first: 1, last: 'test', name: 'test', deep: ['test'] });
  });

  it('samples the success schema when the template passes rawResult through', () => {
    const d = definition({ success: '${rawResult}', output: { type: 'object', properties: { a: { type: 'integer' }, l: { type: 'array', items: { type: 'object', properties: { k: { type: 'boolean' } } } } } } });
    expect(synthesiseCase(d).response).toEqual({ status: 200, body: { a: 1, l: [{ k: true }] } });
  });
});
