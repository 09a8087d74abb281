/**
 * JSONPath array slices against the oracle (json-path 2.10.0, json-smart 2.6.0): bounds are
 * Java ints (outside that range Jayway throws InvalidPathException wrapping the
 * NumberFormatException), a between-slice with a negative start counts from the end (Jayway
 * walks every index and skips the misses), and a huge bound must not make the engine walk it.
 * Every expected value below is the oracle's output (profile modern), written as json-smart text.
 */
import { describe, expect, it } from 'vitest';
import { dryRun } from '../../src/dryrun/index.js';
import type { JsonValue } from '../../src/dryrun/json/model.js';
import { parseJson } from '../../src/dryrun/json/parse.js';
import { writeJsonSmart } from '../../src/dryrun/json/write.js';
import { JsonPathError, compileJsonPath, evaluatePath } from '../../src/dryrun/jsonpath/index.js';
import { definition } from './helpers/build.js';

const doc = parseJson('{"xs":[1,2,3],"e":[]}');

function read(document: JsonValue, path: string): { path: string; value?: string; exception?: string } {
  try {
    return { path, value: writeJsonSmart(evaluatePath(compileJsonPath(path), document).value) };
  } catch (e) {
    const kind = e instanceof JsonPathError ? e.kind : 'RuntimeException';
    return { path, exception: `${kind}: ${(e as Error).message}` };
  }
}

/** Oracle reads on {"xs":[1,2,3],"e":[]} (step 9 details of one oracle case per path). */
const ORACLE_READS = [
  {"path":"$.xs[-9007199254740991:1]","exception":"InvalidPathException: java.lang.NumberFormatException: For input string: \"-9007199254740991\""},
  {"path":"$.xs[0:9007199254740991]","exception":"InvalidPathException: java.lang.NumberFormatException: For input string: \"9007199254740991\""},
  {"path":"$.xs[9007199254740991:]","exception":"InvalidPathException: java.lang.NumberFormatException: For input string: \"9007199254740991\""},
  {"path":"$.xs[:-9007199254740991]","exception":"InvalidPathException: java.lang.NumberFormatException: For input string: \"-9007199254740991\""},
  {"path":"$.xs[-2147483649:1]","exception":"InvalidPathException: java.lang.NumberFormatException: For input string: \"-2147483649\""},
  {"path":"$.xs[2147483648:]","exception":"InvalidPathException: java.lang.NumberFormatException: For input string: \"2147483648\""},
  {"path":"$.xs[99999999999999999999999:1]","exception":"InvalidPathException: java.lang.NumberFormatException: For input string: \"99999999999999999999999\""},
  {"path":"$.xs[0:2147483647]","value":"[1,2,3]"},
  {"path":"$.xs[2147483647:]","value":"[]"},
  {"path":"$.xs[-2147483648:]","value":"[1,2,3]"},
  {"path":"$.xs[:-2147483648]","value":"[]"},
  {"path":"$.xs[:2147483647]","value":"[1,2,3]"},
  {"path":"$.xs[2147483647:2147483647]","value":"[]"},
  {"path":"$.xs[-2147483648:-2147483647]","value":"[]"},
  {"path":"$.xs[-1000000:1]","value":"[1,2,3,1]"},
  {"path":"$.xs[-1000000:-1]","value":"[1,2]"},
  {"path":"$.xs[-2:1]","value":"[2,3,1]"},
  {"path":"$.xs[-1:2]","value":"[3,1,2]"},
  {"path":"$.xs[-5:2]","value":"[1,2,3,1,2]"},
  {"path":"$.xs[-3:-1]","value":"[1,2]"},
  {"path":"$.xs[1:-1]","value":"[]"},
  {"path":"$.xs[2:1]","value":"[]"},
  {"path":"$.xs[0:0]","value":"[]"},
  {"path":"$.xs[1:5]","value":"[2,3]"},
  {"path":"$.xs[-0:1]","value":"[1]"},
  {"path":"$.xs[-1:]","value":"[3]"},
  {"path":"$.xs[-5:]","value":"[1,2,3]"},
  {"path":"$.xs[:-1]","value":"[1,2]"},
  {"path":"$.xs[:-5]","value":"[]"},
  {"path":"$.e[-2:1]","value":"[]"},
  {"path":"$[*][-4:1]","value":"[1,2,3,1]"},
  {"path":"$..[-2:1]","value":"[2,3,1]"},
  {"path":"$.xs[1:2:3]","value":"[2]"},
  {"path":"$.xs[1::2]","value":"[2,3]"},
  {"path":"$.xs[::2]","exception":"InvalidPathException: Failed to parse SliceOperation: ::2"},
  {"path":"$.xs[:]","exception":"InvalidPathException: Failed to parse SliceOperation: :"},
  {"path":"$.xs[1 : 2]","exception":"InvalidPathException: Failed to parse SliceOperation: 1 : 2"},
  {"path":"$.xs[ 1:2 ]","value":"[2]"},
  {"path":"$.xs[1-2:3]","exception":"InvalidPathException: java.lang.NumberFormatException: For input string: \"1-2\""},
  {"path":"$.xs[:-]","exception":"InvalidPathException: java.lang.NumberFormatException: For input string: \"-\""},
  {"path":"$.xs[-:2]","exception":"InvalidPathException: java.lang.NumberFormatException: For input string: \"-\""},
  {"path":"$.xs[00000000000000000001:2]","value":"[2]"},
];

describe('JSONPath slices (oracle)', () => {
  it.each(ORACLE_READS)('$path', (expected) => {
    expect(read(doc, expected.path)).toEqual(expected);
  });

  it('a between-slice from the bottom of the int range gives what the walk would give, without walking it', () => {
    // The oracle does not finish `$.xs[-2147483648:1]` within two minutes (it visits 2^31
    // indexes); the indexes that hit are the same as for `$.xs[-1000000:1]` above: [1,2,3,1].
    expect(read(doc, '$.xs[-2147483648:1]')).toEqual({ path: '$.xs[-2147483648:1]', value: '[1,2,3,1]' });
  });
});

describe('a slice bound outside the int range in a translation map', () => {
  it('fails step 9 with Jayway\'s message, as the oracle does', () => {
    const d = definition({ map: { k: '$.xs[-9007199254740991:1]', w: '$.xs[-2:1]' }, headers: {}, success: '{"w": ${w}}' });
    const r = dryRun(d, { input: {}, response: { status: 200, body: parseJson('{"xs":[1,2,3]}') } });
    expect(r.success).toBe(false);
    expect(r.operations.map((o) => o.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.error).toEqual({
      message: 'Resolve translation map: key \'k\': java.lang.NumberFormatException: For input string: "-9007199254740991"',
      code: 'ACTION.PROCESSING',
      step: 9,
      libraryMessage: 'java.lang.NumberFormatException: For input string: "-9007199254740991"',
    });
  });
});
