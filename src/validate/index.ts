/**
 * Validate stage: a loaded document → findings, and the {@link Definition} when the document is
 * structurally sound. Pure.
 */
import { toDefinition } from '../definitions/formats.js';
import type { LoadedDocument } from '../definitions/load.js';
import type { Definition } from '../definitions/types.js';
import { hasErrors, type Finding } from './finding.js';
import type { DocumentContext } from './context.js';
import { checkContractRestrictions, checkContracts } from './rules/contracts.js';
import { checkNaming } from './rules/naming.js';
import { checkRequest } from './rules/request.js';
import { checkStructure } from './rules/structure.js';
import { checkTemplates } from './rules/templates.js';
import { checkTranslationMap } from './rules/translation-map.js';
import { checkUnknownKeys } from './rules/unknown-keys.js';
import { checkApiLimits } from './rules/api-limits.js';
import { checkRequestSide } from './rules/request-side/index.js';
import { checkResponseSide } from './rules/response-side/index.js';

/** The rules that run on a structurally valid document, in order. */
const DOCUMENT_RULES: Array<(ctx: DocumentContext) => Finding[]> = [
  checkUnknownKeys,
  checkContracts,
  checkContractRestrictions,
  checkNaming,
  checkRequest,
  checkApiLimits,
  checkTemplates,
  checkRequestSide,
  checkTranslationMap,
  checkResponseSide,
];

export interface ValidatedDocument {
  file: string;
  /** File-level findings (from loading) followed by rule findings. */
  findings: Finding[];
  /** Present when the document has no structural error (other rules may still report errors). */
  definition?: Definition;
}

/**
 * Runs the rule catalogue on one loaded document. Structure problems stop the other rules (they
 * would only repeat the same problem); file-level errors stop everything.
 */
export function validateDocument(loaded: LoadedDocument): ValidatedDocument {
  const findings = [...loaded.findings];
  const source = loaded.source;
  if (!source?.ok || hasErrors(loaded.findings)) return { file: loaded.file, findings };
  const ctx: DocumentContext = { file: loaded.file, doc: source.value, map: source.map };
  const structural = checkStructure(ctx);
  findings.push(...structural);
  if (structural.length > 0) return { file: loaded.file, findings };
  for (const check of DOCUMENT_RULES) findings.push(...check(ctx));
  return { file: loaded.file, findings, definition: toDefinition(source.value as Record<string, unknown>) };
}
