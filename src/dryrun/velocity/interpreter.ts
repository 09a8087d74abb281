import velocityjs from 'velocityjs';
import { JavaDouble } from '../json/java-double.js';
import type { AstItem, AstNode, DirectiveNode, ExprNode, MathNode, RefNode, StringNode } from './ast.js';
import { TemplateSyntaxError, VelocityError } from './errors.js';
import { scanReference } from './layout.js';
import { getIndex, getProperty, invokeMethod } from './methods/index.js';
import { arithmetic, negate, velocityCompare, velocityEquals } from './numbers.js';
import { type ParsedTemplate, type TemplateUnit, parseFragment } from './parse.js';
import { atLocation } from './source.js';
import { ForeachScope, VELOCITY_1_LOOP_VARIABLES, velocity1LoopWarning } from './foreach-scope.js';
import { type MacroDefinition, collectMacros } from './macros.js';
import { decodeStringLiteral } from './literals.js';
import { parseIntegral } from '../json/java-big-integer.js';
import { type Lookup, type VMap, type VValue, JavaInvocationError, UnsupportedJavaFeature, isTruthy, javaClassName, toJavaString } from './values.js';

/** How one render behaves. */
export interface RenderSettings {
  /** Template name used in messages (`successTemplate`, `requestUrlTemplate`, a header name …). */
  name: string;
  /** Velocity `runtime.references.strict` (true for the success template: genesys-runtime.md §3.3). */
  strict: boolean;
  /** Receives warnings raised while rendering (tool fallbacks, Velocity 1.x-only constructs). */
  notes: string[];
  /** Evaluation step budget (DoS guard for untrusted templates); default 2,000,000. */
  maxSteps?: number;
  /** Maximum rendered length in characters; default 10,000,000. */
  maxOutput?: number;
}

type CompileCtor = new (asts: AstItem[], config?: object) => {
  runState: { stop: boolean; break: boolean };
};
const vjs = ((velocityjs as unknown as { default?: unknown }).default ?? velocityjs) as { Compile: unknown };
const VelocityCompile = vjs.Compile as CompileCtor;

const fragments = new WeakMap<object, TemplateUnit>();
const MAX_MACRO_DEPTH = 20;
const MAX_RANGE = 1_000_000;

/**
 * The Genesys/Java-semantics renderer on velocityjs: velocityjs parses and provides the
 * `Compile` structure; every evaluation method is overridden so that values follow the Java
 * model of {@link VValue} (integer division, `Double.toString`, Velocity 2.x `#if` truth,
 * Java String methods) and member access goes only through allow-lists. Strict mode reproduces
 * Velocity's `runtime.references.strict` errors with template name, line and column.
 */
export class GenesysVelocity extends VelocityCompile {
  private readonly strict: boolean;
  private readonly name: string;
  private readonly notes: string[];
  private readonly maxSteps: number;
  private readonly maxOutput: number;
  private globals: VMap = new Map();
  private readonly scopes: Map<string, VValue | undefined>[] = [];
  private readonly units: TemplateUnit[] = [];
  private readonly macros = new Map<string, MacroDefinition>();
  private readonly defines = new Map<string, AstItem[]>();
  private readonly macroStack: string[] = [];
  private anchor = 0;
  private steps = 0;
  private readonly warnedLoopVariables = new Set<string>();

  constructor(private readonly template: ParsedTemplate, settings: RenderSettings) {
    super(template.root.items, {});
    this.strict = settings.strict;
    this.name = settings.name;
    this.notes = settings.notes;
    this.maxSteps = settings.maxSteps ?? 2_000_000;
    this.maxOutput = settings.maxOutput ?? 10_000_000;
  }

  /** Renders the template with `context` as its global variables (the map is modified by #set). */
  run(context: VMap): string {
    this.globals = context;
    collectMacros(this.template.root.items, this.macros);
    this.units.push(this.template.root);
    try {
      return this.renderAstList(this.template.root.items);
    } finally {
      this.units.pop();
    }
  }

  // ------------------------------------------------------------------ positions and errors

  /** Offset in the template of the directive or reference being evaluated (for error locations). */
  get position(): number {
    return this.anchor;
  }

  private get unit(): TemplateUnit {
    return this.units[this.units.length - 1] as TemplateUnit;
  }

  private offsetOf(node: object): number {
    const rel = this.unit.starts.get(node);
    if (rel === undefined) return this.anchor;
    // Velocity's reference node starts at the backslashes written before it.
    return this.unit.base + rel - ((node as RefNode).escape ?? 0);
  }

  private error(message: string, offset: number): VelocityError {
    return new VelocityError(`${message} at ${atLocation(this.name, this.template.source, offset)}`, 'runtime');
  }

  /** Offset of path segment `k` (its name) of a reference, for Velocity's error columns. */
  private segmentOffset(ref: RefNode, k: number): number {
    const rel = this.unit.starts.get(ref);
    if (rel === undefined) return this.anchor;
    const seg = scanReference(this.unit.text, rel).segments[k];
    return this.unit.base + (seg ? seg.nameStart : rel);
  }

  private literalText(node: object): string | undefined {
    const start = this.unit.starts.get(node);
    const end = this.unit.ends.get(node);
    return start !== undefined && end !== undefined ? this.unit.text.slice(start, end) : undefined;
  }

  private tick(): void {
    if (++this.steps > this.maxSteps) {
      throw this.error(`Template evaluation exceeded the dry run's limit of ${this.maxSteps} steps`, this.anchor);
    }
  }

  // ------------------------------------------------------------------ rendering

  renderAstList(items: AstItem[]): string {
    let out = '';
    for (const item of items) {
      if (this.runState.stop || this.runState.break) break;
      this.tick();
      if (typeof item === 'string') out += item;
      else if (Array.isArray(item)) {
        this.setAnchor(item[0] as AstNode);
        out += this.getBlock(item);
      } else {
        this.setAnchor(item);
        switch (item.type) {
          case 'references':
            out += this.renderReference(item as RefNode);
            break;
          case 'set':
            this.setValue(item as DirectiveNode);
            break;
          case 'break':
            this.runState.break = true;
            break;
          case 'macro_call':
            out += this.getMacro(item as DirectiveNode);
            break;
          case 'raw':
            out += (item as DirectiveNode).value ?? '';
            break;
          default:
            break;
        }
      }
      if (out.length > this.maxOutput) throw this.error(`Rendered text exceeds the dry run's limit of ${this.maxOutput} characters`, this.anchor);
    }
    return out;
  }

  private setAnchor(node: AstNode | undefined): void {
    if (!node) return;
    const rel = this.unit.starts.get(node);
    if (rel !== undefined) this.anchor = this.unit.base + rel;
  }

  /**
   * Velocity's escaped references (user guide "Escaping Valid VTL References"; checked against
   * the oracle): a run of 2n+1 backslashes renders n of them, then the reference's own text,
   * preceded by one more backslash when its value is null or undefined. A run of 2n renders n
   * backslashes then the value — or, when the value is null, the whole run then the reference
   * text (nothing for `$!`). In strict mode an undefined reference fails either way.
   */
  private renderEscapedReference(ref: RefNode, run: number): string {
    const half = '\\'.repeat(Math.floor(run / 2));
    const v = this.resolve(ref, 'render');
    const text = this.literalText(ref) ?? `$${ref.id}`;
    const isNull = v === undefined || v === null;
    if (run % 2 === 1) return half + (isNull ? `\\${text}` : text);
    if (!isNull) return half + toJavaString(v);
    if (ref.leader === '$!') return '\\'.repeat(run);
    if (this.strict) throw this.error(`Reference ${text} evaluated to null when attempting to render`, this.offsetOf(ref));
    return '\\'.repeat(run) + text;
  }

  private renderReference(ref: RefNode): string {
    if (ref.escape !== undefined) return this.renderEscapedReference(ref, ref.escape);
    const define = this.defines.get(ref.id);
    if (define && !ref.path) return this.renderAstList(define);
    const v = this.resolve(ref, 'render');
    if (v === undefined || v === null) {
      if (ref.leader === '$!') return '';
      const text = this.literalText(ref) ?? `$${ref.id}`;
      if (this.strict) throw this.error(`Reference ${text} evaluated to null when attempting to render`, this.offsetOf(ref));
      return text;
    }
    return toJavaString(v);
  }

  // ------------------------------------------------------------------ references

  private lookup(id: string): { found: boolean; value: VValue | undefined; local: boolean } {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i] as Map<string, VValue | undefined>;
      if (s.has(id)) return { found: true, value: s.get(id), local: true };
    }
    if (this.globals.has(id)) return { found: true, value: this.globals.get(id), local: false };
    return { found: false, value: undefined, local: false };
  }

  /**
   * Evaluates a reference. `mode` decides strictness: in `condition` mode (a bare reference in
   * `#if`, or an operand of `&&`, `||`, `!`) an undefined reference is simply false, as in
   * Velocity's strict mode; `render` and `value` raise Velocity's strict errors.
   */
  private resolve(ref: RefNode, mode: 'render' | 'value' | 'condition'): VValue | undefined {
    // Strict mode forgives only a bare undefined reference in a condition (`#if($x)`); a path
    // (`#if($x.y)`, `#if($rawResult.x)`) fails as it does elsewhere (oracle).
    const raise = this.strict && (mode !== 'condition' || (ref.path ?? []).length > 0);
    const root = this.lookup(ref.id);
    if (!root.found) {
      if (raise) throw this.error(`Variable $${ref.id} has not been set`, this.offsetOf(ref));
      return undefined;
    }
    if (root.local && (VELOCITY_1_LOOP_VARIABLES as readonly string[]).includes(ref.id) && !this.warnedLoopVariables.has(ref.id)) {
      this.warnedLoopVariables.add(ref.id);
      this.notes.push(velocity1LoopWarning(ref.id));
    }
    let cur = root.value;
    const path = ref.path ?? [];
    for (let k = 0; k < path.length; k++) {
      const seg = path[k] as NonNullable<RefNode['path']>[number];
      if (cur === undefined || cur === null) {
        if (raise) {
          const segName = seg.type === 'index' ? '[]' : seg.id;
          throw this.error(`Attempted to access '${segName}' on a null value`, this.segmentOffset(ref, k));
        }
        return undefined;
      }
      this.tick();
      let r: Lookup;
      if (seg.type === 'property') {
        r = getProperty(cur, seg.id);
        if (!r.found) {
          if (raise) throw this.error(`Object '${javaClassName(cur)}' does not contain property '${seg.id}'`, this.segmentOffset(ref, k));
          return undefined;
        }
      } else if (seg.type === 'method') {
        const args = (Array.isArray(seg.args) ? seg.args : []).map((a) => this.value(a));
        try {
          r = invokeMethod(cur, seg.id, args);
        } catch (e) {
          if (e instanceof JavaInvocationError) {
            throw this.error(`Invocation of method '${seg.id}' in  class ${javaClassName(cur)} threw exception ${e.javaException}`, this.segmentOffset(ref, k));
          }
          if (e instanceof UnsupportedJavaFeature) throw this.error(`Method '${seg.id}': ${e.message}`, this.segmentOffset(ref, k));
          throw e;
        }
        if (!r.found) {
          if (raise) {
            throw this.error(`Object '${javaClassName(cur)}' does not contain method ${seg.id}(${args.map((a) => javaClassName(a)).join(', ')})`, this.segmentOffset(ref, k));
          }
          return undefined;
        }
      } else {
        r = getIndex(cur, this.value(seg.id));
      }
      cur = r.found ? r.value : undefined;
    }
    return cur;
  }

  /** An expression's value (strict errors apply to references). */
  private value(e: ExprNode): VValue | undefined {
    return this.getExpression(e);
  }

  // ------------------------------------------------------------------ expressions

  getExpression(e: ExprNode): VValue | undefined {
    if (e.type !== 'math') return this.getLiteral(e);
    const m = e as MathNode;
    const [a, b] = m.expression as [ExprNode, ExprNode];
    switch (m.operator) {
      case '&&':
      case '||':
      case 'not':
        return this.condition(m);
      case 'parenthesis':
        return this.getExpression(a);
      case 'minus':
        return this.javaArithmetic(() => negate(this.getExpression(a)));
      case '==':
        return velocityEquals(this.getExpression(a), this.getExpression(b));
      case '!=':
        return !velocityEquals(this.getExpression(a), this.getExpression(b));
      case '<':
      case '>':
      case '<=':
      case '>=':
        return this.comparison(m.operator, this.getExpression(a), this.getExpression(b));
      default:
        return this.javaArithmetic(() => arithmetic(m.operator, this.getExpression(a), this.getExpression(b)));
    }
  }

  /** Runs an arithmetic operation; a Java case the dry run cannot reproduce stops, located. */
  private javaArithmetic(op: () => VValue | undefined): VValue | undefined {
    try {
      return op();
    } catch (e) {
      if (e instanceof UnsupportedJavaFeature) throw this.error(e.message, this.anchor);
      throw e;
    }
  }

  private comparison(op: string, l: VValue | undefined, r: VValue | undefined): boolean {
    if (l === undefined || l === null || r === undefined || r === null) return false;
    const c = velocityCompare(l, r);
    if (c === undefined) {
      if (this.strict) {
        const side = velocityCompare(l, 0) === undefined ? 'Left' : 'Right';
        throw this.error(`${side} side of comparison operation is not a number`, this.anchor);
      }
      return false;
    }
    switch (op) {
      case '<':
        return c < 0;
      case '>':
        return c > 0;
      case '<=':
        return c <= 0;
      default:
        return c >= 0;
    }
  }

  /** Truth of an `#if` condition (Velocity 2.x empty-check rules, strict-mode exemptions). */
  private condition(e: ExprNode): boolean {
    if (e.type === 'references') return isTruthy(this.resolve(e, 'condition'));
    if (e.type === 'math') {
      const [a, b] = e.expression as [ExprNode, ExprNode];
      switch (e.operator) {
        case '&&':
          return this.condition(a) && this.condition(b);
        case '||':
          return this.condition(a) || this.condition(b);
        case 'not':
          return !this.condition(a);
        case 'parenthesis':
          return this.condition(a);
      }
    }
    return isTruthy(this.getExpression(e));
  }

  getLiteral(e: ExprNode): VValue | undefined {
    switch (e.type) {
      case 'references':
        return this.resolve(e, 'value');
      case 'string':
        return this.getString(e);
      case 'integer':
        // Velocity's ASTIntegerLiteral: Integer, else Long, else BigInteger — digits kept.
        return parseIntegral(e.value);
      case 'decimal':
        return new JavaDouble(Number.parseFloat(e.value));
      case 'bool':
        return e.value === 'true' ? true : e.value === 'false' ? false : null;
      case 'array':
        return e.isRange ? this.range(e.value ?? []) : (e.value ?? []).map((x) => (typeof x === 'object' ? (this.getExpression(x) ?? null) : x));
      case 'map': {
        const m: VMap = new Map();
        const entries = e.value ?? {};
        for (const key of Object.keys(entries)) m.set(key, this.getExpression(entries[key] as ExprNode) ?? null);
        return m;
      }
      case 'math':
        return this.getExpression(e);
      default:
        return (e as { value?: string }).value ?? null;
    }
  }

  private range(bounds: (ExprNode | string | number)[]): VValue[] {
    const [lo, hi] = bounds.map((x) => {
      if (typeof x === 'string') return Number.parseInt(x, 10);
      if (typeof x === 'number') return x;
      const v = this.getExpression(x);
      return typeof v === 'number' ? v : v instanceof JavaDouble ? Math.trunc(v.value) : Number.NaN;
    }) as [number, number];
    if (Number.isNaN(lo) || Number.isNaN(hi)) return [];
    if (Math.abs(hi - lo) + 1 > MAX_RANGE) throw this.error(`Range [${lo}..${hi}] exceeds the dry run's limit of ${MAX_RANGE} elements`, this.anchor);
    const out: number[] = [];
    if (lo <= hi) for (let i = lo; i <= hi; i++) out.push(i);
    else for (let i = lo; i >= hi; i--) out.push(i);
    return out;
  }

  /**
   * A string literal (Velocity semantics, literals.ts: no backslash escapes, doubled quotes,
   * `\\u` decoded in double quotes); double-quoted ones are then rendered as templates.
   */
  getString(s: StringNode): string {
    const value = decodeStringLiteral(s.value, s.isEval === true);
    if (!s.isEval || (!s.value.includes('$') && !s.value.includes('#'))) return value;
    let unit = fragments.get(s);
    if (!unit) {
      const rel = this.unit.starts.get(s);
      const base = rel === undefined ? this.anchor : this.unit.base + rel + 1;
      try {
        unit = parseFragment(value, base);
      } catch (e) {
        if (e instanceof TemplateSyntaxError) {
          throw new VelocityError(e.describe(this.name, this.template.source), 'parse');
        }
        throw e;
      }
      fragments.set(s, unit);
    }
    collectMacros(unit.items, this.macros);
    this.units.push(unit);
    const saved = this.anchor;
    try {
      return this.renderAstList(unit.items);
    } finally {
      this.units.pop();
      this.anchor = saved;
    }
  }

  // ------------------------------------------------------------------ directives

  setValue(node: DirectiveNode): void {
    const eq = node.equal;
    if (!eq) return;
    const [target, valueAst] = eq;
    const value = this.getExpression(valueAst) ?? null;
    const path = target.path ?? [];
    if (path.length === 0) {
      for (let i = this.scopes.length - 1; i >= 0; i--) {
        const s = this.scopes[i] as Map<string, VValue | undefined>;
        if (s.has(target.id)) {
          s.set(target.id, value);
          return;
        }
      }
      this.globals.set(target.id, value);
      return;
    }
    const base = this.resolve({ ...target, path: path.slice(0, -1) }, 'condition');
    const last = path[path.length - 1] as NonNullable<RefNode['path']>[number];
    if (base instanceof Map && last.type === 'property') base.set(last.id, value);
    else if (last.type === 'index') {
      const key = this.getExpression(last.id);
      if (base instanceof Map) base.set(toJavaString(key ?? null), value);
      else if (Array.isArray(base) && typeof key === 'number' && key >= 0 && key < base.length) base[key] = value;
    }
  }

  getBlock(block: AstItem[]): string {
    const head = block[0] as DirectiveNode;
    switch (head.type) {
      case 'if':
        return this.getBlockIf(block);
      case 'foreach':
        return this.getBlockEach(block);
      case 'macro':
        return '';
      case 'define':
        if (head.id) this.defines.set(head.id, block.slice(1));
        return '';
      default:
        return this.renderAstList(block.slice(1));
    }
  }

  getBlockIf(block: AstItem[]): string {
    let taking = false;
    let decided = false;
    const chosen: AstItem[] = [];
    for (const item of block) {
      const node = item as DirectiveNode;
      const isBranch = typeof item === 'object' && !Array.isArray(item) && (node.type === 'if' || node.type === 'elseif' || node.type === 'else');
      if (isBranch) {
        if (decided) break;
        this.setAnchor(node);
        taking = node.type === 'else' ? true : this.condition(node.condition as ExprNode);
        if (taking) decided = true;
        continue;
      }
      if (taking) chosen.push(item);
    }
    return this.renderAstList(chosen);
  }

  getBlockEach(block: AstItem[]): string {
    const head = block[0] as DirectiveNode;
    const from = head.from as ExprNode;
    const collection = this.getExpression(from);
    let items: VValue[];
    if (Array.isArray(collection)) items = collection;
    else if (collection instanceof Map) items = [...collection.values()];
    else if (collection === undefined || collection === null) return '';
    else {
      if (this.strict) {
        const text = from.type === 'references' ? `$${from.id}` : 'value';
        throw new VelocityError(
          `#foreach parameter ${text} at ${atLocation(this.name, this.template.source, this.offsetOf(from))} is of type ${javaClassName(collection)} and cannot be iterated by org.apache.velocity.util.introspection.UberspectImpl`,
          'runtime',
        );
      }
      return '';
    }
    const parent = this.lookup('foreach');
    const body = block.slice(1);
    let out = '';
    const snapshot = [...items];
    for (let i = 0; i < snapshot.length; i++) {
      this.tick();
      const scope = new Map<string, VValue | undefined>([
        [head.to ?? 'item', snapshot[i] ?? null],
        ['foreach', new ForeachScope(i, snapshot.length, parent.found ? parent.value : undefined)],
        ['velocityCount', i + 1],
        ['velocityHasNext', i + 1 < snapshot.length],
      ]);
      this.scopes.push(scope);
      try {
        out += this.renderAstList(body);
      } finally {
        this.scopes.pop();
      }
      if (this.runState.break) {
        this.runState.break = false;
        break;
      }
      if (this.runState.stop) break;
    }
    return out;
  }

  getMacro(call: DirectiveNode): string {
    const name = call.id ?? '';
    const args = Array.isArray(call.args) ? call.args : [];
    if (name === 'stop') {
      this.runState.stop = true;
      return '';
    }
    if (name === 'evaluate') {
      const text = args[0] ? toJavaString(this.getExpression(args[0]) ?? null) : '';
      let unit: TemplateUnit;
      try {
        unit = parseFragment(text, this.offsetOf(call));
        collectMacros(unit.items, this.macros);
      } catch (e) {
        if (e instanceof TemplateSyntaxError) throw this.error(`#evaluate: Encountered "${e.token}"`, this.offsetOf(call));
        throw e;
      }
      this.units.push(unit);
      try {
        return this.renderAstList(unit.items);
      } finally {
        this.units.pop();
      }
    }
    if (name === 'parse' || name === 'include') {
      throw this.error(`#${name} is not available to data action templates`, this.offsetOf(call));
    }
    const macro = this.macros.get(name);
    if (!macro) {
      // runtime.references.strict also makes an undefined macro call an error (oracle, Velocity 2.4.1).
      if (this.strict) throw this.error(`Macro '#${name}' is not defined`, this.offsetOf(call));
      return this.literalText(call) ?? `#${name}()`;
    }
    if (this.macroStack.length >= MAX_MACRO_DEPTH) {
      throw this.error(`Max calling depth of ${MAX_MACRO_DEPTH} was exceeded in macro '${name}' with Call Stack:${this.macroStack.join('->')}`, this.offsetOf(call));
    }
    const scope = new Map<string, VValue | undefined>();
    macro.params.forEach((p, i) => scope.set(p, args[i] ? (this.getExpression(args[i] as ExprNode) ?? null) : undefined));
    this.macroStack.push(name);
    this.scopes.push(scope);
    try {
      return this.renderAstList(macro.body);
    } finally {
      this.scopes.pop();
      this.macroStack.pop();
    }
  }
}
