/**
 * Validating a definition file's text in the rule tests: the whole result, the findings of one
 * rule, the single finding a case expects, and one rule's findings over the corpus.
 */
import { expect } from 'vitest';
import { loadDocument } from '../../../src/definitions/load.js';
import type { Finding } from '../../../src/validate/finding.js';
import { type ValidatedDocument, validateDocument } from '../../../src/validate/index.js';
import { corpusFiles, corpusText } from '../../support/corpus.js';

/** The validation of one definition file's text; `file` only names the file in the findings. */
export function validateFile(text: string, file = 'action.json'): ValidatedDocument {
  return validateDocument(loadDocument(file, new TextEncoder().encode(text)));
}

/** All findings of one definition file's text. */
export function validateText(text: string, file = 'action.json'): Finding[] {
  return validateFile(text, file).findings;
}

/** The findings of `ruleId` only, in the order validation reports them. */
export function findingsOf(text: string, ruleId: string): Finding[] {
  return validateText(text).filter((f) => f.ruleId === ruleId);
}

/** The one finding of `ruleId`; the test fails unless there is exactly one. */
export function onlyFinding(text: string, ruleId: string): Finding {
  const found = findingsOf(text, ruleId);
  expect(found, ruleId).toHaveLength(1);
  return found[0] as Finding;
}

/** Every finding of `ruleId` over the 140 corpus definitions, as `file: message` lines. */
export function corpusHits(ruleId: string): string[] {
  return corpusFiles().flatMap((file) => findingsOf(corpusText(file), ruleId).map((f) => `${file}: ${f.message}`));
}
