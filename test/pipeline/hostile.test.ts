/**
 * Hostile pull requests: symbolic links, report-file traps, credential values used to censor
 * reports, names that forge workflow commands.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/inputs.js';
import { runPipeline, safeLog } from '../../src/pipeline/run.js';
import { writeFileInWorkspace } from '../../src/util/safe-write.js';
import { CORPUS_DIR } from '../support/corpus.js';

const PRESENCE = 'purplenet__Get-User-Presence.json';

function workspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  mkdirSync(path.join(root, 'data-actions'));
  return root;
}

const validate = (root: string) => runPipeline(parseInputs(() => '', {}), { root });

describe('symbolic links in the repository', () => {
  it('are never read: not as definitions, not as fixtures, not as folders', async () => {
    const root = workspace();
    const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
    writeFileSync(path.join(outside, 'secret.json'), '{"name": "outside secret"}');
    cpSync(path.join(CORPUS_DIR, PRESENCE), path.join(root, 'data-actions/presence.json'));
    symlinkSync('/etc/passwd', path.join(root, 'data-actions/passwd.json'));
    symlinkSync(outside, path.join(root, 'data-actions/outside'));
    symlinkSync('.', path.join(root, 'data-actions/loop'));
    symlinkSync('/dev/zero', path.join(root, 'data-actions/presence.fixture.json'));
    const { report } = await validate(root);
    expect(report.actions.map((a) => a.file)).toEqual(['data-actions/presence.json']);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.message])).toEqual([
      ['fixture-invalid', 'data-actions/presence.fixture.json', 'Fixture: The file cannot be read: it is a symbolic link, and links are not followed (they could point outside the repository).'],
    ]);
    expect(JSON.stringify(report)).not.toContain('root:');
  });

  it('refuses an explicitly named file behind a linked folder', async () => {
    const root = workspace();
    const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
    writeFileSync(path.join(outside, 'x.json'), '{}');
    symlinkSync(outside, path.join(root, 'linked'));
    const { report } = await runPipeline(parseInputs((n) => (n === 'path' ? 'linked/x.json' : ''), {}), { root });
    expect(report.findings[0]).toMatchObject({ ruleId: 'file-unreadable', message: 'The file cannot be read: its folder is a symbolic link leading outside the repository, which is not followed.' });
  });
});

describe('writeFileInWorkspace', () => {
  it('does not write through a symbolic link prepared by the repository', () => {
    const root = workspace();
    const victim = path.join(mkdtempSync(path.join(tmpdir(), 'victim-')), 'later-step.sh');
    writeFileSync(victim, '#!/bin/sh\necho ok\n');
    symlinkSync(victim, path.join(root, 'report.json'));
    expect(() => writeFileInWorkspace(root, 'report.json', '{}')).toThrow('report.json is a symbolic link; it was not followed');
    symlinkSync(path.dirname(victim), path.join(root, 'out'));
    expect(() => writeFileInWorkspace(root, 'out/new/deeper/r.json', '{}')).toThrow('out/new/deeper/r.json leads outside the workspace through a symbolic link');
    expect(existsSync(path.join(path.dirname(victim), 'new'))).toBe(false);
    expect(() => writeFileInWorkspace(root, '../elsewhere/r.json', '{}')).toThrow('../elsewhere/r.json is outside the workspace');
    expect(readFileSync(victim, 'utf8')).toBe('#!/bin/sh\necho ok\n');
    expect(writeFileInWorkspace(root, 'reports/r.json', '{"a":1}')).toBe(path.join(root, 'reports/r.json'));
  });
});

describe('fixture credentials', () => {
  it('are redacted from the case trace and messages, but cannot censor names or paths', async () => {
    const root = workspace();
    const doc = JSON.parse(readFileSync(path.join(CORPUS_DIR, PRESENCE), 'utf8'));
    doc.config.request.headers['x-api-key'] = '${credentials.apiKey}';
    doc.config.request.requestUrlTemplate = '/api/v2/users/${input.USER_ID}/presences/PURECLOUD?k=${credentials.apiKey}';
    writeFileSync(path.join(root, 'data-actions/presence.json'), JSON.stringify(doc));
    writeFileSync(
      path.join(root, 'data-actions/presence.fixture.json'),
      JSON.stringify({
        credentials: { apiKey: 'sk_live_SuperSecretKey12345', a: 'Get User Presence', b: 'data-actions/presence' },
        input: { USER_ID: 'u1' },
        response: { status: 500, body: { echo: 'sk_live_SuperSecretKey12345' } },
      }),
    );
    const { report } = await validate(root);
    const text = JSON.stringify(report);
    expect(text).not.toContain('sk_live_SuperSecretKey12345');
    expect(report.actions[0]).toMatchObject({ name: 'Get User Presence', file: 'data-actions/presence.json', dryRun: 'failed' });
    // The URL is built from a credential: the whole rendered value is treated as a secret.
    expect(report.actions[0]!.cases[0]!.trace.operations[4]!.result).toBe('***');
  });

  it('are redacted also where a template transformed them (base64, URL-encoded, JSON-escaped, cut)', async () => {
    const root = workspace();
    const doc = JSON.parse(readFileSync(path.join(CORPUS_DIR, PRESENCE), 'utf8'));
    const secret = 'p@ss/w+rd "x" 2024';
    doc.config.request.headers['X-Client'] = '$encoding.base64("${credentials.clientId}:${credentials.clientSecret}")';
    doc.config.request.headers['X-Part'] = '$credentials.clientSecret.substring(1)';
    doc.config.request.requestUrlTemplate = '/api/v2/users/${input.USER_ID}/presences/PURECLOUD?sig=$esc.url(${credentials.clientSecret})';
    doc.config.request.requestType = 'POST';
    doc.config.request.requestTemplate = '{"s": "$esc.jsonString(${credentials.clientSecret})"}';
    writeFileSync(path.join(root, 'data-actions/presence.json'), JSON.stringify(doc));
    writeFileSync(
      path.join(root, 'data-actions/presence.fixture.json'),
      JSON.stringify({ credentials: { clientId: 'my-client-id-42', clientSecret: secret }, input: { USER_ID: 'u1' }, response: { status: 200, body: {} } }),
    );
    const { report } = await validate(root);
    const text = JSON.stringify(report);
    const derived = [
      Buffer.from(`my-client-id-42:${secret}`).toString('base64'),
      encodeURIComponent(secret).replace(/%20/g, '+').replace(/%22/g, '%22'),
      secret.replace(/"/g, '\\"'),
      secret.substring(1),
    ];
    for (const d of derived) expect(text).not.toContain(d.slice(0, 12));
    const ops = report.actions[0]!.cases[0]!.trace.operations;
    expect(ops[4]!.result).toBe('***');
    expect(ops[5]!.result).toMatchObject({ 'X-Client': '***', 'X-Part': '***' });
    expect(ops[6]!.result).toBe('***');
  });
});

describe('names that try to forge workflow commands', () => {
  it('are rejected by validation and flattened in log lines', async () => {
    const root = workspace();
    const doc = JSON.parse(readFileSync(path.join(CORPUS_DIR, PRESENCE), 'utf8'));
    doc.name = 'Innocent\n::error file=README.md,line=1::Injected';
    writeFileSync(path.join(root, 'data-actions/presence.json'), JSON.stringify(doc));
    const { report } = await validate(root);
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['name-characters', 'error']]);
    const lines: string[] = [];
    safeLog((m) => lines.push(m))(`Creating: ${doc.name}`);
    safeLog((m) => lines.push(m))('::add-mask::x');
    expect(lines).toEqual(['Creating: Innocent ::error file=README.md,line=1::Injected', ': :add-mask::x']);
  });
});

describe('templates that never finish', () => {
  it('stop at their step after the time limit; the other definitions are still checked', async () => {
    const root = workspace();
    const doc = JSON.parse(readFileSync(path.join(CORPUS_DIR, PRESENCE), 'utf8'));
    doc.config.request.requestUrlTemplate = '/api/v2/users/#if($input.USER_ID.matches("(a+)+b"))x#end';
    writeFileSync(path.join(root, 'data-actions/redos.json'), JSON.stringify({ ...doc, name: 'ReDoS' }));
    writeFileSync(path.join(root, 'data-actions/redos.fixture.json'), JSON.stringify({ input: { USER_ID: 'a'.repeat(40) }, response: { body: {} } }));
    cpSync(path.join(CORPUS_DIR, PRESENCE), path.join(root, 'data-actions/presence.json'));
    const { report } = await runPipeline(parseInputs(() => '', {}), { root, dryRunLimits: { timeoutMs: 1500 } });
    const redos = report.actions.find((a) => a.name === 'ReDoS')!;
    expect(redos.dryRun).toBe('failed');
    expect(redos.cases[0]!.trace.error).toMatchObject({ step: 5, code: 'ACTION.PROCESSING' });
    expect(redos.cases[0]!.trace.error!.message).toMatch(/^The dry run stopped after 1\.5 s in step 5 \(Resolve request URL template\)/);
    expect(report.actions.find((a) => a.name === 'Get User Presence')!.validation).toBe('passed');
  });
});

describe('catastrophic regular expressions during validation', () => {
  it('never run on the main thread: the validation rules that render templates refuse Java regexes', async () => {
    const root = workspace();
    const doc = JSON.parse(readFileSync(path.join(CORPUS_DIR, PRESENCE), 'utf8'));
    doc.config.request.requestType = 'POST';
    doc.config.request.requestTemplate = '#set($s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")#if($s.matches("(a+)+b")){"x": 1}#end{"y": 1}';
    writeFileSync(path.join(root, 'data-actions/presence.json'), JSON.stringify(doc));
    // (a+)+b on 45 a's backtracks for minutes in a JavaScript RegExp: finishing at all proves it did not run.
    const { report } = await validate(root);
    expect(report.actions[0]).toMatchObject({ file: 'data-actions/presence.json', dryRun: 'none' });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
