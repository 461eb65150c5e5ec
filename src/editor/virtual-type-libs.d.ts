/** Built by scripts/vite/tfjs-type-libs.ts: tfjs's declaration files, packed (packed-type-libs.ts), deflated and base64'd. */
declare module 'virtual:tfjs-type-libs' {
  const packed: string;
  export default packed;
}
