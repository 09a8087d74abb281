/**
 * `npm run corpus:rules`: the local stages of a run (load, validate, repository checks; the
 * corpus has no fixtures) over the 140 corpus definitions of test/corpus/data-actions, as one
 * repository, with every rule at its default severity: findings per rule and severity, and how
 * many files each touches. `-v` also lists every error and warning. README "Rules" quotes these
 * figures.
 */
import path from 'node:path';
import { runLocal } from '../src/pipeline/local.js';
import { allRules } from '../src/validate/catalogue/index.js';
import type { Finding } from '../src/validate/finding.js';

const dir = path.resolve(import.meta.dirname, '../test/corpus/data-actions');
const verbose = process.argv.includes('-v');
const run = await runLocal(dir, ['*.json']);
const files = run.results.map((r) => r.report.file);
const findings: Finding[] = [...run.results.flatMap((r) => r.findings), ...run.findings];

const rows = allRules()
  .map((r) => {
    const own = findings.filter((x) => x.ruleId === r.id);
    const count = (s: string) => own.filter((x) => x.severity === s).length;
    return { id: r.id, error: count('error'), warning: count('warning'), info: count('info'), files: new Set(own.map((x) => x.file)).size };
  })
  .filter((r) => r.error + r.warning + r.info > 0);
console.log(`${files.length} corpus definitions, ${findings.length} findings (${findings.filter((f) => f.severity === 'error').length} errors in ${new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file)).size} files)\n`);
console.log('| rule | errors | warnings | infos | files |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| \`${r.id}\` | ${r.error} | ${r.warning} | ${r.info} | ${r.files} |`);
if (verbose) {
  console.log();
  for (const f of findings.filter((x) => x.severity !== 'info')) console.log(`${f.severity.padEnd(7)} ${f.file}:${f.line}:${f.column} ${f.ruleId}: ${f.message}`);
}
