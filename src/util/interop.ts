/**
 * CommonJS interop: under NodeNext, TypeScript types a CommonJS default import as the module
 * object, while at run time (Node, vitest, ncc) it may be either the module object or its
 * `default` export. This returns the `default` export in both cases.
 */
export function cjsDefault<T>(mod: { default: T }): T {
  const m = mod as unknown as { default?: T };
  return m.default ?? (mod as unknown as T);
}
