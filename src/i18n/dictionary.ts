/**
 * The type a translated dictionary must have: exactly the keys of its English
 * source, each a string. A missing key is a type error ("Property … is
 * missing"), and so is a key English does not have (excess property check), so
 * `npm run typecheck` fails until a translation is complete.
 *
 *   import type { app as en } from '../en/app';
 *   export const app: Dictionary<typeof en> = { 'app.title': '大模型实验室', … };
 */
export type Dictionary<Source> = { readonly [Key in keyof Source]: string };
