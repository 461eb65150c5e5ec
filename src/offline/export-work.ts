/** Download and restore of the backup file (see backup.ts) in the browser. */
import { err, ok, type Result } from '../result';
import { safeLocalStorage, storedEntries } from '../store/storage';
import { backupFileName, KEY_PREFIX, makeBackup, parseBackup } from './backup';

/** Saves every `lml.*` item (including values that could not be written) as a JSON download. */
export function downloadBackup(now = new Date()): void {
  const backup = makeBackup(storedEntries(KEY_PREFIX), now);
  const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = backupFileName(now);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Writes a backup's items back to storage. Nothing is written unless the
 * whole file is valid; the stores read them on the next reload.
 */
export async function restoreBackup(file: Blob): Promise<Result<number, string>> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return err('the file could not be read');
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const entries = Object.entries(parsed.value);
  for (const [key, value] of entries) safeLocalStorage.setItem(key, value);
  const missing = entries.filter(([key, value]) => safeLocalStorage.getItem(key) !== value);
  if (missing.length > 0) return err(`${missing.length} item(s) could not be stored (is storage full?)`);
  return ok(entries.length);
}
