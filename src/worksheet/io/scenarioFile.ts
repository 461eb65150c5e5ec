/**
 * The scenario file format (JSON export/import, and the body of share links):
 *   { "format": "large-model-lab/worksheet-scenario", "version": 2, "scenario": { …inputs, name } }
 * Version 1 files (before per-stream acquisition, payment fees per stream,
 * capacity, token prices and ranges) are upgraded on import (upgrade.ts).
 * Ids are not exported: an imported scenario always gets a new id, so it can
 * never overwrite saved work.
 */
import { err, ok, type Result } from '../../result';
import type { Scenario } from '../model/types';
import { parseJsonSafely, type JsonProblem } from './safeJson';
import { describeIssues, scenarioInputsSchema } from './schema';
import { upgradeScenarioJson } from './upgrade';

export const SCENARIO_FORMAT = 'large-model-lab/worksheet-scenario';
export const SCENARIO_FILE_VERSION = 2;

export type ImportProblem =
  | JsonProblem
  | { readonly kind: 'wrongFormat' }
  /** `version`: as written in the file (shortened), or null when the file names none. */
  | { readonly kind: 'unsupportedVersion'; readonly version: string | null }
  | { readonly kind: 'invalid'; readonly issues: readonly string[] };

/** A scenario's inputs without its id (what files and links carry). */
export type ScenarioInputs = Omit<Scenario, 'id'>;

export function scenarioToFileObject(scenario: Scenario): { format: string; version: number; scenario: ScenarioInputs } {
  const { id: _id, ...inputs } = scenario;
  return { format: SCENARIO_FORMAT, version: SCENARIO_FILE_VERSION, scenario: inputs };
}

export function scenarioToJson(scenario: Scenario): string {
  return JSON.stringify(scenarioToFileObject(scenario), null, 2);
}

/** Validates an already-parsed value as a scenario file. */
export function scenarioFromFileObject(value: unknown): Result<ScenarioInputs, ImportProblem> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return err({ kind: 'wrongFormat' });
  const record = value as Record<string, unknown>;
  if (record['format'] !== SCENARIO_FORMAT) return err({ kind: 'wrongFormat' });
  const version = record['version'];
  // One decode branch per file version; a later version adds a case that upgrades to the current shape.
  switch (version) {
    case 1:
    case 2: {
      const inputs = version === 1 ? upgradeScenarioJson(record['scenario']) : record['scenario'];
      const parsed = scenarioInputsSchema.safeParse(inputs);
      if (!parsed.success) return err({ kind: 'invalid', issues: describeIssues(parsed.error) });
      // The schema checked every field's type and range; only the unit brands are added here.
      return ok(parsed.data as unknown as ScenarioInputs);
    }
    default:
      return err({ kind: 'unsupportedVersion', version: version === undefined || version === null ? null : (typeof version === 'string' ? version : JSON.stringify(version)).slice(0, 20) });
  }
}

/** Text (a file's content or a decoded link) → scenario inputs, never throwing. */
export function parseScenarioText(text: string, maxBytes?: number): Result<ScenarioInputs, ImportProblem> {
  const json = parseJsonSafely(text, maxBytes);
  if (!json.ok) return json;
  return scenarioFromFileObject(json.value);
}
