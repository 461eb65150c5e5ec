/**
 * The backup file: every saved `lml.*` item (editor code, worksheet
 * scenarios, settings) as one JSON document, so that a full quota or a
 * browser that clears storage never loses work silently.
 *
 *   { "format": "large-model-lab-backup", "version": 1,
 *     "exportedAt": "2026-…Z", "items": { "lml.editor": "<stored JSON text>", … } }
 *
 * Items keep the exact stored text, so a restore writes back byte for byte
 * what the stores persisted, and each store's own `migrate` handles old data.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';

export const BACKUP_FORMAT = 'large-model-lab-backup';
export const BACKUP_VERSION = 1;
/** Only the app's own keys are exported and imported. */
export const KEY_PREFIX = 'lml.';

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  items: z.record(z.string(), z.string()),
});

export type Backup = z.infer<typeof backupSchema>;

export function makeBackup(items: Readonly<Record<string, string>>, now: Date): Backup {
  const own = Object.fromEntries(Object.entries(items).filter(([key]) => key.startsWith(KEY_PREFIX)));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), items: own };
}

/** `large-model-lab-2026-05-01.json` */
export function backupFileName(now: Date): string {
  return `large-model-lab-${now.toISOString().slice(0, 10)}.json`;
}

/** Parses a backup file's text; the error says what is wrong in words a student understands. */
export function parseBackup(text: string): Result<Record<string, string>, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err('the file is not JSON (is it a Large Model Lab export?)');
  }
  const checked = backupSchema.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.join('.') || 'file';
    if (where === 'format') return err('the file is not a Large Model Lab export');
    if (where === 'version') return err('the file comes from a newer version of the app; update it first');
    return err(`the export is damaged (${where}: ${issue?.message ?? 'invalid'})`);
  }
  const items = Object.entries(checked.data.items);
  const foreign = items.find(([key]) => !key.startsWith(KEY_PREFIX));
  if (foreign) return err(`the export contains an item that is not the app's ("${foreign[0]}")`);
  if (items.length === 0) return err('the export is empty');
  return ok(Object.fromEntries(items));
}
