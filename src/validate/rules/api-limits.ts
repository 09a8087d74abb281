import type { DocumentContext } from '../context.js';
import type { Finding } from '../finding.js';

/** Structure and API-limit rules beyond the definition schema. */
export function checkApiLimits(_ctx: DocumentContext): Finding[] {
  return [];
}
