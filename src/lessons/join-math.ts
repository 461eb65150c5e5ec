/**
 * Rebuilds a lesson edition's HTML from its text parts and the typeset
 * formulas it shares with the lesson's other edition (see
 * src/lessons/pipeline/shared-math.ts): `parts[0] + math[refs[0]] + parts[1] + …`.
 */
export function joinMath(parts: readonly string[], refs: readonly number[], math: readonly string[]): string {
  let html = parts[0] ?? '';
  for (let i = 0; i < refs.length; i++) html += (math[refs[i] ?? -1] ?? '') + (parts[i + 1] ?? '');
  return html;
}
