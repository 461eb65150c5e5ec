/**
 * A lazily loaded part stored compressed (the build's `packJson`, deflate
 * then base64) and unpacked by the browser's own DecompressionStream. Used
 * for the exercises: their texts, code and checkers are ~300 KB in two
 * languages, and the offline copy (precached raw, as stored on disk) has a
 * 15 MiB budget; packed they take about half.
 */
export async function inflateJson(base64: string): Promise<unknown> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return (await new Response(stream).json()) as unknown;
}
