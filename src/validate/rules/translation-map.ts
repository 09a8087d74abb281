/**
 * Rule family "translation map": every translationMap value is a path Jayway JsonPath can read
 * (rule `jsonpath-syntax`, genesys-runtime.md §5.2). Two kinds of text fail:
 * - text Jayway's compiler rejects (`InvalidPathException` from `PathCompiler.compile`);
 * - a call of a function Jayway does not have (`$.name.trim()`): json-path 2.10.0 compiles it
 *   but every read throws `Function with name: trim does not exist.`; inside a filter the
 *   function yields nothing, so the filter never matches (both checked with the oracle).
 * Either way the key always falls back to its translationMapDefaults value, or step 9 fails
 * (genesys-runtime.md §5.4, oracle policy "any exception switches to the default"). Paths whose
 * problem is a JavaScript habit are left to rule `jsonpath-js-habit`, which names the Jayway form.
 * The Genesys API documentation (genesys-api.md) does not describe a save-time check of the paths,
 * so the failure is placed at run time.
 */
import { compileJsonPath } from '../../dryrun/jsonpath/compiler.js';
import { JsonPathError } from '../../dryrun/jsonpath/errors.js';
import type { CompiledPath, PathToken } from '../../dryrun/jsonpath/tokens.js';
import type { FilterExpression, FilterOperand } from '../../dryrun/jsonpath/filter-ast.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../locate.js';
import type { DocumentContext } from '../context.js';
import { jsHabits } from './response-side/js-habit.js';
import { readResponseConfig, translationPointer } from './response-side/response-config.js';

/** The path functions of json-path 2.10.0 (`PathFunctionFactory`). */
export const JAYWAY_FUNCTIONS: ReadonlySet<string> = new Set(['length', 'size', 'min', 'max', 'avg', 'stddev', 'sum', 'keys', 'first', 'last', 'index', 'concat', 'append']);

const FORMS = 'Jayway forms: $.a.b, $[\'key with.dots\'], $.a[0], $.a[-1], $.a[*].b, $..b, $.a[?(@.k == \'v\')].b, $.a.length().';

/** Names of the functions a compiled path calls, in its own tokens, filters and parameters. */
export function calledFunctions(path: CompiledPath): string[] {
  const names: string[] = [];
  const paths: CompiledPath[] = [path];
  const filters: FilterExpression[] = [];
  const operand = (o: FilterOperand) => {
    if (o.kind === 'path') paths.push(o.path);
  };
  while (paths.length > 0 || filters.length > 0) {
    const f = filters.pop();
    if (f) {
      if (f.kind === 'relation') {
        operand(f.left);
        operand(f.right);
      } else if (f.kind === 'not') filters.push(f.operand);
      else filters.push(...f.operands);
      continue;
    }
    for (const t of (paths.pop() as CompiledPath).tokens as PathToken[]) {
      if (t.kind === 'function') {
        names.push(t.name);
        for (const p of t.parameters) if (p.kind === 'path') paths.push(p.path);
      } else if (t.kind === 'filter') filters.push(t.expression);
    }
  }
  return names;
}

/** Compiles each translationMap path; invalid ones become findings at the path string. */
export function checkTranslationMap(ctx: DocumentContext): Finding[] {
  const { translationMap } = readResponseConfig(ctx.doc);
  const findings: Finding[] = [];
  for (const [key, path] of Object.entries(translationMap)) {
    if (jsHabits(path).length > 0) continue;
    const pointer = translationPointer(key);
    let compiled: CompiledPath;
    try {
      compiled = compileJsonPath(path);
    } catch (e) {
      if (!(e instanceof JsonPathError)) throw e;
      findings.push(
        findingAt('jsonpath-syntax', ctx.file, ctx.map, { pointer }, `translationMap "${key}": ${e.message}`, {
          hint: `Genesys reads translationMap paths with Jayway JsonPath; this one can never resolve, so the key always takes its default or step 9 fails. ${FORMS}`,
        }),
      );
      continue;
    }
    const unknown = [...new Set(calledFunctions(compiled).filter((n) => !JAYWAY_FUNCTIONS.has(n)))];
    for (const name of unknown) {
      const at = path.indexOf(`${name}(`);
      findings.push(
        findingAt('jsonpath-syntax', ctx.file, ctx.map, at >= 0 ? { pointer, stringIndex: at } : { pointer }, `translationMap "${key}": Function with name: ${name} does not exist (Jayway JsonPath functions: ${[...JAYWAY_FUNCTIONS].join(', ')}).`, {
          hint: `Every read of this path fails (inside a filter: the filter never matches). ${FORMS}`,
        }),
      );
    }
  }
  return findings;
}
