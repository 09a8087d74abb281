import { describe, expect, it } from 'vitest';
import { actionOutputs } from '../../src/report/outputs.js';
import { emptyReport, realisticReport } from './fixtures/run-report.js';

describe('actionOutputs', () => {
  it('gives counts, change flag, result and failure reason as strings', () => {
    expect(actionOutputs(realisticReport(), '.genesys/report.json')).toEqual({
      validated: '3',
      created: '1',
      updated: '0',
      unchanged: '1',
      failed: '1',
      'has-changes': 'true',
      result: 'failure',
      'failure-reason': 'publish-failed',
      'report-path': '.genesys/report.json',
    });
  });

  it('leaves failure-reason empty for a run without failure', () => {
    const out = actionOutputs(emptyReport('plan'), '/tmp/r.json');
    expect(out['failure-reason']).toBe('');
    expect(out['has-changes']).toBe('false');
    expect(out.result).toBe('no-op');
  });
});
