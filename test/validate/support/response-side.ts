/**
 * Helpers for the response-side rule tests: the catalogue's example definition with changes,
 * and where a value sits in that text without the project's source map (so positions check the
 * mapping).
 */
import { EXAMPLE_BASE, mergePatch } from '../../../src/validate/catalogue/example-base.js';
import { positionAt } from './position.js';

/** The catalogue's correct example definition changed by a JSON merge patch, as a multi-line file. */
export function exampleText(patch: Record<string, unknown>): string {
  return JSON.stringify(mergePatch(EXAMPLE_BASE, patch), null, 2);
}

/** 1-based line and column of the only occurrence of `needle` in `text` (plus `shift` characters). */
export function positionOf(text: string, needle: string, shift = 0): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) throw new Error(`"${needle}" must occur exactly once`);
  return positionAt(text, at + shift);
}

/**
 * 1-based position of character `index` of the string `value`, written by JSON.stringify as the
 * value of the only member whose text starts with `memberPrefix` (e.g. `"successTemplate": "`):
 * the opening quote, then the escaped form of the characters before `index`.
 */
export function positionInValue(text: string, memberPrefix: string, value: string, index: number): { line: number; column: number } {
  const quote = positionOf(text, memberPrefix, memberPrefix.length - 1);
  return { line: quote.line, column: quote.column + JSON.stringify(value.slice(0, index)).length - 1 };
}

/** Position of `template[index]` in a file whose successTemplate is `template` (written by JSON.stringify). */
export function inSuccessTemplate(text: string, template: string, index: number): { line: number; column: number } {
  return positionInValue(text, '"successTemplate": "', template, index);
}

/** The character of `text` at a 1-based line and column. */
export function charAt(text: string, pos: { line?: number; column?: number }): string | undefined {
  return text.split('\n')[(pos.line ?? 0) - 1]?.[(pos.column ?? 0) - 1];
}
