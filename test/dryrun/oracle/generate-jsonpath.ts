/**
 * Regenerates test/dryrun/oracle/jsonpath-fidelity.json: runs the Java oracle (../shared/oracle,
 * or $ORACLE; profile modern = json-path 2.10.0, json-smart 2.6.0) on the probes of
 * jsonpath-probes.ts, one oracle case per document, every path in one translation map (each
 * with a default, so every path is attempted and the step-9 details give its value or
 * exception). Needs a JDK and the oracle's jars; CI only reads the committed output.
 *
 *     npx tsx test/dryrun/oracle/generate-jsonpath.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { toJsonModel } from '../../../src/dryrun/json/model.js';
import { parseJson } from '../../../src/dryrun/json/parse.js';
import { writeJson } from '../../../src/dryrun/json/write.js';
import { jsonPathCase } from './cases.js';
import { JSONPATH_FIDELITY_PROBES, probeDoc } from './jsonpath-probes.js';

const oracle = process.env.ORACLE ?? path.resolve(import.meta.dirname, '../../../../shared/oracle/oracle');

const cases = JSONPATH_FIDELITY_PROBES.map((p, i) => jsonPathCase({ doc: probeDoc(p), paths: p.paths }, i));
const input = cases.map((c) => writeJson(toJsonModel(c))).join('\n');
const out = execFileSync(oracle, ['--profile', 'modern', '--jsonl'], { input, env: { ...process.env, ORACLE_QUIET: '1' }, maxBuffer: 1 << 28 });
const results = out.toString('utf8').trim().split('\n').map((line) => parseJson(line) as Record<string, unknown>);

type Op = { step: number; result: unknown; details?: Record<string, unknown> };
type Detail = { definite?: boolean; exception?: string; source: string };

const entries = JSONPATH_FIDELITY_PROBES.map((p, i) => {
  const r = results[i] as Record<string, unknown>;
  const op = (r.operations as Op[]).find((o) => o.step === 9);
  if (!op) throw new Error(`oracle case ${i} did not reach step 9: ${JSON.stringify(r.error)}`);
  const values = op.result as Record<string, string>;
  const details = (op.details?.paths ?? {}) as Record<string, Detail>;
  return {
    about: p.about,
    doc: probeDoc(p),
    reads: p.paths.map((read, j) => {
      const d = details[`p${j}`] as Detail;
      return d.source === 'path'
        ? { path: read, definite: d.definite, value: values[`p${j}`] }
        : { path: read, ...(d.definite !== undefined ? { definite: d.definite } : {}), exception: d.exception };
    }),
  };
});
const file = join(import.meta.dirname, 'jsonpath-fidelity.json');
writeFileSync(file, `[\n${entries.map((e) => writeJson(toJsonModel(e))).join(',\n')}\n]\n`);
console.log(`jsonpath-fidelity.json: ${entries.length} documents, ${entries.reduce((n, e) => n + e.reads.length, 0)} reads`);
