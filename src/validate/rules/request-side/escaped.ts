/** Velocity's escaping of references in template text (`\$x`, genesys-runtime.md §3.3). */

/**
 * True when the reference whose `$` is at `offset` is written after an odd number of
 * backslashes (`\${input.x}`): Velocity then writes the reference text, not its value.
 */
export function isEscapedAt(template: string, offset: number): boolean {
  let n = 0;
  for (let i = offset - 1; i >= 0 && template[i] === '\\'; i--) n++;
  return n % 2 === 1;
}
