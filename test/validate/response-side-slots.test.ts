/**
 * Where the successTemplate writes each reference in its JSON output (success-slots.ts): the
 * expected places are read off the JSON text of each template.
 */
import { describe, expect, it } from 'vitest';
import { successSlots } from '../../src/validate/rules/response-side/success-slots.js';

const keys = { x: '$.x', y: '$.y', z: '$.z' };
const places = (template: string) => successSlots(template, keys).map((s) => ({ at: template.slice(s.offset, s.offset + 4), quoted: s.quoted, role: s.role, path: s.path, value: s.value }));

describe('successSlots', () => {
  it('places references in nested objects, arrays and strings, and reads firstFromArray', () => {
    const t = '{"a": {"b": ${x}}, "c": [${y}, "id-${z}"], "d": ${successTemplateUtils.firstFromArray("${x}", "0")}, "e": $esc.jsonString(${y})}';
    expect(places(t)).toEqual([
      { at: '${x}', quoted: false, role: 'value', path: ['a', 'b'], value: { kind: 'translation', key: 'x' } },
      { at: '${y}', quoted: false, role: 'value', path: ['c', { item: true }], value: { kind: 'translation', key: 'y' } },
      { at: '${z}', quoted: true, role: 'value', path: ['c', { item: true }], value: { kind: 'translation', key: 'z' } },
      { at: '${su', quoted: false, role: 'value', path: ['d'], value: { kind: 'first', key: 'x', fallback: { text: '0' } } },
      { at: '$esc', quoted: false, role: 'value', path: ['e'], value: { kind: 'other' } },
    ]);
  });

  it('follows #if branches from the same point and reads $esc.quote defaults and key arguments', () => {
    const t = '{#if($f)"a": ${x}#else"b": ${y}#end, "c": ${successTemplateUtils.firstFromArray($z, "$esc.quote$esc.quote")}, "d": ${successTemplateUtils.firstFromArray("$x", ${y})}}';
    expect(places(t).map((p) => [p.at, p.path, p.value])).toEqual([
      ['${x}', ['a'], { kind: 'translation', key: 'x' }],
      ['${y}', ['b'], { kind: 'translation', key: 'y' }],
      ['${su', ['c'], { kind: 'first', key: 'z', fallback: { text: '""' } }],
      ['${su', ['d'], { kind: 'first', key: 'x', fallback: { key: 'y' } }],
    ]);
  });

  it('marks property names written by references, and the whole output', () => {
    expect(places('{"${x}": 1}')[0]).toMatchObject({ quoted: true, role: 'key', path: undefined });
    expect(places('${x}')[0]).toMatchObject({ quoted: false, role: 'value', path: [] });
  });

  it('gives nothing for a template that does not parse', () => {
    expect(successSlots('{"a": ${x', keys)).toEqual([]);
  });
});
