import { type Lookup, type VValue, JavaObject, found } from './values.js';

/**
 * Velocity 1.x loop variables, `$velocityCount` (1-based) and `$velocityHasNext`, and their
 * policy in the dry run. Velocity 1.7 sets them inside every `#foreach` (oracle profiles
 * `debian`/`hybrid`: `#foreach($i in [1,2])$velocityCount #end` → `1 2 `); Velocity 2.x does
 * not (oracle `modern`, 2.4.1: rendered literally, and the strict success template fails with
 * `Variable $velocityCount has not been set`). Which engine Genesys runs is unknown
 * (genesys-runtime.md §3.1, §3.7) and no corpus definition uses them, so the dry run keeps the
 * 1.7 values — a template that relies on them then works — and warns that Velocity 2.x differs.
 */
export const VELOCITY_1_LOOP_VARIABLES = ['velocityCount', 'velocityHasNext'] as const;

/** The warning for a Velocity 1.x loop variable (see {@link VELOCITY_1_LOOP_VARIABLES}). */
export function velocity1LoopWarning(name: string): string {
  const modern = name === 'velocityCount' ? '$foreach.count' : '$foreach.hasNext';
  return `$${name} is evaluated as Velocity 1.7 does (dry-run policy); Velocity 2.x renders it literally, and in the success template fails with 'Variable $${name} has not been set' — use ${modern}`;
}

/**
 * `$foreach` inside a `#foreach` loop (Velocity 2.x `ForeachScope`): `index`, `count`,
 * `hasNext`, `first`, `last`, `parent`, also as `hasNext()`, `getIndex()`, `isFirst()` ….
 */
export class ForeachScope extends JavaObject {
  readonly javaClass = 'org.apache.velocity.runtime.directive.ForeachScope';
  constructor(
    readonly index: number,
    readonly size: number,
    readonly parent: VValue | undefined,
  ) {
    super();
  }
  getProperty(name: string): Lookup {
    switch (name) {
      case 'index':
        return found(this.index);
      case 'count':
        return found(this.index + 1);
      case 'hasNext':
        return found(this.index + 1 < this.size);
      case 'first':
        return found(this.index === 0);
      case 'last':
        return found(this.index + 1 === this.size);
      case 'parent':
        return found(this.parent ?? null);
      default:
        return { found: false };
    }
  }
  invoke(name: string, args: (VValue | undefined)[]): Lookup {
    if (args.length !== 0) return { found: false };
    const map: Record<string, string> = { hasNext: 'hasNext', getHasNext: 'hasNext', getIndex: 'index', getCount: 'count', isFirst: 'first', isLast: 'last', getParent: 'parent' };
    const prop = Object.prototype.hasOwnProperty.call(map, name) ? map[name] : undefined;
    return prop ? this.getProperty(prop) : { found: false };
  }
}
