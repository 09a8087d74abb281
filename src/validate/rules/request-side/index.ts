/**
 * Request-side template rules: the requestUrlTemplate, header values and requestTemplate that
 * Genesys renders and sends (genesys-runtime.md §3, §9). One file per rule:
 * input-references.ts (`input-reference-unknown`, `input-reference-case`),
 * optional-unguarded.ts, json-string.ts, input-type-quoted.ts, esc-javascript.ts, url-encoding.ts,
 * foreach-comma.ts, body-json.ts.
 */
import type { DocumentContext } from '../../context.js';
import type { Finding } from '../../finding.js';
import { checkBodyJson } from './body-json.js';
import { checkEscJavascript } from './esc-javascript.js';
import { checkForeachCommas } from './foreach-comma.js';
import { checkInputCase, checkUnknownInputs } from './input-references.js';
import { checkQuotedTypedInputs } from './input-type-quoted.js';
import { checkJsonStrings } from './json-string.js';
import { checkOptionalInputs } from './optional-unguarded.js';
import { type RequestSide, requestSideOf } from './request.js';
import { checkUrlEncoding } from './url-encoding.js';

const RULES: Array<(ctx: DocumentContext, side: RequestSide) => Finding[]> = [
  checkUnknownInputs,
  checkInputCase,
  checkOptionalInputs,
  checkJsonStrings,
  checkQuotedTypedInputs,
  checkEscJavascript,
  checkUrlEncoding,
  checkForeachCommas,
  checkBodyJson,
];

/** Runs the request-side rules on a structurally valid document. */
export function checkRequestSide(ctx: DocumentContext): Finding[] {
  const side = requestSideOf(ctx.doc);
  return RULES.flatMap((rule) => rule(ctx, side));
}
