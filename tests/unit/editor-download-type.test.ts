/** Downloads are served with inert types only (sandbox/download-blob-same-origin). */
import { describe, expect, it } from 'vitest';
import { safeDownloadType } from '../../src/editor/download-type';

describe('safeDownloadType', () => {
  it.each([
    ['text/html', 'application/octet-stream'],
    ['TEXT/HTML; charset=utf-8', 'application/octet-stream'],
    ['image/svg+xml', 'application/octet-stream'],
    ['application/xhtml+xml', 'application/octet-stream'],
    ['text/javascript', 'application/octet-stream'],
    ['', 'application/octet-stream'],
    ['text/plain', 'text/plain'],
    ['application/json; charset=utf-8', 'application/json'],
    ['text/csv', 'text/csv'],
    ['image/png', 'image/png'],
  ])('%s is served as %s', (given, served) => {
    expect(safeDownloadType(given)).toBe(served);
  });
});
