/** The run's failure reason under each `fail-on` (github-action-conventions.md §6.1, §6.2). */
import { describe, expect, it } from 'vitest';
import { failureReason } from '../../src/pipeline/summarise.js';
import type { ActionReport } from '../../src/report/types.js';
import type { Finding } from '../../src/validate/finding.js';

const action = (over: Partial<ActionReport> = {}): ActionReport => ({ file: 'data-actions/a.json', validation: 'passed', dryRun: 'none', cases: [], ...over });
const finding = (ruleId: string, severity: Finding['severity']): Finding => ({ ruleId, severity, message: 'm', file: 'data-actions/a.json', line: 1, column: 1 });

describe('failureReason', () => {
  it('error: errors fail, by the stage they belong to; warnings do not', () => {
    expect(failureReason({ actions: [action({ validation: 'warnings' })], errors: [], findings: [finding('export-suffix', 'warning')] }, undefined, 'error')).toBeUndefined();
    expect(failureReason({ actions: [action()], errors: [], findings: [finding('fixture-orphan', 'error')] }, undefined, 'error')).toBe('validation-failed');
    expect(failureReason({ actions: [action()], errors: [], findings: [finding('dry-run-warning', 'error')] }, undefined, 'error')).toBe('test-failed');
    expect(failureReason({ actions: [action()], errors: [], findings: [finding('config-invalid', 'error')] }, undefined, 'error')).toBe('configuration');
  });

  it('warning: a remaining warning fails too', () => {
    expect(failureReason({ actions: [action({ validation: 'warnings' })], errors: [], findings: [finding('export-suffix', 'warning')] }, undefined, 'warning')).toBe('validation-failed');
    expect(failureReason({ actions: [action()], errors: [], findings: [finding('dry-run-failed', 'warning')] }, undefined, 'warning')).toBe('test-failed');
    expect(failureReason({ actions: [action()], errors: [], findings: [finding('suppression-unused', 'info')] }, undefined, 'warning')).toBeUndefined();
  });

  it('never: no finding fails, but deploy and verify failures, run errors and run-level reasons do', () => {
    const failing = action({ validation: 'failed', dryRun: 'failed', planError: 'x' });
    expect(failureReason({ actions: [failing], errors: [], findings: [finding('json-syntax', 'error')] }, undefined, 'never')).toBeUndefined();
    expect(failureReason({ actions: [action({ deploy: { name: 'a', status: 'failed' } })], errors: [], findings: [finding('org-permission', 'error')] }, undefined, 'never')).toBe('publish-failed');
    expect(failureReason({ actions: [action({ verify: { name: 'a', status: 'mismatch' } })], errors: [] }, undefined, 'never')).toBe('verify-failed');
    expect(failureReason({ actions: [], errors: ['bad input'] }, undefined, 'never')).toBe('configuration');
    expect(failureReason({ actions: [], errors: [] }, 'auth-failed', 'never')).toBe('auth-failed');
  });

  it('a dry-run failure the configuration accepted does not fail the run', () => {
    expect(failureReason({ actions: [action({ dryRun: 'failed', dryRunAccepted: true })], errors: [], findings: [finding('dry-run-failed', 'warning')] }, undefined, 'error')).toBeUndefined();
  });

  it('org-permission at deploy time gives publish-failed, not plan-failed', () => {
    expect(failureReason({ actions: [action({ deploy: { name: 'a', status: 'failed' } })], errors: [], findings: [finding('org-permission', 'error')] }, undefined, 'error')).toBe('publish-failed');
  });
});
