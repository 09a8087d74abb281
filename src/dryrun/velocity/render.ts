import { VelocityError, TemplateSyntaxError } from './errors.js';
import { GenesysVelocity, type RenderSettings } from './interpreter.js';
import { parseTemplate } from './parse.js';
import { SourceText, atLocation } from './source.js';
import { deepestPoint } from './blocks.js';
import type { VMap } from './values.js';

export type { RenderSettings } from './interpreter.js';

/**
 * Renders one Velocity template the way Genesys does (genesys-runtime.md §3, §5.5): request
 * templates non-strict (a missing or null `${input.x}` renders its own text, `$!{…}` renders
 * nothing), the success template strict (`Variable $x has not been set at
 * successTemplate[line L, column C]`, also for `$!{x}`).
 * @param context the template's variables (tools, `input`, translation values …); #set changes it.
 * @throws VelocityError (`kind: 'parse'`) for a syntax error: `Encountered "…" at NAME[line L, column C]`.
 * @throws VelocityError (`kind: 'runtime'`) for a strict-mode or Java method error.
 * @throws VelocityError `Template nesting is too deep …` (located) when nesting exceeds
 *   MAX_TEMPLATE_NESTING (blocks.ts) or exhausts the JavaScript stack, never a bare RangeError.
 */
export function renderTemplate(template: string, context: VMap, settings: RenderSettings): string {
  let parsed;
  try {
    parsed = parseTemplate(template);
  } catch (e) {
    if (e instanceof TemplateSyntaxError) {
      throw new VelocityError(e.describe(settings.name, new SourceText(template)), 'parse');
    }
    if (isStackOverflow(e)) throw tooDeep(settings.name, template, deepestPoint(template), 'parse', 'stack overflow');
    throw e;
  }
  const engine = new GenesysVelocity(parsed, settings);
  try {
    return engine.run(context);
  } catch (e) {
    if (isStackOverflow(e)) throw tooDeep(settings.name, template, engine.position, 'runtime', 'stack overflow');
    throw e;
  }
}

export { MAX_TEMPLATE_NESTING } from './blocks.js';

/** True for the JavaScript engine's stack-overflow RangeError. */
function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/**
 * The error for a template nested deeper than the JavaScript stack allows despite
 * MAX_TEMPLATE_NESTING (Velocity itself renders 10,000 nested `#if`s and overflows at about
 * 30,000; oracle). Located at the deepest point of the template (parsing) or where evaluation
 * was (rendering).
 */
function tooDeep(name: string, template: string, offset: number, kind: 'parse' | 'runtime', reason: string): VelocityError {
  const at = atLocation(name, new SourceText(template), offset);
  return new VelocityError(`Template nesting is too deep for the dry run to evaluate (${reason}) at ${at}`, kind);
}
