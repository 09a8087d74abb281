/**
 * Size-budgeted assembly of a markdown document from whole pieces. GitHub rejects a PR comment
 * over 65,536 characters and a step summary over 1 MiB (github-action-conventions.md §2.4, §3.2);
 * instead of cutting text (which could cut inside an HTML tag or a code fence), whole items are
 * dropped, lowest priority first, and the document says what was left out.
 */

/** One section of the document: an optional head and tail around a list of whole items. */
export interface BudgetSection {
  /**
   * 0 = required (always kept, whatever its size); otherwise lower numbers claim space first.
   * Sections are rendered in array order, whatever their priority.
   */
  priority: number;
  /** Text before the first kept item (e.g. a heading and a table header). */
  head?: string;
  /** Whole items; each is kept or dropped as a unit. */
  items: string[];
  /** Text after the kept items (e.g. a closing blank line). */
  tail?: string;
  /** What the items are, plural, for the omission note (e.g. `findings`). */
  label: string;
  /** A line placed after the kept items when some were dropped, given how many. */
  omittedLine?: (count: number) => string;
  /** Render this section after the closing omission note (for a signature line). */
  afterNote?: boolean;
}

/** How many items of one section were dropped. */
export interface OmittedItems {
  label: string;
  count: number;
}

/** How to measure and close a budgeted document. */
export interface BudgetOptions {
  /** The size limit, in the units of `measure`. */
  limit: number;
  /** Size of a piece of text: `s.length` (UTF-16 code units) or UTF-8 bytes. Must be additive. */
  measure: (text: string) => number;
  /**
   * The closing note when items were dropped; it must not grow when counts get smaller (its
   * size is reserved up front for the case where every optional item is dropped).
   */
  footer: (omitted: OmittedItems[], total: number) => string;
}

/** The assembled document and what was left out of it. */
export interface BudgetResult {
  text: string;
  /** Total items dropped. */
  omitted: number;
  /** Per section with drops, in document order. */
  omittedBySection: OmittedItems[];
}

/**
 * Builds the document (sections in array order, then the omission note when anything was
 * dropped, then the `afterNote` sections): required sections first, then the other sections in priority order take
 * items greedily (an item that does not fit is dropped; later, smaller items may still fit).
 * A section with no kept item is left out entirely. The result fits `limit` unless the required
 * sections alone exceed it.
 */
export function assembleWithinBudget(sections: readonly BudgetSection[], options: BudgetOptions): BudgetResult {
  const { limit, measure, footer } = options;
  const optional = sections.filter((s) => s.priority > 0);
  const maxOmitted = optional.filter((s) => s.items.length > 0).map((s) => ({ label: s.label, count: s.items.length }));
  const maxTotal = maxOmitted.reduce((n, o) => n + o.count, 0);
  let used = maxTotal > 0 ? measure(footer(maxOmitted, maxTotal)) : 0;

  const kept = sections.map((s) => (s.priority === 0 ? [...s.items] : []));
  const dropped = sections.map(() => 0);
  sections.forEach((s) => {
    if (s.priority === 0) used += measure(s.head ?? '') + s.items.reduce((n, i) => n + measure(i), 0) + measure(s.tail ?? '');
  });

  const order = sections
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => s.priority > 0)
    .sort((a, b) => a.s.priority - b.s.priority || a.index - b.index);
  for (const { s, index } of order) {
    const noteCost = s.omittedLine ? measure(s.omittedLine(s.items.length)) : 0;
    const fixed = measure(s.head ?? '') + measure(s.tail ?? '') + noteCost;
    let opened = false;
    for (const item of s.items) {
      const cost = measure(item) + (opened ? 0 : fixed);
      if (used + cost <= limit) {
        kept[index]!.push(item);
        used += cost;
        opened = true;
      } else {
        dropped[index]! += 1;
      }
    }
    if (opened && dropped[index] === 0) used -= noteCost;
  }

  const render = (s: BudgetSection, index: number): string => {
    const items = kept[index]!;
    if (items.length === 0 && (s.priority > 0 || (!s.head && !s.tail))) return '';
    const note = dropped[index]! > 0 && s.omittedLine ? s.omittedLine(dropped[index]!) : '';
    return `${s.head ?? ''}${items.join('')}${note}${s.tail ?? ''}`;
  };
  const omittedBySection = sections
    .map((s, index) => ({ label: s.label, count: dropped[index]! }))
    .filter((o) => o.count > 0);
  const omitted = omittedBySection.reduce((n, o) => n + o.count, 0);
  const text =
    sections.map((s, i) => (s.afterNote ? '' : render(s, i))).join('') +
    (omitted > 0 ? footer(omittedBySection, omitted) : '') +
    sections.map((s, i) => (s.afterNote ? render(s, i) : '')).join('');
  return { text, omitted, omittedBySection };
}
