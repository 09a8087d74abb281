import { JavaBigInteger } from '../../json/java-big-integer.js';
import { JavaDouble } from '../../json/java-double.js';
import { type Lookup, type VValue, JavaObject, found } from '../values.js';
import { invokeListMethod, invokeMapMethod, invokeScalarMethod } from './collections.js';
import { getStringProperty, invokeStringMethod } from './string.js';

/**
 * The only way templates reach behaviour: a method call on an engine value is dispatched to the
 * allow-listed Java methods of its type (String, List, Map, Number, Boolean) or to a
 * {@link JavaObject}'s own table. Nothing is looked up on JavaScript objects, so
 * `constructor`, `__proto__`, `getClass()` and friends simply do not exist.
 * @throws JavaInvocationError when the Java method would throw.
 */
export function invokeMethod(target: VValue, name: string, args: (VValue | undefined)[]): Lookup {
  if (typeof target === 'string') return invokeStringMethod(target, name, args);
  if (Array.isArray(target)) return invokeListMethod(target, name, args);
  if (target instanceof Map) return invokeMapMethod(target, name, args);
  if (target instanceof JavaObject) return target.invoke(name, args);
  if (typeof target === 'number' || typeof target === 'boolean' || target instanceof JavaDouble || target instanceof JavaBigInteger) {
    return invokeScalarMethod(target, name, args);
  }
  return { found: false };
}

/**
 * `$x.name`, as Velocity 2.x resolves it (verified with the oracle: `$s.length` is 3,
 * `$list.size` is 2, `$map.size` is the map's size when it has no `size` key): a map entry when
 * the key exists, otherwise an allow-listed bean property, otherwise an allow-listed zero-argument
 * method of that name; a missing map key is a null value.
 * @throws JavaInvocationError when the zero-argument method throws.
 */
export function getProperty(target: VValue, name: string): Lookup {
  if (target instanceof Map && target.has(name)) return found(target.get(name) ?? null);
  let direct: Lookup = { found: false };
  if (typeof target === 'string') direct = getStringProperty(target, name);
  else if (Array.isArray(target)) direct = name === 'empty' ? found(target.length === 0) : { found: false };
  else if (target instanceof JavaObject) direct = target.getProperty(name);
  if (direct.found) return direct;
  const method = invokeMethod(target, name, []);
  if (method.found) return method;
  return target instanceof Map ? found(null) : { found: false };
}

/** `$x[i]` (Velocity 2.x): list index (negative counts from the end), map key; else null. */
export function getIndex(target: VValue, index: VValue | undefined): Lookup {
  if (Array.isArray(target)) {
    const i = typeof index === 'number' ? index : Number.NaN;
    const k = i < 0 ? target.length + i : i;
    return found(Number.isInteger(k) && k >= 0 && k < target.length ? (target[k] ?? null) : null);
  }
  if (target instanceof Map) {
    const k = typeof index === 'string' ? index : String(index);
    return found(target.get(k) ?? null);
  }
  return found(null);
}
