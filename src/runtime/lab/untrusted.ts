/**
 * What the user's code really passes to `lab.*`. The lab API's declared
 * types (lab-api.d.ts) guide the editor, but the code runs without a type
 * check, so an argument can be anything: the checks read it as this.
 */
export type Untrusted<T> = Readonly<Partial<Record<keyof T, unknown>>>;

/** The fields of `value` as untrusted data, or none when it is not an object. */
export function fieldsOf<T extends object>(value: unknown): Untrusted<T> {
  return (typeof value === 'object' && value !== null ? value : {}) as Untrusted<T>;
}

/**
 * A value the user passed, as JavaScript's `String()` shows it in a message
 * ('[object Object]' for a plain object is what the message should say then).
 */
export function shown(value: unknown): string {
  return String(value);
}
