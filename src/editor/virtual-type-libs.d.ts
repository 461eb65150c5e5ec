/** Built by scripts/vite/tfjs-type-libs.ts: tfjs's declaration files, `{ path, content }` each. */
declare module 'virtual:tfjs-type-libs' {
  const files: readonly { readonly path: string; readonly content: string }[];
  export default files;
}
