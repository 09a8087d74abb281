/**
 * `npm run demo`: deploys the bundled examples (examples/) with the bundled action
 * (dist/index.js), run exactly as a GitHub runner would, against the embedded Genesys Cloud
 * emulator — twice, to show that the second run finds everything unchanged. Prints each run's
 * outputs and job summary, and exits with the second run's exit status (non-zero: examples/
 * holds one deliberately broken definition).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmulator, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from '../emulator/index.js';
import { runBundledAction } from './run-action.js';

const examples = path.resolve(import.meta.dirname, '../examples');
const workspace = mkdtempSync(path.join(tmpdir(), 'demo-workspace-'));
cpSync(examples, workspace, { recursive: true });

const emulator = await createEmulator();
console.log(`Genesys Cloud emulator on ${emulator.url}; workspace ${workspace}\n`);

const inputs = {
  mode: 'deploy',
  path: 'data-actions/**',
  'client-id': DEFAULT_CLIENT_ID,
  'client-secret': DEFAULT_CLIENT_SECRET,
  'api-base-url': emulator.url,
  environment: 'demo',
};

let exitCode = 0;
try {
  for (const run of [1, 2]) {
    const result = await runBundledAction({ workspace, inputs });
    exitCode = result.exitCode;
    const o = result.outputs;
    console.log(`━━━ Run ${run}: exit code ${result.exitCode} ━━━`);
    console.log(`outputs: result=${o.result} failure-reason=${o['failure-reason'] || '-'} validated=${o.validated} created=${o.created} updated=${o.updated} unchanged=${o.unchanged} failed=${o.failed} has-changes=${o['has-changes']}`);
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning'));
    if (annotations.length) console.log(`annotations:\n  ${annotations.join('\n  ')}`);
    console.log(`\njob summary:\n${result.summary}`);
  }
  const actions = [...emulator.state.actions.values()].filter((a) => a.published);
  console.log(`The emulator now holds ${actions.length} published actions: ${actions.map((a) => `${a.published!.name} (v${a.published!.version})`).join(', ')}.`);
} finally {
  await emulator.close();
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(exitCode);
