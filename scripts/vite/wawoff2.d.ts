/** wawoff2 (Google's woff2 encoder compiled to WebAssembly) ships no types; scripts/vite/codicon-woff2.ts uses `compress`. */
declare module 'wawoff2' {
  /** A TrueType/OpenType font as WOFF 2.0 (the same glyphs, Brotli-compressed tables). */
  export function compress(font: Uint8Array): Promise<Uint8Array>;
  /** A WOFF 2.0 font back to TrueType/OpenType. */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
