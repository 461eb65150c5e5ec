/**
 * `value` as a module whose default export is it deflated and base64'd, for
 * lazily loaded parts only code reads (a lesson's examples and exercises,
 * the editor's type declarations): the offline precache stores files as they
 * are on disk, within a 15 MiB budget, and packed they take about half or
 * less. The browser unpacks them with its own DecompressionStream
 * (src/lessons/inflate-json.ts). The chunk imports nothing.
 */
import { deflateRawSync } from 'node:zlib';

export function packedModule(value: unknown): string {
  const packed = deflateRawSync(Buffer.from(JSON.stringify(value)), { level: 9 }).toString('base64');
  return `export default ${JSON.stringify(packed)};`;
}
