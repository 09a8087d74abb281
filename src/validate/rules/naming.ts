/**
 * Rule family "naming": the UI export suffix in `name` (rule `export-suffix`). The deploy uses
 * the name without the suffix (genesys-api.md §9), so the file and the org disagree until the
 * suffix is removed.
 */
import { EXPORT_SUFFIX, stripExportSuffix } from '../../definitions/formats.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../locate.js';
import type { DocumentContext } from '../context.js';

/** Control characters and line/paragraph separators: never part of a name, and they forge log lines. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Flags control characters in `name`/`category` (`name-characters`, error: a newline in a name
 * would also let a pull request write workflow commands into the job log), leading or trailing
 * spaces (`name-whitespace`, warning: the UI shows them as the same name), and the export suffix.
 */
export function checkNaming(ctx: DocumentContext): Finding[] {
  const findings: Finding[] = [];
  const doc = ctx.doc as { name?: unknown; category?: unknown };
  for (const field of ['name', 'category'] as const) {
    const value = doc[field];
    if (typeof value !== 'string') continue;
    const bad = CONTROL.exec(value);
    if (bad) {
      findings.push(
        findingAt('name-characters', ctx.file, ctx.map, { pointer: `/${field}`, stringIndex: bad.index }, `The ${field} contains the control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}.`, {
          hint: `Remove line breaks, tabs and other control characters from the ${field}.`,
        }),
      );
    }
    if (value !== value.trim()) {
      findings.push(findingAt('name-whitespace', ctx.file, ctx.map, { pointer: `/${field}` }, `The ${field} starts or ends with white space.`, { hint: 'Remove the spaces; names are matched exactly.' }));
    }
  }
  return [...findings, ...exportSuffix(ctx, doc.name)];
}

function exportSuffix(ctx: DocumentContext, name: unknown): Finding[] {
  if (typeof name !== 'string' || !EXPORT_SUFFIX.test(name)) return [];
  const clean = stripExportSuffix(name);
  return [
    findingAt('export-suffix', ctx.file, ctx.map, { pointer: '/name', stringIndex: clean.length }, `The name ends with the UI export suffix; it is deployed as "${clean}".`, {
      hint: `Rename the action to "${clean}" in the file.`,
    }),
  ];
}
