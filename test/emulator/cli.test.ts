import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import axios from 'axios';
import { describe, expect, it } from 'vitest';
import { parsePort } from '../../emulator/cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('parsePort', () => {
  it('defaults to 8787 and reads --port N / --port=N', () => {
    expect(parsePort([])).toBe(8787);
    expect(parsePort(['--port', '9000'])).toBe(9000);
    expect(parsePort(['--port=0'])).toBe(0);
    expect(() => parsePort(['--port', 'abc'])).toThrow('invalid --port: abc');
  });
});

describe('emulator CLI', () => {
  it('prints the base URL and client id, serves logins, and stops on SIGINT', async () => {
    const child = spawn(`${ROOT}node_modules/.bin/tsx`, ['emulator/cli.ts', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m && out.includes('Press Ctrl+C')) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    expect(out).toContain('client id:     emulator-client');
    expect(out).toContain('Web Services Data Actions (custom-rest-actions)');
    const res = await axios.post(`${url}/oauth/token`, 'grant_type=client_credentials', {
      auth: { username: 'emulator-client', password: 'emulator-secret' },
      proxy: false,
    });
    expect(res.data.token_type).toBe('bearer');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
