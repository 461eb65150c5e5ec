/**
 * A lazily loaded part stored compressed (the build's `packedModule`,
 * deflate then base64) and unpacked by the browser's own DecompressionStream.
 * Used for the examples and the exercises (~310 and ~300 KB of code and text
 * in two languages): the offline copy is precached raw, as stored on disk,
 * within a 15 MiB budget, and packed they take a little over half. Neither is
 * on screen before the lesson's text, so unpacking (a few ms) delays nothing.
 */
export async function inflateJson(base64: string): Promise<unknown> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return (await new Response(stream).json()) as unknown;
}
