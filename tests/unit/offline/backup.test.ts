import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupFileName, makeBackup, MAX_BACKUP_BYTES, parseBackup } from '../../../src/offline/backup';

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
    expect(parsed).toEqual({ ok: true, value: { exportedAt: NOW.getTime(), items, dropped: [] } });
  });

  it('names the file by date', () => {
    expect(backupFileName(NOW)).toBe('large-model-lab-2026-05-01.json');
  });

  it.each([
    ['not json', /not JSON/],
    ['{"format":"something-else","version":1,"exportedAt":"x","items":{}}', /not a Large Model Lab export/],
    [`{"format":"${BACKUP_FORMAT}","version":2,"exportedAt":"x","items":{}}`, /newer version of the app \(backup format 2; this app reads format 1\)/],
    [`{"format":"${BACKUP_FORMAT}","version":0,"exportedAt":"x","items":{}}`, /backup format 0, which this app does not know/],
    [`{"format":"${BACKUP_FORMAT}","exportedAt":"x","items":{}}`, /does not say which backup format/],
    [`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"x","items":{"lml.editor":5}}`, /damaged \(at “items\.lml\.editor”\)/],
    [`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"x","items":{"evil":"x"}}`, /no saved work this app can import/],
    [`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"x","items":{}}`, /no saved work this app can import/],
    ['', /empty/],
  ])('rejects %s with a clear message', (text, message) => {
    expect(parseBackup(text)).toEqual({ ok: false, error: expect.stringMatching(message) as unknown });
  });

  it('keeps only the keys an import may write: the stores, their copies and work kept aside; drops the rest, lml.testScale included', () => {
    const items = {
      'lml.editor': 'e',
      'lml.worksheet.v2': 'w',
      'lml.settings': 's',
      'lml.aside.abc-123': 'a',
      'lml.testScale': '0.01',
      'lml.whatever': 'x',
      'lml.editor.v2.extra': 'y',
    };
    const text = JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: NOW.toISOString(), items });
    expect(parseBackup(text)).toEqual({
      ok: true,
      value: {
        exportedAt: NOW.getTime(),
        items: { 'lml.editor': 'e', 'lml.worksheet.v2': 'w', 'lml.settings': 's', 'lml.aside.abc-123': 'a' },
        dropped: ['lml.testScale', 'lml.whatever', 'lml.editor.v2.extra'],
      },
    });
  });

  it('never exports the test-scale key', () => {
    expect(Object.keys(makeBackup({ 'lml.testScale': '0.1', 'lml.editor': 'e' }, NOW).items)).toEqual(['lml.editor']);
  });

  it('refuses a file over the size bound before parsing it (the message quotes the bound)', () => {
    const huge = '{' + ' '.repeat(MAX_BACKUP_BYTES);
    expect(parseBackup(huge)).toEqual({ ok: false, error: expect.stringContaining(`the limit is ${MAX_BACKUP_BYTES}`) as unknown });
  });
});
