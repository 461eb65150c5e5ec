/** One size policy for the whole app (src/format/bytes.ts): decimal units, as browsers show downloads. */
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/format/bytes';

describe('formatBytes', () => {
  it('counts 1,000 bytes to the kilobyte and 1,000,000 to the megabyte', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1000)).toBe('1.0 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3_000_000)).toBe('3.0 MB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.1 MB');
    expect(formatBytes(2.5e12)).toBe('2.5 TB');
  });

  it('shows whole bytes below a kilobyte and never a negative size', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(12.4)).toBe('12 B');
    expect(formatBytes(-5)).toBe('0 B');
  });

  it('stops at terabytes', () => {
    expect(formatBytes(4e15)).toBe('4000.0 TB');
  });
});
