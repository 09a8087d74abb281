import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, renderComment } from '../../src/report/comment.js';
import { markerPrefix, parseMarker, renderMarker } from '../../src/report/marker.js';
import type { ActionReport, RunReport } from '../../src/report/types.js';
import { ZOOM_CREDENTIALS, emptyReport, oracleTrace, realisticReport } from './fixtures/run-report.js';

const ctx = {
  key: 'prod',
  runUrl: 'https://github.com/acme/cx-data-actions/actions/runs/4242',
  repository: 'acme/cx-data-actions',
  sha: '0123456789abcdef0123456789abcdef01234567',
  environment: 'prod',
  version: '0.1.0',
  redact: Object.values(ZOOM_CREDENTIALS),
};

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

describe('comment marker', () => {
  it('opens the comment with the key and JSON metadata', () => {
    const body = renderComment(realisticReport(), ctx);
    expect(body.split('\n')[0]).toBe(
      '<!-- genesys-data-actions:prod {"version":1,"tool":"0.1.0","mode":"deploy","result":"failure",' +
        '"counts":{"validated":3,"created":1,"updated":0,"unchanged":1,"failed":1},"hasChanges":true} -->',
    );
    expect(parseMarker(body)).toEqual({
      key: 'prod',
      metadata: {
        version: 1,
        tool: '0.1.0',
        mode: 'deploy',
        result: 'failure',
        counts: { validated: 3, created: 1, updated: 0, unchanged: 1, failed: 1 },
        hasChanges: true,
      },
    });
  });

  it('cannot be closed early by --> in the key or metadata', () => {
    const key = 'prod --> <b>x</b>';
    const marker = renderMarker(key, {
      version: 1,
      tool: '1.0.0--><script>alert(1)</script>--!>',
      mode: 'plan',
      result: 'no-op',
      counts: { validated: 0, created: 0, updated: 0, unchanged: 0, failed: 0 },
      hasChanges: false,
    });
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(marker).not.toMatch(/--!>|<script|<b>/);
    expect(marker.slice(4, -3)).not.toContain('--');
    const parsed = parseMarker(`${marker}\nrest`);
    expect(parsed?.key).toBe(key);
    expect(parsed?.metadata.tool).toBe('1.0.0--><script>alert(1)</script>--!>');
    expect(parsed?.metadata.result).toBe('no-op');
  });

  it('keeps keys apart: prod does not match prod-eu', () => {
    expect(markerPrefix('prod')).toBe('<!-- genesys-data-actions:prod ');
    expect(markerPrefix('prod-eu').startsWith(markerPrefix('prod'))).toBe(false);
    expect(markerPrefix('')).toBe('<!-- genesys-data-actions:default ');
    expect(markerPrefix('a b/c')).toBe('<!-- genesys-data-actions:a%20b%2Fc ');
  });

  it('ignores bodies that are not ours', () => {
    expect(parseMarker('<!-- Sticky Pull Request Comment -->')).toBeUndefined();
    expect(parseMarker('hello <!-- genesys-data-actions:prod {} -->')).toBeUndefined();
  });
});

describe('renderComment content', () => {
  const body = renderComment(realisticReport(), ctx);

  it('puts the status line and counts right after the title', () => {
    expect(body).toContain(
      '### ❌ Genesys data actions · deploy · prod · mypurecloud.de · failure (publish-failed)\n\n' +
        '**Deploy failed** (<code>publish-failed</code>): 1 of 3 data actions failed.\n\n' +
        '| Validated | Created | Updated | Unchanged | Failed |\n|---:|---:|---:|---:|---:|\n| 3 | 1 | 0 | 1 | 1 |\n',
    );
  });

  it('lists errors first, then changes, warnings, orphans and passing items', () => {
    const order = ['#### ❌ Errors', '#### Changes', '#### ⚠️ Warnings', '#### Remote actions', 'Unchanged and passing', '#### Notes'].map((h) =>
      body.indexOf(h),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('says why the failed action failed, one line per stage', () => {
    expect(body).toContain(
      '- <code>Brian - Add contact to contact list</code> (<code>data-actions/automated-callback&#95;&#95;Add-contact-to-contact-list.custom.json</code>): ' +
        'dry run ❌ 1/2 passed — case <code>missing city</code>: Expected an output, but step 9 (Resolve translation map) failed.\n',
    );
    expect(body).toContain(': deploy ❌ failed — Publish refused: the draft version 4 is not the latest (409 Conflict).\n');
    expect(body).toContain('#### ❌ Errors\n\n- 1 data action could not be published.\n');
  });

  it('shows changes in <details> with the oracle step table, and creates as a line', () => {
    const changes = body.slice(body.indexOf('#### Changes'), body.indexOf('#### ⚠️ Warnings'));
    expect(changes).toContain('<details><summary>❌ ✏️ update <code>Brian - Add contact to contact list</code>');
    expect(changes).toContain("| 9 | Resolve translation map | ✗ | Resolve translation map: key &#39;city&#39;");
    expect(changes).toContain('- ✅ ➕ create <code>ZoomServerToServerOAuth&#95;UserPresenceUpdates</code>');
    expect(body).toContain('- <code>Disconnect Interaction</code> (<code>data-actions/ani-blacklist&#95;&#95;Disconnect-Interaction.json</code>) ＝ unchanged · dry run — no fixtures\n');
  });

  it('ends with a footer linking the run and omits nothing when it fits', () => {
    expect(body.endsWith(
      '<sub>genesys-data-actions 0.1.0 · commit <code>0123456</code> · <a href="https://github.com/acme/cx-data-actions/actions/runs/4242">job summary</a></sub>\n',
    )).toBe(true);
    expect(body).not.toContain('omitted');
  });

  it('words the status for plan and no-op runs', () => {
    const plan: RunReport = { ...realisticReport(), mode: 'plan', result: 'success', failureReason: undefined };
    expect(renderComment(plan, ctx)).toContain('**Plan ready**: 1 to create, 0 to update, 1 unchanged.\n');
    expect(renderComment(emptyReport('plan'), ctx)).toContain('**No changes**: every data action matches the org.\n');
    expect(renderComment(emptyReport('validate'), ctx)).toContain('**Validation passed**: 0 data actions validated.\n');
  });

  it('escapes hostile names and redacts credential values', () => {
    const report = realisticReport();
    report.actions[1] = { ...report.actions[1]!, name: '<script>alert(1)</script>|`x`' };
    report.errors = [`Token ${ZOOM_CREDENTIALS.clientSecret} rejected`, 'Authorization: Bearer abcDEF123456789xyz'];
    const out = renderComment(report, ctx);
    expect(out).not.toContain('<script');
    expect(out).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;&#124;&#96;x&#96;</code>');
    expect(out).toContain('- Token &#42;&#42;&#42; rejected\n- Authorization: Bearer &#42;&#42;&#42;\n');
    expect(out).not.toContain(ZOOM_CREDENTIALS.clientSecret);
  });
});

describe('renderComment budget', () => {
  function bigReport(actions: number): RunReport {
    const report = emptyReport('plan');
    const trace = oracleTrace('oracle-16-non-2xx');
    for (let i = 0; i < actions; i++) {
      const file = `data-actions/team-${i}/Get-Customer-By-Phone-${i}.json`;
      const action: ActionReport = {
        file,
        name: `Get Customer By Phone ${i}`,
        validation: 'failed',
        dryRun: 'failed',
        cases: [{ name: `lookup ${i}`, file: file.replace('.json', '.fixtures.json'), passed: false, message: 'Expected an output, but step 8 failed.', trace }],
        plan: 'update',
        changedFields: ['config.request.requestUrlTemplate', 'config.response.translationMap'],
      };
      report.actions.push(action);
      report.findings.push({
        ruleId: 'velocity-syntax',
        severity: 'error',
        message: `Encountered "}" at requestTemplate[line 3, column ${i}] ${'<lexical detail> '.repeat(40)}`,
        hint: 'Close every ${…} reference and #if/#end pair.',
        file,
        line: 9,
        column: 28,
      });
      report.findings.push({ ruleId: 'header-accept', severity: 'warning', message: `Accept header is not JSON ${'w'.repeat(200)}`, file, line: 11, column: 9 });
    }
    report.counts = { validated: 0, created: 0, updated: actions, unchanged: 0, failed: actions };
    report.result = 'failure';
    report.failureReason = 'validation-failed';
    report.hasChanges = true;
    return report;
  }

  it('keeps 500 actions with long findings within 60,000 characters, marker intact, with an omission note', () => {
    const body = renderComment(bigReport(500), ctx);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT * 0.95);
    expect(parseMarker(body)?.metadata.counts).toEqual({ validated: 0, created: 0, updated: 500, unchanged: 0, failed: 500 });
    expect(body.split('\n')[0]).toBe(
      '<!-- genesys-data-actions:prod {"version":1,"tool":"0.1.0","mode":"plan","result":"failure",' +
        '"counts":{"validated":0,"created":0,"updated":500,"unchanged":0,"failed":500},"hasChanges":true} -->',
    );
    const note = /\n\n> ⚠️ (\d+) items omitted; see the job summary of <a href="https:\/\/github\.com\/acme\/cx-data-actions\/actions\/runs\/4242">this run<\/a>\.\n\n<sub>[^\n]*<\/sub>\n$/.exec(body);
    expect(note).not.toBeNull();
    // Everything is either shown or counted: errors (500 findings + 500 dry-run lines), 500 changes, 500 warnings.
    const shown =
      count(body, /^- ❌ <code>data-actions/gm) +
      count(body, /^- <code>Get Customer By Phone \d+<\/code> .*: dry run/gm) +
      count(body, /<details><summary>/g) +
      count(body, /^- ⚠️ <code>/gm);
    expect(shown + Number(note![1])).toBe(2_000);
    // Errors alone exceed the budget, so they take all of it: no change or warning is shown.
    expect(count(body, /^- ❌ <code>data-actions/gm)).toBeGreaterThan(0);
    expect(count(body, /<details><summary>/g)).toBe(0);
    expect(count(body, /^- ⚠️ <code>/gm)).toBe(0);
    expect(body).not.toContain('#### Changes');
  });

  it('never leaves a tag or code fence open', () => {
    for (const n of [3, 40, 500]) {
      const body = renderComment(bigReport(n), { ...ctx, runUrl: undefined });
      expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      for (const tag of ['details', 'summary', 'code', 'sub', 'a', 'i']) {
        expect(count(body, new RegExp(`<${tag}[ >]`, 'g'))).toBe(count(body, new RegExp(`</${tag}>`, 'g')));
      }
      expect(count(body, /^```/gm) % 2).toBe(0);
      if (n === 500) expect(body).toMatch(/\n\n> ⚠️ \d+ items omitted; see the job summary\.\n\n<sub>genesys-data-actions 0\.1\.0 · commit <code>0123456<\/code><\/sub>\n$/);
    }
  });

  it('honours a smaller limit and still keeps marker, title and counts', () => {
    const body = renderComment(bigReport(50), ctx, 3_000);
    expect(body.length).toBeLessThanOrEqual(3_000);
    expect(body).toContain('| 0 | 0 | 50 | 0 | 50 |');
    expect(body).toMatch(/items omitted; see the job summary/);
  });
});
