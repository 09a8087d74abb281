/**
 * Rule `success-reference-unknown`: a successTemplate reference to a name that is not in the
 * success-template context. Genesys renders the successTemplate in strict reference mode, so
 * such a reference fails step 10 with `Variable $x has not been set at successTemplate[line L,
 * column C]` whatever the response (genesys-runtime.md §3.1, §5.5, §9 item 6; S-WORKSHOP).
 * The context holds the translationMap keys, `rawResult` and the tools (`esc`, `math`,
 * `encoding`, `successTemplateUtils`, `urlTool`; dryrun/velocity/tools/index.ts), plus what the
 * template itself defines (template-names.ts). Whether `input`, `credentials` or `authResponse`
 * are visible there is unknown (§5.5, §12 item 3); the oracle and the dry run leave them out, so
 * those are reported as warnings.
 */
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import type { ResponseAnalysis } from './analysis.js';
import { nearestKey } from './default-key-unknown.js';
import { SUCCESS_TEMPLATE_POINTER, hasKey } from './response-config.js';
import { templateNames } from './template-names.js';

/** The tools of every template context (genesys-runtime.md §3.7; dryrun/velocity/tools/index.ts). */
export const SUCCESS_TOOLS: ReadonlySet<string> = new Set(['esc', 'math', 'encoding', 'successTemplateUtils', 'urlTool']);

/** Loop variables Velocity provides inside #foreach (2.x `$foreach`; 1.7 `$velocityCount`, `$velocityHasNext`). */
const LOOP_NAMES = new Set(['foreach', 'velocityCount', 'velocityHasNext']);

/** Request-side context names whose presence in the success context is unknown. */
const REQUEST_CONTEXT = new Set(['input', 'credentials', 'authResponse']);

/** Reports the first use of each name the success context does not hold, at the reference. */
export function checkSuccessReferences(ctx: DocumentContext, analysis: ResponseAnalysis): Finding[] {
  if (!analysis.hasTemplate) return [];
  const { translationMap } = analysis.config;
  const { defined, tolerated } = templateNames(analysis.template);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const refs = [...analysis.references].sort((a, b) => a.offset - b.offset);
  for (const ref of refs) {
    const name = ref.root;
    if (hasKey(translationMap, name) || name === 'rawResult' || SUCCESS_TOOLS.has(name) || LOOP_NAMES.has(name) || defined.has(name)) continue;
    if (tolerated.has(ref.offset) || seen.has(name)) continue;
    seen.add(name);
    const target = { pointer: SUCCESS_TEMPLATE_POINTER, stringIndex: ref.offset };
    if (REQUEST_CONTEXT.has(name)) {
      findings.push(
        findingAt('success-reference-unknown', ctx.file, ctx.map, target, `successTemplate uses $${name}, which is not known to exist in the successTemplate context (it holds the translationMap keys, rawResult and the tools); where it is missing, strict mode fails step 10 with "Variable $${name} has not been set".`, {
          hint: name === 'input' ? 'Read the value from the response through a translationMap key instead; if the response does not return it, the caller already has it.' : 'Read the value from the response through a translationMap key instead.',
          severity: 'warning',
        }),
      );
      continue;
    }
    const near = nearestKey(name, [...Object.keys(translationMap), 'rawResult']);
    findings.push(
      findingAt('success-reference-unknown', ctx.file, ctx.map, target, `successTemplate uses $${name}, which is not a translationMap key, rawResult, a tool or a variable the template sets: Genesys fails step 10 with "Variable $${name} has not been set" (strict mode).`, {
        hint: near !== undefined ? `Did you mean $${near}? Names are case-sensitive.` : `Add a translationMap entry "${name}", or use one of: ${[...Object.keys(translationMap), 'rawResult'].join(', ')}.`,
      }),
    );
  }
  return findings;
}
