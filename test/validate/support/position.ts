/**
 * Positions counted from a file's text alone (never from the project's source map), so that
 * tests check the located findings against the text itself. Lines and columns are 1-based.
 */
import { expect } from 'vitest';

/** Line and column of `text[index]`. */
export function positionAt(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

/**
 * Line and column of occurrence `nth` (0 = the first) of `needle`, plus `shift` characters; the
 * test fails when there is no such occurrence.
 */
export function at(text: string, needle: string, { nth = 0, shift = 0 }: { nth?: number; shift?: number } = {}): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  expect(index, needle).toBeGreaterThanOrEqual(0);
  return positionAt(text, index + shift);
}
