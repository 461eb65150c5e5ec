import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupFileName, makeBackup, parseBackup } from '../../../src/offline/backup';

const NOW = new Date('2026-05-01T10:20:30.000Z');

describe('backup file', () => {
  it('keeps only the app\u2019s own keys, with their exact stored text', () => {
    const backup = makeBackup({ 'lml.editor': '{"state":{"code":"x"},"version":1}', other: 'nope' }, NOW);
    expect(backup).toEqual({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2026-05-01T10:20:30.000Z',
      items: { 'lml.editor': '{"state":{"code":"x"},"version":1}' },
    });
  });

  it('round-trips through JSON', () => {
    const items = { 'lml.editor': '{"a":1}', 'lml.worksheet': '{"b":"\u5927"}' };
    const parsed = parseBackup(JSON.stringify(makeBackup(items, NOW)));
    expect(parsed).toEqual({ ok: true, value: items });
  });

  it('names the file by date', () => {
    expect(backupFileName(NOW)).toBe('large-model-lab-2026-05-01.json');
  });

  it.each([
    ['not json', /not JSON/],
    ['{"format":"something-else","version":1,"exportedAt":"x","items":{}}', /not a Large Model Lab export/],
    [`{"format":"${BACKUP_FORMAT}","version":2,"exportedAt":"x","items":{}}`, /newer version/],
    [`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"x","items":{"lml.a":5}}`, /damaged \(items\.lml\.a/],
    [`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"x","items":{"evil":"x"}}`, /not the app's \("evil"\)/],
    [`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"x","items":{}}`, /empty/],
  ])('rejects %s with a clear message', (text, message) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
