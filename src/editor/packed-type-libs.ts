/**
 * The form `virtual:tfjs-type-libs` stores tfjs's declaration files in
 * (scripts/vite/tfjs-type-libs.ts writes it, deflated; the editor unpacks
 * it): each file's path as its folder's number and its name, the folders
 * once each after their common start. Written out, the paths were ~38 KB.
 */
export interface PackedTypeLibs {
  readonly root: string;
  readonly folders: readonly string[];
  /** [folder number, file name without `.d.ts`, content]. */
  readonly rows: readonly (readonly [number, string, string])[];
}

export const DECLARATION = '.d.ts';

export function unpackTypeLibs({ root, folders, rows }: PackedTypeLibs): { path: string; content: string }[] {
  return rows.map(([folder, name, content]) => ({ path: root + (folders[folder] ?? '') + name + DECLARATION, content }));
}
