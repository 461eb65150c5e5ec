/**
 * Lines the check programs for lab.cnn and lab.transformer share, spliced
 * into their code (the code pane runs one file; it cannot import).
 */

/** `gap(mine, theirs)`: the worst relative gap between two tensors, max |mine − theirs| / max |theirs|. */
export const RELATIVE_GAP = `
const gap = async (mine, theirs) => {
  const [d, s] = await Promise.all([mine.sub(theirs).abs().max().data(), theirs.abs().max().data()]);
  return d[0] / Math.max(s[0], 1e-12);
};
`;
