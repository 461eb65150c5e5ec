/**
 * The instructor page's heading and lead (src/handin/InstructorShell.tsx):
 * carried by the page's own chunk in every language (`addPageMessages`), so
 * its first screen paints without waiting for the feature dictionaries.
 */
export const handinHead = {
  'handin.title': 'Hand-ins',
  'handin.intro': 'Open the files your students made with “Export hand-in”: a folder of them, or the files. They are read in this browser; nothing is uploaded.',
};
