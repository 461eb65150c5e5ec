/**
 * Teardown for `afterAll`: the browser, server or context a `beforeAll`
 * assigns is still undefined when that `beforeAll` failed, whatever its
 * declared type says, so closing has to skip what was never opened.
 */
type Closable = { close: () => unknown } | (() => unknown);

export async function closeIfOpened(thing: Closable | undefined): Promise<void> {
  if (thing === undefined) return;
  await (typeof thing === 'function' ? thing() : thing.close());
}
