import type { DocumentContext } from '../../context.js';
import type { Finding } from '../../finding.js';

/** Response-side rules (translationMap, translationMapDefaults, successTemplate, types). */
export function checkResponseSide(_ctx: DocumentContext): Finding[] {
  return [];
}
