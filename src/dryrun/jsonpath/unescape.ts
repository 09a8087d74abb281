/**
 * Jayway `Utils.unescape`: resolves `\\ \' \" \r \f \t \n \b \/` and `\uXXXX` in bracket-quoted
 * property names and filter string literals.
 */
export function jaywayUnescape(s: string): string {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i === s.length - 1) {
      out += c;
      continue;
    }
    const n = s[++i];
    switch (n) {
      case 'r': out += '\r'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'b': out += '\b'; break;
      case 'u': {
        const hex = s.slice(i + 1, i + 5);
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          out += String.fromCharCode(Number.parseInt(hex, 16));
          i += 4;
        } else out += 'u';
        break;
      }
      default:
        out += n;
    }
  }
  return out;
}
