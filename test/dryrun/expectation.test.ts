/** checkExpectation: how a fixture's expectation is judged. */
import { describe, expect, it } from 'vitest';
import { checkExpectation, dryRun } from '../../src/dryrun/index.js';
import { definition } from './helpers/build.js';

const passing = dryRun(definition({ success: '{"a": 1, "b": [1, {"c": "x"}]}' }), { input: {}, response: { status: 200, body: {} } });
const failing = dryRun(definition({ map: { x: '$.x' }, success: '{}' }), { input: {}, response: { status: 200, body: {} } });

describe('checkExpectation', () => {
  it('without an expectation, passes iff the run succeeded', () => {
    expect(checkExpectation(passing)).toEqual({ passed: true });
    expect(checkExpectation(failing)).toEqual({
      passed: false,
      message: "expected success, but the dry run failed at step 9 (Resolve translation map): Resolve translation map: key 'x': No results for path: $['x']",
    });
  });
  it('compares outputs as JSON (key order does not matter)', () => {
    expect(checkExpectation(passing, { output: { b: [1, { c: 'x' }], a: 1 } })).toEqual({ passed: true });
    expect(checkExpectation(passing, { output: { a: 1, b: [1, { c: 'y' }] } })).toEqual({
      passed: false,
      message: 'output differs at /b/1/c: expected {"a":1,"b":[1,{"c":"y"}]}, got {"a":1,"b":[1,{"c":"x"}]}',
    });
    expect(checkExpectation(failing, { output: {} }).passed).toBe(false);
  });
  it('checks the failing step and, when given, a message substring', () => {
    expect(checkExpectation(failing, { failure: { step: 9 } })).toEqual({ passed: true });
    expect(checkExpectation(failing, { failure: { step: 9, message: 'No results for path' } })).toEqual({ passed: true });
    expect(checkExpectation(failing, { failure: { step: 9, message: 'Missing property' } })).toEqual({
      passed: false,
      message: "expected the step 9 error to contain \"Missing property\", got: Resolve translation map: key 'x': No results for path: $['x']",
    });
    expect(checkExpectation(failing, { failure: { step: 10 } }).message).toBe(
      "expected a failure at step 10, but the dry run failed at step 9 (Resolve translation map): Resolve translation map: key 'x': No results for path: $['x']",
    );
    expect(checkExpectation(passing, { failure: { step: 9 } })).toEqual({ passed: false, message: 'expected a failure at step 9, but the dry run succeeded' });
  });
});
