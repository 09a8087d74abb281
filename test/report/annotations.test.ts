import { describe, expect, it } from 'vitest';
import { overflowNotice, selectAnnotations } from '../../src/report/annotations.js';
import type { Finding } from '../../src/validate/finding.js';

const file = 'data-actions/automated-callback__Add-contact-to-contact-list.custom.json';

function finding(severity: Finding['severity'], line: number, extra: Partial<Finding> = {}): Finding {
  return { ruleId: `rule-${severity}`, severity, message: `${severity} at ${line}`, file, line, column: 3, ...extra };
}

describe('selectAnnotations', () => {
  it('caps 25 errors at 10 annotations with an overflow of 15', () => {
    const findings = Array.from({ length: 25 }, (_, i) => finding('error', 25 - i));
    const { annotations, overflow } = selectAnnotations(findings, { perKind: 10 });
    expect(annotations).toHaveLength(10);
    expect(overflow).toBe(15);
    expect(annotations.map((a) => a.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(annotations.every((a) => a.kind === 'error' && a.title === 'rule-error')).toBe(true);
  });

  it('caps each kind separately, maps info to notice, and sorts by severity then file and line', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('info', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => finding('warning', i + 1, { file: 'b.json' })),
      finding('warning', 7, { file: 'a.json' }),
      finding('error', 40),
    ];
    const { annotations, overflow } = selectAnnotations(findings, { perKind: 10 });
    expect(overflow).toBe(2);
    expect(annotations.map((a) => `${a.kind}:${a.file === file ? 'f' : a.file}:${a.startLine}`)).toEqual([
      'error:f:40',
      'warning:a.json:7',
      'warning:b.json:1',
      'warning:b.json:2',
      'warning:b.json:3',
      ...Array.from({ length: 10 }, (_, i) => `notice:f:${i + 1}`),
    ]);
  });

  it('sets columns only when the finding starts and ends on one line', () => {
    const { annotations } = selectAnnotations(
      [
        finding('error', 7, { column: 60, endLine: 7, endColumn: 80 }),
        finding('error', 8, { column: 5, endLine: 12, endColumn: 2 }),
        finding('error', 9, { column: 4 }),
        finding('error', 1, { line: undefined, column: undefined }),
      ],
      { perKind: 10 },
    );
    expect(annotations).toEqual([
      { kind: 'error', message: 'error at 1', title: 'rule-error', file, startLine: 1 },
      { kind: 'error', message: 'error at 7', title: 'rule-error', file, startLine: 7, startColumn: 60, endColumn: 80 },
      { kind: 'error', message: 'error at 8', title: 'rule-error', file, startLine: 8, endLine: 12 },
      { kind: 'error', message: 'error at 9', title: 'rule-error', file, startLine: 9, startColumn: 4 },
    ]);
  });

  it('puts the hint on a second line of the message', () => {
    const { annotations } = selectAnnotations([finding('warning', 7, { hint: 'Write ${input.contactListId}.' })]);
    expect(annotations[0]!.message).toBe('warning at 7\nHint: Write ${input.contactListId}.');
  });

  it('returns nothing for no findings', () => {
    expect(selectAnnotations([])).toEqual({ annotations: [], overflow: 0 });
  });
});

describe('overflowNotice', () => {
  it('points at the job summary', () => {
    expect(overflowNotice(15)).toBe('15 more findings, see the job summary');
    expect(overflowNotice(1)).toBe('1 more finding, see the job summary');
  });
});
