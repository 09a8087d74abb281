import { describe, expect, it } from 'vitest';
import { SUMMARY_LIMIT_BYTES, renderSummary } from '../../src/report/summary.js';
import type { ActionReport, RunReport } from '../../src/report/types.js';
import { FILES, ZOOM_CREDENTIALS, emptyReport, oracleTrace, realisticReport } from './fixtures/run-report.js';

const ctx = {
  runUrl: 'https://github.com/acme/cx-data-actions/actions/runs/4242',
  repository: 'acme/cx-data-actions',
  sha: '0123456789abcdef0123456789abcdef01234567',
  environment: 'prod',
  version: '0.1.0',
  redact: Object.values(ZOOM_CREDENTIALS),
};

/** Pipes that are table-cell delimiters (not inside an entity). */
const cellDelimiters = (row: string): number => row.split('|').length - 1;

describe('renderSummary for a realistic deploy run', () => {
  const md = renderSummary(realisticReport(), ctx);

  it('opens with an h3 title naming mode, environment, region and result', () => {
    expect(md.split('\n')[0]).toBe('### ❌ Genesys data actions · deploy · prod · mypurecloud.de · failure (publish-failed)');
  });

  it('links the commit and the run, and gives the duration', () => {
    expect(md).toContain(
      'commit <a href="https://github.com/acme/cx-data-actions/commit/0123456789abcdef0123456789abcdef01234567"><code>0123456</code></a>',
    );
    expect(md).toContain('<a href="https://github.com/acme/cx-data-actions/actions/runs/4242">workflow run</a> · 3.2 s');
  });

  it('has the counts table', () => {
    expect(md).toContain('| Validated | Created | Updated | Unchanged | Failed |\n|---:|---:|---:|---:|---:|\n| 3 | 1 | 0 | 1 | 1 |\n');
  });

  it('has one row per action with plan, validation, dry run, deploy and verify', () => {
    expect(md).toContain('| File | Action | Plan | Validation | Dry run | Deploy | Verify |');
    expect(md).toContain(
      '| <code>data-actions/automated-callback&#95;&#95;Add-contact-to-contact-list.custom.json</code> | Brian - Add contact to contact list | ✏️ update | ⚠️ warnings | ❌ 1/2 passed | ❌ failed | ⏭️ skipped |\n',
    );
    expect(md).toContain('| ➕ create | ✅ passed | ✅ 1/1 passed | ✅ created (v1) | ✅ verified |\n');
    expect(md).toContain('| Disconnect Interaction | ＝ unchanged | ✅ passed | — no fixtures | ＝ unchanged | ✅ verified |\n');
  });

  it('lists every finding with file:line:column, rule id, message and hint', () => {
    expect(md).toContain('#### Findings (2)');
    expect(md).toContain(
      '| ⚠️ | <code>data-actions/automated-callback&#95;&#95;Add-contact-to-contact-list.custom.json:7:60</code> | <code>velocity-input-case</code> | ' +
        'Reference $Input.contactListId uses &quot;Input&quot;; the input context is named &quot;input&quot;. | Write ${input.contactListId}. |',
    );
    expect(md).toContain('| ℹ️ | <code>data-actions/ani-blacklist&#95;&#95;Disconnect-Interaction.json:15:25</code> | <code>translation-map-empty</code> |');
  });

  it('shows the oracle step table of the failed case and the changed fields in <details>', () => {
    const details = md.slice(md.indexOf('#### Details'));
    expect(details).toContain('<details><summary>❌ ✏️ update <code>Brian - Add contact to contact list</code>');
    expect(details).toContain('**Changed fields:** <code>config.request.requestUrlTemplate</code>, <code>contract.input.inputSchema</code>');
    expect(details).toContain('**Deploy:** ❌ failed — Publish refused: the draft version 4 is not the latest (409 Conflict).');
    expect(details).toContain('| 8 | Execute | ✓ |  |\n');
    expect(details).toContain(
      "| 9 | Resolve translation map | ✗ | Resolve translation map: key &#39;city&#39;: No results for path: $&#91;&#39;user&#39;&#93;&#91;&#39;city&#39;&#93; |\n",
    );
    // The passing case (an expected step-8 failure) and passing actions get no step table.
    expect(details).not.toContain('user not found');
    expect(details).not.toContain('ZoomServerToServerOAuth');
    expect(details.match(/<details>/g)).toHaveLength(1);
    expect(details.match(/<\/details>/g)).toHaveLength(1);
  });

  it('lists orphans as never deleted, then run-level errors and notes at the end', () => {
    expect(md).toContain('| Get Weather (old) | Web Services Data Actions | <code>custom&#95;-&#95;55aa0c31</code> |');
    const order = ['#### Data actions', '#### Remote actions', '#### Findings', '#### Details', '#### Run errors', '#### Notes'].map((h) =>
      md.indexOf(h),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain('#### Run errors\n\n- 1 data action could not be published.\n');
    expect(md).toContain('#### Notes\n\n- Drafts left by an earlier run were replaced.\n');
  });

  it('says nothing was omitted when it fits', () => {
    expect(md).not.toContain('Omitted');
  });
});

describe('renderSummary per mode', () => {
  it('validate mode has no plan, deploy or verify columns', () => {
    const report: RunReport = { ...realisticReport(), mode: 'validate' };
    const md = renderSummary(report, {});
    expect(md).toContain('| File | Action | Validation | Dry run |\n|---|---|---|---|\n');
    expect(md).not.toContain('| Plan |');
  });

  it('plan mode speaks of changes to come', () => {
    const md = renderSummary({ ...realisticReport(), mode: 'plan' }, {});
    expect(md).toContain('| Validated | To create | To update | Unchanged | Failed |');
    expect(md).toContain('| File | Action | Plan | Validation | Dry run |\n');
  });

  it('says when no definitions were found and leaves out empty sections', () => {
    const md = renderSummary(emptyReport(), {});
    expect(md).toContain('### ➖ Genesys data actions · validate · no-op');
    expect(md).toContain('No data-action definitions were found.');
    expect(md).not.toContain('####');
  });
});

describe('renderSummary escaping', () => {
  it('escapes hostile names, files and messages', () => {
    const hostile = '<script>alert(1)</script> | `rm` **x**';
    const report = realisticReport();
    report.actions[0] = { ...report.actions[0]!, name: hostile, file: 'data-actions/<img src=x onerror=alert(1)>|.json' };
    report.findings[0] = { ...report.findings[0]!, message: hostile, hint: '</details><h1>x</h1>' };
    const md = renderSummary(report, ctx);
    expect(md).not.toMatch(/<script|<img|<h1|`rm`|\*\*x\*\*/);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &#124; &#96;rm&#96; &#42;&#42;x&#42;&#42;');
    const row = md.split('\n').find((l) => l.includes('&lt;img src=x'))!;
    expect(cellDelimiters(row)).toBe(8); // 7 columns
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  it('redacts fixture credential values and Authorization values from failed-case traces', () => {
    const report = realisticReport();
    const zoom = report.actions[2]!;
    const trace = oracleTrace('oracle-zoom-auth');
    // Same trace, but as a failed expectation so its step table is shown.
    trace.operations[5]!.warnings = ['Header Authorization is Basic em9vbUNsaWVudElkNzpzM2NyM3QtWm9vbS1WYWx1ZQ=='];
    zoom.dryRun = 'failed';
    zoom.cases = [{ ...zoom.cases[0]!, passed: false, message: `Output differs for ${ZOOM_CREDENTIALS.clientSecret}`, trace }];
    const md = renderSummary(report, ctx);
    expect(md).toContain('Output differs for &#42;&#42;&#42;');
    expect(md).toContain('⚠️ Header Authorization is Basic &#42;&#42;&#42;');
    expect(md).not.toContain('em9vbUNsaWVudElkNzpzM2NyM3QtWm9vbS1WYWx1ZQ');
    expect(md).not.toContain('s3cr3t-Zoom-Value');
    expect(md).not.toContain('eyJhbGciOiJIUzUxMiJ9.fake-token-value');
  });
});

describe('renderSummary size budget', () => {
  function hugeReport(count: number): RunReport {
    const report = emptyReport('plan');
    const trace = oracleTrace('oracle-03-missing-no-default');
    for (let i = 0; i < count; i++) {
      const file = `data-actions/action-${i}.json`;
      const action: ActionReport = {
        file,
        name: `Action ${i}`,
        validation: 'failed',
        dryRun: 'failed',
        cases: [{ name: 'case', file: `data-actions/action-${i}.fixtures.json`, passed: false, message: 'x'.repeat(300), trace }],
        plan: 'update',
        changedFields: ['config.request.requestTemplate'],
      };
      report.actions.push(action);
      report.findings.push({ ruleId: 'structure', severity: 'error', message: `m${i} ${'y'.repeat(100)}`, file, line: 1, column: 1 });
    }
    report.counts = { validated: 0, created: 0, updated: count, unchanged: 0, failed: count };
    report.result = 'failure';
    report.failureReason = 'validation-failed';
    report.errors = ['Validation failed.'];
    return report;
  }

  it('stays within 1,000,000 UTF-8 bytes, keeping findings and rows before details', () => {
    const md = renderSummary(hugeReport(2_000), ctx);
    const bytes = Buffer.byteLength(md, 'utf8');
    expect(bytes).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(bytes).toBeGreaterThan(SUMMARY_LIMIT_BYTES * 0.95);
    expect(md).toContain('| 0 | 0 | 2000 | 0 | 2000 |');
    expect(md).toContain('#### Run errors\n\n- Validation failed.');
    // Every finding and every per-action row fits; details are what gets dropped.
    expect(md.match(/^\| ❌ \| <code>data-actions\/action-\d+\.json:1:1<\/code>/gm)).toHaveLength(2_000);
    expect(md.match(/^\| <code>data-actions\/action-\d+\.json<\/code> \| Action \d+ \|/gm)).toHaveLength(2_000);
    const note = /> ⚠️ Omitted to stay under the job summary size limit: (\d+) per-action details\.\n$/.exec(md);
    expect(note).not.toBeNull();
    const shown = md.match(/<details>/g)?.length ?? 0;
    expect(shown + Number(note![1])).toBe(2_000);
    expect(md.match(/<\/details>/g)?.length ?? 0).toBe(shown);
    expect(md).toContain(`_${note![1]} more per-action details omitted (job summary size limit)._`);
  });

  it('drops findings past a small limit and says how many', () => {
    const md = renderSummary(hugeReport(30), ctx, 5_000);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(5_000);
    expect(md.startsWith('### ❌ Genesys data actions · plan · prod · failure (validation-failed)\n')).toBe(true);
    const kept = md.match(/^\| ❌ \| <code>data-actions\/action-/gm)?.length ?? 0;
    expect(kept).toBeGreaterThan(0);
    expect(md).toContain(`_${30 - kept} more findings omitted (job summary size limit)._`);
    expect(md).toMatch(new RegExp(`Omitted to stay under the job summary size limit: .*${30 - kept} findings.*30 per-action details\\.`));
  });
});

describe('validate mode', () => {
  it('shows only definitions, validated and failed in the counts table', () => {
    const report = emptyReport('validate');
    report.counts = { validated: 3, created: 0, updated: 0, unchanged: 0, failed: 1 };
    const md = renderSummary(report, {});
    expect(md).toContain('| Definitions | Validated | Failed |\n|---:|---:|---:|\n| 0 | 3 | 1 |');
    expect(md).not.toContain('Created');
  });
});
