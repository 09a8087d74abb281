/**
 * Rule family "templates": every Velocity template parses (rule `template-syntax`). The four
 * Velocity fields are requestUrlTemplate, each header value, requestTemplate and successTemplate
 * (genesys-runtime.md §3.1). A syntax error is reported at its place inside the template string,
 * mapped back to the file's line and column (escapes such as `\"` and `\n` accounted for).
 */
import { TemplateSyntaxError, TemplateTooDeepError, TemplateTooLargeError } from '../../dryrun/velocity/errors.js';
import { parseTemplate } from '../../dryrun/velocity/parse.js';
import { escapePointerToken } from '../../definitions/json-source.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../locate.js';
import type { DocumentContext } from '../context.js';

type Doc = { config: { request: { requestUrlTemplate: string; headers?: Record<string, string>; requestTemplate?: string }; response?: { successTemplate?: string } } };

/** The Velocity templates of a structurally valid document, with their pointers and names. */
export function velocityTemplates(doc: unknown): Array<{ pointer: string; name: string; text: string }> {
  const { request, response } = (doc as Doc).config;
  const out = [{ pointer: '/config/request/requestUrlTemplate', name: 'requestUrlTemplate', text: request.requestUrlTemplate }];
  for (const [header, value] of Object.entries(request.headers ?? {})) {
    out.push({ pointer: `/config/request/headers/${escapePointerToken(header)}`, name: `header ${header}`, text: value });
  }
  if (typeof request.requestTemplate === 'string') out.push({ pointer: '/config/request/requestTemplate', name: 'requestTemplate', text: request.requestTemplate });
  if (typeof response?.successTemplate === 'string') out.push({ pointer: '/config/response/successTemplate', name: 'successTemplate', text: response.successTemplate });
  return out;
}

/** Parses each template; a syntax error becomes a finding at the offending character. */
export function checkTemplates(ctx: DocumentContext): Finding[] {
  const findings: Finding[] = [];
  for (const t of velocityTemplates(ctx.doc)) {
    try {
      parseTemplate(t.text);
    } catch (e) {
      if (!(e instanceof TemplateSyntaxError)) throw e;
      if (e instanceof TemplateTooDeepError) {
        findings.push(
          findingAt('template-syntax', ctx.file, ctx.map, { pointer: t.pointer, stringIndex: e.offset }, `${t.name} nests blocks and parentheses more than ${e.limit} levels deep; the dry run cannot evaluate it.`, {
            hint: 'Flatten the template: real templates nest a few levels.',
          }),
        );
        continue;
      }
      if (e instanceof TemplateTooLargeError) {
        findings.push(
          findingAt('template-syntax', ctx.file, ctx.map, { pointer: t.pointer, stringIndex: e.offset }, `${t.name} has more than ${e.limit} references and directives; the dry run does not parse it.`, {
            hint: 'Split the work: real templates hold a few hundred references at most.',
          }),
        );
        continue;
      }
      findings.push(
        findingAt('template-syntax', ctx.file, ctx.map, { pointer: t.pointer, stringIndex: e.offset }, `Velocity syntax error in ${t.name}: unexpected ${e.token === '<EOF>' ? 'end of template' : JSON.stringify(e.token)}.`, {
          hint: 'Check for an unclosed ${...}, #if without #end, or a stray # or $; write \\$ or \\# before a reference or directive to print it literally.',
        }),
      );
    }
  }
  return findings;
}
