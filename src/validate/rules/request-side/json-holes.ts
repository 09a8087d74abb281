/**
 * Placeholder values for text inputs when a request body is rendered to check its JSON. A text
 * input written inside a JSON string is ordinary text; one written outside any string
 * (`"attributes": ${input.attributes}`, `{ ${input.data} }`, `[ $!{input.ids} ]`, a whole body
 * `${input.payload}`) carries JSON the flow builds — the corpus does this on purpose
 * (automated-callback, Update-Emergency-Group, Bamboo-Put-TimeOff-Request) — so there the
 * placeholder stands for whatever JSON fits its place.
 */

/** The placeholder for the `index`-th text input: letters and digits only, so escapers keep it. */
export function holeToken(index: number): string {
  return `zzhole${index}zz`;
}

const HOLE = /zzhole\d+zz/iy;

/**
 * Replaces each placeholder of `rendered`: inside a JSON string by `test`; elsewhere by JSON that
 * fits its place — `0` for a value (after `:`, in an array), a member `"zzN":0` in an object
 * (after `{` or `,`), `{}` for the whole document, nothing elsewhere. Context is read from the
 * text written so far (strings, `{`/`[` nesting); the rest of the text is copied unchanged.
 */
export function fillHoles(rendered: string): string {
  let out = '';
  let inString = false;
  let escape = false;
  const stack: string[] = [];
  let members = 0;
  let i = 0;
  while (i < rendered.length) {
    HOLE.lastIndex = i;
    const m = HOLE.exec(rendered);
    if (m) {
      if (inString) out += 'test';
      else out += fill(out, stack[stack.length - 1], () => members++);
      i += m[0].length;
      continue;
    }
    const c = rendered[i] as string;
    if (inString) {
      if (escape) escape = false;
      else if (c === '\\') escape = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c);
    else if (c === '}' || c === ']') stack.pop();
    out += c;
    i++;
  }
  return out;
}

function fill(written: string, container: string | undefined, nextMember: () => number): string {
  const before = written.trimEnd();
  const prev = before[before.length - 1];
  if (prev === undefined) return '{}';
  if (prev === ':') return '0';
  if (container === '[' && (prev === '[' || prev === ',')) return '0';
  if (container === '{' && (prev === '{' || prev === ',')) return `"zz${nextMember()}":0`;
  return '';
}
