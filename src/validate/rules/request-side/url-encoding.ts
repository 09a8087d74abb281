/**
 * Rule `url-input-unencoded`: a text input written into the path or query of
 * requestUrlTemplate without `$esc.url`/`$esc.uriEncode`/`$esc.urlFormEncode`. Genesys does
 * not encode inserted values (genesys-runtime.md §3.4; help article "URI (URL) form encoding for
 * data actions", https://help.mypurecloud.com/?p=296518): a space, `+`, `/`, `?`, `#` or `&` in
 * the value changes the URL — `+` in an E.164 number arrives as a space on many servers
 * (§9 item 8).
 *
 * Calibration on the 140 corpus files: identifiers are the common case
 * (`/api/v2/conversations/${input.conversationId}`: 76 of the 117 URL references to inputs) and
 * never hold those characters, so identifier inputs (names.ts) are left out, as are numbers, booleans and enums
 * whose values are URL-safe. The host part
 * (`https://${input.stage}.example.com`) and a reference that is the whole base URL are not
 * path or query and are not checked.
 */
import type { RefNode } from '../../../dryrun/velocity/ast.js';
import type { Finding } from '../../finding.js';
import { findingAt } from '../../locate.js';
import type { DocumentContext } from '../../context.js';
import { templateLayout } from './layout.js';
import { directInput, placeReferences } from './placement.js';
import { isIdentifierName } from './names.js';
import { type InputProperty, type RequestSide, isTextInput } from './request.js';

const URL_SAFE = /^[A-Za-z0-9._~-]*$/;

/** True when the input's value can change the URL's structure when written unencoded. */
export function mayBreakUrl(prop: InputProperty): boolean {
  if (!isTextInput(prop) || isIdentifierName(prop.name)) return false;
  if (prop.enumValues) return prop.enumValues.some((v) => typeof v !== 'string' || !URL_SAFE.test(v));
  return true;
}

/** Where in the URL a reference at `offset` is written. */
export function urlPart(template: string, offset: number): 'base' | 'host' | 'path' | 'query' {
  const before = template.slice(0, offset);
  if (before.includes('?')) return 'query';
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i.test(before)) return 'host';
  if (!before.includes('/')) return 'base';
  return 'path';
}

/** True when the reference writes the input's own text (no transforming method). */
function writesRawValue(ref: RefNode): boolean {
  return (ref.path ?? []).slice(1).every((seg) => seg.type === 'method' && (seg.id === 'trim' || seg.id === 'toString'));
}

/** One finding per input written unencoded into the path or query, at its first place. */
export function checkUrlEncoding(ctx: DocumentContext, side: RequestSide): Finding[] {
  const t = side.url;
  const layout = templateLayout(t.text);
  if (!layout) return [];
  const seen = new Map<string, { offset: number; part: 'path' | 'query' }>();
  for (const placed of placeReferences(layout)) {
    const node = placed.piece.node;
    const name = directInput(node);
    const prop = name === undefined ? undefined : side.inputs.get(name);
    if (!prop || seen.has(prop.name) || !mayBreakUrl(prop) || !writesRawValue(node)) continue;
    const part = urlPart(t.text, placed.piece.offset);
    if (part === 'path' || part === 'query') seen.set(prop.name, { offset: placed.piece.offset, part });
  }
  return [...seen].map(([name, { offset, part }]) =>
    findingAt(
      'url-input-unencoded',
      ctx.file,
      ctx.map,
      { pointer: t.pointer, stringIndex: offset },
      `Input "${name}" is written into the URL ${part} without encoding: a value with a space, "+", "/", "?", "#" or "&" changes the URL Genesys calls.`,
      {
        hint:
          part === 'query'
            ? `Write $esc.url(\${input.${name}}) (form encoding, as query strings expect) or $esc.uriEncode(\${input.${name}}).`
            : `Write $esc.uriEncode(\${input.${name}}) (percent-encoding; $esc.url writes a space as "+", which a path keeps literally).`,
      },
    ),
  );
}
