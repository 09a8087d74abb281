/**
 * Rule family "naming": the UI export suffix in `name` (rule `export-suffix`). The deploy uses
 * the name without the suffix (genesys-api.md §9), so the file and the org disagree until the
 * suffix is removed.
 */
import { EXPORT_SUFFIX, stripExportSuffix } from '../../definitions/formats.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../locate.js';
import type { DocumentContext } from '../context.js';

/** Flags a name that ends in " - Exported YYYY-MM-DD @ HH:MM". */
export function checkNaming(ctx: DocumentContext): Finding[] {
  const name = (ctx.doc as { name?: unknown }).name;
  if (typeof name !== 'string' || !EXPORT_SUFFIX.test(name)) return [];
  const clean = stripExportSuffix(name);
  return [
    findingAt('export-suffix', ctx.file, ctx.map, { pointer: '/name', stringIndex: clean.length }, `The name ends with the UI export suffix; it is deployed as "${clean}".`, {
      hint: `Rename the action to "${clean}" in the file.`,
    }),
  ];
}
