import { JavaInvocationError } from '../values.js';
import type { JavaPattern } from './pattern.js';

const illegal = (message: string) => new JavaInvocationError(`java.lang.IllegalArgumentException: ${message}`);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isAlnum = (c: string | undefined) => c !== undefined && /^[A-Za-z0-9]$/.test(c);

/**
 * Java `Matcher.appendExpandedReplacement` (JDK 17): `\x` is a literal `x`; `$n` is group n,
 * taking further digits only while such a group exists (`$11` with one group is group 1 then
 * "1"); `${name}` is a named group. A group that did not take part adds nothing.
 * @param group the text of a group, undefined when it did not take part
 * @throws JavaInvocationError with Java's exception text: `character to be escaped is missing`,
 *   `Illegal group reference: group index is missing`, `Illegal group reference`,
 *   `No group with name {x}`, `No group n` (verified with the oracle).
 */
export function expandReplacement(replacement: string, p: JavaPattern, group: (n: number) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < replacement.length) {
    const c = replacement[i] as string;
    if (c === '\\') {
      i++;
      if (i === replacement.length) throw illegal('character to be escaped is missing');
      out += replacement[i];
      i++;
    } else if (c === '$') {
      i++;
      if (i === replacement.length) throw illegal('Illegal group reference: group index is missing');
      let ref: number;
      if (replacement[i] === '{') {
        i++;
        let name = '';
        while (isAlnum(replacement[i])) name += replacement[i++];
        if (name.length === 0) throw illegal('named capturing group has 0 length name');
        if (replacement[i] !== '}') throw illegal("named capturing group is missing trailing '}'");
        if (isDigit(name[0])) throw illegal(`capturing group name {${name}} starts with digit character`);
        const n = p.names.get(name);
        if (n === undefined) throw illegal(`No group with name {${name}}`);
        ref = n;
        i++;
      } else {
        if (!isDigit(replacement[i])) throw illegal('Illegal group reference');
        ref = Number(replacement[i]);
        i++;
        while (isDigit(replacement[i])) {
          const next = ref * 10 + Number(replacement[i]);
          if (p.groupCount < next) break;
          ref = next;
          i++;
        }
      }
      if (ref > p.groupCount) throw new JavaInvocationError(`java.lang.IndexOutOfBoundsException: No group ${ref}`);
      out += group(ref) ?? '';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
