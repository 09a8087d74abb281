import { type Lookup, type VValue, JavaObject, found } from './values.js';

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
