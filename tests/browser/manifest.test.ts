/**
 * The installed app's name and description (the web manifest) read in both
 * languages: one manifest serves every reader. Reads the built file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIST } from './support/build';

describe('web manifest', () => {
  it('names and describes the app in English and in Chinese', () => {
    const manifest = JSON.parse(readFileSync(join(TEST_DIST, 'manifest.webmanifest'), 'utf8')) as { name: string; description: string };
    const chinese = /[\u4e00-\u9fff]{4,}/;
    const english = /\b[A-Za-z]+ [A-Za-z]+ [A-Za-z]+\b/;
    expect(manifest.name).toMatch(chinese);
    expect(manifest.name).toMatch(/Large Model Lab/);
    expect(manifest.description).toMatch(chinese);
    expect(manifest.description).toMatch(english);
  });
});
