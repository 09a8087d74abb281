/**
 * Runs the bundled action (`dist/index.js`) exactly as a GitHub runner would: a child Node
 * process with `INPUT_*` variables (hyphens kept, as the runner does), `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY` files, and an event payload at `GITHUB_EVENT_PATH`. Used by
 * `npm run demo` and the end-to-end tests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Absolute path of this repository's bundle. */
export const BUNDLE = path.resolve(import.meta.dirname, '../dist/index.js');

export interface RunActionOptions {
  /** The checked-out repository (`GITHUB_WORKSPACE`). */
  workspace: string;
  /** Action inputs by their action.yml names. */
  inputs: Record<string, string>;
  /** `GITHUB_EVENT_NAME`, default `push`. */
  eventName?: string;
  /** The webhook payload written to `GITHUB_EVENT_PATH`. */
  event?: unknown;
  /** More environment variables (e.g. `GITHUB_API_URL` of a fake GitHub). */
  env?: Record<string, string>;
}

export interface RunActionResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Parsed `GITHUB_OUTPUT` file. */
  outputs: Record<string, string>;
  /** Text appended to `GITHUB_STEP_SUMMARY`. */
  summary: string;
}

/** Parses the `GITHUB_OUTPUT` file format (`name<<DELIM\nvalue\nDELIM` or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** Runs `node dist/index.js` with runner-style environment; resolves when it exits. */
export async function runBundledAction(options: RunActionOptions): Promise<RunActionResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'runner-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary.md');
  const eventFile = path.join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'example-org/contact-center',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1001',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [BUNDLE], { env, cwd: options.workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const result = { exitCode, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
  rmSync(dir, { recursive: true, force: true });
  return result;
}
