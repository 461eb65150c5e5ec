/**
 * The speed lab's heading and lead (src/speed/SpeedLabShell.tsx): carried by
 * the page's own chunk in every language (`addPageMessages`), so its first
 * screen paints without waiting for the feature dictionaries.
 */
export const speedHead = {
  'speed.title': 'Speed lab',
  'speed.lead':
    'Which backend trains fastest on this device? The lab trains the course’s own models (the Playground network, a larger network at four widths, the shapes CNN and the tiny transformer) for {steps} steps on every backend this browser offers, and compares them. Nothing leaves this browser.',
};
