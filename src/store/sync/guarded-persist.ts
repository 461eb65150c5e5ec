/**
 * Storage for a small zustand `persist` store (settings: preferences, not
 * work) with the same guarantees as the item stores: a value that cannot be
 * read is kept aside (and reported) before anything replaces it, and a value
 * written by a newer build is never rewritten: this build then reads and
 * writes a copy under `<key>.v<version>`.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { t } from '../../i18n';
import { keepAside } from '../kept-aside';
import { safeLocalStorage } from '../storage';
import { copyKeyOf, setSyncMode, type SyncMode } from './status';

type Parsed<T> = { kind: 'ok'; value: StorageValue<T> } | { kind: 'damaged'; problem: string } | { kind: 'newer'; version: number; value: StorageValue<T> };

function parse<T>(raw: string, version: number): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { kind: 'damaged', problem: t('storage.problem.notJson', { detail: error instanceof Error ? error.message.slice(0, 80) : String(error) }) };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { kind: 'damaged', problem: t('storage.problem.notObject') };
  const stored = (json as Record<string, unknown>)['version'];
  if (typeof stored !== 'number' || !Number.isInteger(stored)) return { kind: 'damaged', problem: t('storage.problem.noVersion') };
  const value = json as StorageValue<T>;
  return stored > version ? { kind: 'newer', version: stored, value } : { kind: 'ok', value };
}

export function guardedPersistStorage<T>(version: number): PersistStorage<T> {
  let mode: SyncMode = { kind: 'main' };
  const enter = (key: string, next: SyncMode) => {
    mode = next;
    setSyncMode(key, next);
  };
  const target = (name: string) => (mode.kind === 'main' ? name : mode.copyKey);
  return {
    getItem(name) {
      const copyKey = copyKeyOf(name, version);
      const raw = safeLocalStorage.getItem(name);
      if (raw === null) return null;
      const parsed = parse<T>(raw, version);
      if (parsed.kind === 'ok') return parsed.value;
      if (parsed.kind === 'damaged') {
        const kept = keepAside({ reason: 'damaged', source: name, kind: 'store', item: '', name, detail: parsed.problem, text: raw });
        if (kept.stored) return null;
        enter(name, { kind: 'blocked', copyKey });
      } else {
        enter(name, { kind: 'newer', version: parsed.version, known: version, copyKey });
      }
      const copy = safeLocalStorage.getItem(copyKey);
      const fromCopy = copy === null ? null : parse<T>(copy, version);
      if (fromCopy?.kind === 'ok') return fromCopy.value;
      // No copy yet: start from what this build can read of the newer value (persist's migrate restores it field by field).
      return parsed.kind === 'newer' ? parsed.value : null;
    },
    setItem(name, value) {
      safeLocalStorage.setItem(target(name), JSON.stringify(value));
    },
    removeItem(name) {
      safeLocalStorage.removeItem(target(name));
    },
  };
}
