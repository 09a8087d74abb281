import { VelocityError, TemplateSyntaxError } from './errors.js';
import { GenesysVelocity, type RenderSettings } from './interpreter.js';
import { parseTemplate } from './parse.js';
import { SourceText, atLocation } from './source.js';
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
 */
export function renderTemplate(template: string, context: VMap, settings: RenderSettings): string {
  let parsed;
  try {
    parsed = parseTemplate(template);
  } catch (e) {
    if (e instanceof TemplateSyntaxError) {
      throw new VelocityError(`Encountered "${e.token}" at ${atLocation(settings.name, new SourceText(template), e.offset)}`, 'parse');
    }
    throw e;
  }
  return new GenesysVelocity(parsed, settings).run(context);
}
