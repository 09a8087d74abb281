/** Reads the oracle-generated fixtures of test/dryrun/oracle with the engine's JSON parser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson } from '../../../src/dryrun/json/parse.js';

/** Parses test/dryrun/oracle/<name> (numbers with a fraction stay Java doubles). */
export function readFixture<T>(name: string): T {
  return parseJson(readFileSync(join(import.meta.dirname, '..', 'oracle', name), 'utf8')) as unknown as T;
}
