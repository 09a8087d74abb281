import { NoSuchOverload } from '../methods/args.js';
import { type Lookup, type VValue, JavaObject, found, toJavaString } from '../values.js';

/** One tool method; throws {@link NoSuchOverload} when the arguments match no Java overload. */
export type ToolMethod = (args: (VValue | undefined)[]) => VValue | undefined;

/**
 * Base of the template tools (`$esc`, `$math`, `$encoding`, `$successTemplateUtils`): members
 * are served from explicit tables only. A bean property `$esc.d` is also reachable as
 * `$esc.getD()`, as in Velocity.
 */
export abstract class Tool extends JavaObject {
  protected abstract readonly methods: ReadonlyMap<string, ToolMethod>;
  protected readonly properties: ReadonlyMap<string, () => VValue> = new Map();

  getProperty(name: string): Lookup {
    const p = this.properties.get(name);
    return p ? found(p()) : { found: false };
  }

  invoke(name: string, args: (VValue | undefined)[]): Lookup {
    const m = this.methods.get(name);
    if (m) {
      try {
        return found(m(args));
      } catch (e) {
        if (e instanceof NoSuchOverload) return { found: false };
        throw e;
      }
    }
    if (args.length === 0 && /^(get|is)[A-Z]/.test(name)) {
      const bare = name.startsWith('get') ? name.slice(3) : name.slice(2);
      const prop = this.properties.get(bare.charAt(0).toLowerCase() + bare.slice(1)) ?? this.properties.get(bare);
      if (prop) return found(prop());
    }
    return { found: false };
  }
}

/** A one-argument string function: null in gives null out (EscapeTool convention). */
export function unary(fn: (s: string) => VValue): ToolMethod {
  return (args) => {
    if (args.length !== 1) throw new NoSuchOverload('one argument expected');
    const a = args[0];
    if (a === undefined || a === null) return null;
    return fn(stringOf(a));
  };
}

/** Java `String.valueOf(obj)` for tool arguments. */
export function stringOf(v: VValue): string {
  return toJavaString(v);
}
