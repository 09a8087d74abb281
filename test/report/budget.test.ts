import { describe, expect, it } from 'vitest';
import { assembleWithinBudget, type BudgetSection } from '../../src/report/budget.js';

const options = (limit: number) => ({
  limit,
  measure: (t: string) => t.length,
  footer: (omitted: Array<{ label: string; count: number }>, total: number) =>
    `[${total} omitted: ${omitted.map((o) => `${o.count} ${o.label}`).join(', ')}]`,
});

describe('assembleWithinBudget', () => {
  const sections: BudgetSection[] = [
    { priority: 0, label: 'head', head: 'H\n', items: [] },
    { priority: 2, label: 'low', head: 'L:', items: ['l1', 'l2'], tail: '\n' },
    { priority: 1, label: 'high', head: 'X:', items: ['aaaa', 'bbbb', 'c'], tail: '\n', omittedLine: (n) => `(+${n})` },
  ];

  it('keeps everything, in array order, when it fits', () => {
    expect(assembleWithinBudget(sections, options(100))).toEqual({
      text: 'H\nL:l1l2\nX:aaaabbbbc\n',
      omitted: 0,
      omittedBySection: [],
    });
  });

  it('gives higher priority sections the space first and names what was dropped', () => {
    // Reserved: footer "[5 omitted: 2 low, 3 high]" 26 + "H\n" 2 + high's head, tail and note "(+3)" 7 = 35;
    // "aaaa" and "bbbb" fill it to 43, "c" and the low section no longer fit.
    const result = assembleWithinBudget(sections, options(43));
    expect(result.text).toBe('H\nX:aaaabbbb(+1)\n[3 omitted: 2 low, 1 high]');
    expect(result.text.length).toBe(43);
    expect(result.omittedBySection).toEqual([
      { label: 'low', count: 2 },
      { label: 'high', count: 1 },
    ]);
  });

  it('keeps required sections even past the limit', () => {
    const result = assembleWithinBudget([{ priority: 0, label: 'head', head: 'x'.repeat(50), items: [] }, ...sections.slice(1)], options(10));
    expect(result.text.startsWith('x'.repeat(50))).toBe(true);
    expect(result.omitted).toBe(5);
  });
});
