/** Message keys built at run time, each family from a typed list of the values it may take. */
export interface MessageKeys<V extends string> {
  (value: V): string;
  /** The values the family is built from. */
  readonly values: readonly V[];
  /** Every key of the family, for the catalogue test. */
  readonly keys: readonly string[];
}

const families: { keys: readonly string[] }[] = [];

/**
 * A family of message keys built from a value: `messageKeys("admin.status", statuses)("sent")` is
 * "admin.status.sent" (with `suffix` ".title": "error.not_found.title"). Declared once, at the top of
 * a file, from the list its values come from, it is known to the catalogue test, which checks every
 * key of it in every language: a key built at run time in any other way is refused by that test.
 */
export function messageKeys<const V extends string>(
  prefix: string,
  values: readonly V[],
  suffix = "",
): MessageKeys<V> {
  const family = Object.assign((value: V) => `${prefix}.${value}${suffix}`, {
    values,
    keys: values.map((value) => `${prefix}.${value}${suffix}`),
  });
  families.push(family);
  return family;
}

/** Every key of every family declared so far (each module's files declare theirs when loaded). */
export function builtMessageKeys(): string[] {
  return families.flatMap((family) => family.keys);
}
