/**
 * The CLI's configuration options: `--rule id=setting` (repeatable), `--fail-on`, `--config`
 * (relative to where the command is typed), and their usage errors (exit status 2).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { PRESENCE, Workspace } from './support/workspace.js';

let ws: Workspace;
let out: string;
let err: string;
beforeEach(() => {
  ws = new Workspace();
  ws.place(PRESENCE, 'presence.json', (d) => (d.name = `${d.name} - Exported 2021-03-03 @ 22:05`));
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const cli = (...args: string[]) => main(['validate', 'data-actions', '--root', ws.root, ...args], { INIT_CWD: ws.root });

describe('CLI configuration options', () => {
  it('--rule raises a rule to an error and --fail-on never lets the run pass anyway', async () => {
    expect(await cli()).toBe(0);
    expect(out).toContain('data-actions/presence.json:2:');
    expect(out).toContain(': warning [export-suffix] ');
    out = '';
    expect(await cli('--rule', 'export-suffix=error', '--rule', 'json-bom=off')).toBe(1);
    expect(out).toContain(': error [export-suffix] ');
    expect(await cli('--rule', 'export-suffix=error', '--fail-on', 'never')).toBe(0);
  });

  it('--config reads the named file; a missing one is a configuration error', async () => {
    ws.write('ci/strict.yml', 'fail-on: warning\n');
    expect(await cli('--config', 'ci/strict.yml')).toBe(1);
    expect(await cli('--config', 'ci/missing.yml')).toBe(2);
    expect(err).toContain(`--config ci/missing.yml: no such file (relative to ${ws.root}).`);
  });

  it('refuses a bad --rule or --fail-on with a usage error', async () => {
    expect(await cli('--rule', 'export-sufix=off')).toBe(2);
    expect(err).toContain('"export-sufix" is not a rule id; did you mean "export-suffix"?');
    expect(await cli('--fail-on', 'sometimes')).toBe(2);
    expect(err).toContain('Input "fail-on" must be one of error, warning, never; got "sometimes".');
  });
});
