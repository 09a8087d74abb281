/**
 * Rule `request-body-json`: the requestTemplate of a POST, PUT or PATCH with a JSON Content-Type
 * (or none) cannot render valid JSON. Genesys sends the rendered body without checking it
 * (genesys-runtime.md §3.6; the corpus export purplenet__Update-Data-Table-Row.json has a stray
 * `"` after the closing brace) and the remote side answers 400 (§9 item 16).
 *
 * The body is rendered by the dry run's Velocity engine (non-strict, as Genesys renders request
 * templates: §3.3) with sample inputs built like the smoke test's (dryrun/synthesise.ts: first
 * enum value, `1`, `1.5`, `true`; text inputs get placeholders, json-holes.ts), twice: with
 * every input set, and with the optional inputs left out. No valid sample → error at the place
 * of the parse error (mapped back into the template when the characters there come from
 * template text); some valid → warning naming the failing sample.
 */
import { toDefinition } from '../../../definitions/formats.js';
import { inputMap } from '../../../dryrun/steps/request.js';
import { synthesiseCase } from '../../../dryrun/synthesise.js';
import { toJsonModel, type JsonObject } from '../../../dryrun/json/model.js';
import { JsonParseError, parseJson } from '../../../dryrun/json/parse.js';
import { VelocityError, createTools, fromJson, renderTemplate, withoutRegexEvaluation } from '../../../dryrun/velocity/index.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { errorOffset, errorReason, excerpt, templateOffset } from './json-error.js';
import { fillHoles, holeToken } from './json-holes.js';
import { type RequestSide, isTextInput } from './request.js';

/** Methods whose body Genesys sends (genesys-runtime.md §3.6; DELETE bodies are not documented). */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** Evaluation budget for one sample render (the dry run's default is 2,000,000 steps). */
const MAX_STEPS = 200_000;

/** One sample input set for the body. */
export interface BodySample {
  /** How messages name it: `every input set`, `optional inputs left out`. */
  label: string;
  input: Record<string, unknown>;
}

/** The outcome of rendering one sample. */
export type SampleResult = { label: string; ok: true } | { label: string; ok: false; reason: string; rendered: string; offset: number };

/**
 * The samples for a body: every input set (text inputs without an enum get placeholders, the
 * others the synthesised value), then — when some input is optional — the required ones only.
 */
export function bodySamples(doc: unknown, side: RequestSide): BodySample[] {
  const synthesised = synthesiseCase(toDefinition(doc as Record<string, unknown>)).input as Record<string, unknown>;
  const all: Record<string, unknown> = {};
  let holes = 0;
  for (const prop of side.inputs.values()) {
    all[prop.name] = isTextInput(prop) && !prop.enumValues ? holeToken(holes++) : synthesised[prop.name];
  }
  const samples: BodySample[] = [{ label: 'every input set', input: all }];
  const optional = [...side.inputs.values()].filter((p) => !p.required);
  if (optional.length > 0) {
    const required = Object.fromEntries(Object.entries(all).filter(([k]) => side.inputs.get(k)?.required));
    samples.push({ label: 'optional inputs left out', input: required });
  }
  return samples;
}

/**
 * Renders `template` for one sample and parses it as JSON (placeholders filled first). An
 * empty body is fine (nothing is sent). Undefined when the template cannot be rendered
 * (syntax or runtime error: other rules and the dry run report those).
 */
export function renderSample(template: string, sample: BodySample): SampleResult | undefined {
  const notes: string[] = [];
  const context = createTools(notes);
  context.set('input', inputMap(toJsonModel(sample.input) as JsonObject));
  context.set('credentials', fromJson({}));
  let rendered: string;
  try {
    // Main thread: no Java regular expression may run here (withoutRegexEvaluation).
    rendered = fillHoles(withoutRegexEvaluation(() => renderTemplate(template, context, { name: 'requestTemplate', strict: false, notes, maxSteps: MAX_STEPS })));
  } catch (e) {
    if (e instanceof VelocityError) return undefined;
    throw e;
  }
  if (rendered.trim() === '') return { label: sample.label, ok: true };
  try {
    parseJson(rendered);
    return { label: sample.label, ok: true };
  } catch (e) {
    if (!(e instanceof JsonParseError)) throw e;
    return { label: sample.label, ok: false, reason: errorReason(e.message), rendered, offset: errorOffset(rendered, e.message) ?? 0 };
  }
}

/** At most one finding: error when no sample renders valid JSON, warning when some do not. */
export function checkBodyJson(ctx: DocumentContext, side: RequestSide): Finding[] {
  const t = side.body;
  if (!t || !side.jsonBody || !BODY_METHODS.has(side.method)) return [];
  const results = bodySamples(ctx.doc, side).map((s) => renderSample(t.text, s));
  if (results.some((r) => r === undefined)) return [];
  const failed = results.filter((r): r is Extract<SampleResult, { ok: false }> => r !== undefined && !r.ok);
  const first = failed[0];
  if (!first) return [];
  const all = failed.length === results.length;
  const at = templateOffset(first.rendered, first.offset, t.text);
  const where = `${first.reason.charAt(0).toLowerCase()}${first.reason.slice(1)}, near ${JSON.stringify(excerpt(first.rendered, first.offset))}`;
  const message = all
    ? `requestTemplate does not render valid JSON (${first.label}: ${where}); Genesys sends it as is and the remote side rejects it.`
    : `requestTemplate does not render valid JSON with ${first.label} (${where}); Genesys sends it as is and the remote side rejects it.`;
  return [
    findingAt('request-body-json', ctx.file, ctx.map, { pointer: t.pointer, ...(at !== undefined ? { stringIndex: at } : { stringIndex: 0 }) }, message, {
      hint: all ? 'Fix the JSON of the template: quotes, braces and commas around the references.' : 'Guard optional inputs with #if("$!{input.x}" != "") … #end, or give them a JSON value in every case.',
      ...(all ? {} : { severity: 'warning' as const }),
    }),
  ];
}
