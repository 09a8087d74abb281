import type { DocumentContext } from '../../context.js';
import type { Finding } from '../../finding.js';

/** Request-side template rules (requestUrlTemplate, headers, requestTemplate). */
export function checkRequestSide(_ctx: DocumentContext): Finding[] {
  return [];
}
