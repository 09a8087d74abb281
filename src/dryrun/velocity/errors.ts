/**
 * Template errors. Messages follow Apache Velocity 2.x wording (verified with the oracle,
 * Velocity 2.4.1), e.g. `Variable $x has not been set at successTemplate[line 1, column 7]`
 * (genesys-runtime.md §3.1, §5.5).
 */
export class VelocityError extends Error {
  override name = 'VelocityError';
  /** @param kind `parse` for syntax errors, `runtime` for evaluation errors. */
  constructor(message: string, readonly kind: 'parse' | 'runtime') {
    super(message);
  }
}

/**
 * A syntax error found before the template name is known; {@link VelocityError} is built from it
 * with `Encountered "<token>" at NAME[line L, column C]`.
 */
export class TemplateSyntaxError extends Error {
  override name = 'TemplateSyntaxError';
  /**
   * @param token the offending text (`<EOF>` at the end)
   * @param offset its offset in the template text
   */
  constructor(readonly token: string, readonly offset: number) {
    super(`Encountered "${token}"`);
  }
}
