/**
 * How the worksheet is stored (`lml.worksheet`, format 3): one item per
 * scenario (keyed by its id, placed by `order`), deletions kept as tombstones
 * so that a scenario deleted in one tab is never brought back by another,
 * and this tab's view (active scenario, compared ones) as last-writer-wins.
 *
 *   { "version": 3, "state": {
 *       "scenarios": { "<id>": { "at": 1764…, "order": 0, "value": { "id": "<id>", "name": …, … } },
 *                      "<deleted id>": { "at": …, "gone": true } },
 *       "view": { "activeId": { "at": …, "value": "<id>" }, "compareIds": { "at": …, "value": ["<id>"] } } } }
 *
 * Formats 1 and 2 (`persist` of `{ scenarios: [...], activeId, compareIds }`; 2 with more inputs
 * per scenario) are upgraded on load; every scenario goes through `upgradeScenarioJson` first.
 */
import * as z from 'zod/mini';
import { t } from '../i18n';
import type { Scenario } from '../worksheet/model/types';
import { restoreScenario } from '../worksheet/io/restore';
import { describeIssues, scenarioInputsSchema } from '../worksheet/io/schema';
import { upgradeScenarioJson } from '../worksheet/io/upgrade';
import { newScenarioId } from '../worksheet/ids';
import { DEFAULT_PRESET, presetScenario } from '../worksheet/model/presets';
import { MAX_SCENARIOS_STORED, WORKSHEET_VERSION } from './worksheet-limits';
import { isSafeKey, type CollectionSchema, type DocSchema, type ItemCheck } from './sync/doc';
import type { DocItems, Entry } from './sync/entries';
import { DEFAULT_SCENARIO_NAME } from '../worksheet/shipped-text';

const SCENARIO_ID = /^[\w-]{1,64}$/;
export const isScenarioId = (id: string): boolean => SCENARIO_ID.test(id) && isSafeKey(id);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A stored scenario: checked strictly; one with some bad fields is repaired
 * field by field (each bad field takes the default's value) and reported.
 */
export function checkScenario(value: unknown, id: string): ItemCheck {
  if (!isRecord(value)) return { ok: false, problem: t('storage.problem.scenarioNotObject') };
  // An older scenario gains the inputs added since (idempotent on current ones): that is not damage.
  const { id: _id, ...inputs } = upgradeScenarioJson(value) as Record<string, unknown>;
  const parsed = scenarioInputsSchema.safeParse(inputs);
  if (parsed.success) return { ok: true, value: { ...(parsed.data as unknown as Omit<Scenario, 'id'>), id } };
  const fallback = presetScenario(DEFAULT_PRESET, id, typeof inputs['name'] === 'string' && inputs['name'].trim() ? inputs['name'].trim().slice(0, 80) : DEFAULT_SCENARIO_NAME);
  return { ok: true, value: restoreScenario(inputs, fallback, id), repaired: t('storage.problem.scenarioRepaired', { issues: describeIssues(parsed.error).join('; ') }) };
}

const idSchema = z.string().check(z.regex(SCENARIO_ID));
const viewSchemas: Record<string, z.ZodMiniType> = {
  activeId: idSchema,
  compareIds: z.array(idSchema).check(z.maxLength(MAX_SCENARIOS_STORED)),
};

const collections: Record<string, CollectionSchema> = {
  scenarios: { validKey: isScenarioId, check: checkScenario },
  view: {
    validKey: (key) => Object.hasOwn(viewSchemas, key),
    check: (value, key) => {
      const parsed = viewSchemas[key]?.safeParse(value);
      return parsed?.success ? { ok: true, value: parsed.data } : { ok: false, problem: t('storage.problem.badView') };
    },
  },
};

/**
 * Formats 1 and 2 → items stamped `at`, in list order. A scenario without a
 * usable id, or with one already taken, gets a new id (as their restore did).
 */
function upgradeList(state: unknown, at: number): DocItems {
  const value = isRecord(state) ? state : {};
  const scenarios: Record<string, Entry> = {};
  const list = Array.isArray(value['scenarios']) ? value['scenarios'] : [];
  list.forEach((item: unknown, order) => {
    const rawId = isRecord(item) ? item['id'] : undefined;
    const id = typeof rawId === 'string' && isScenarioId(rawId) && !Object.hasOwn(scenarios, rawId) ? rawId : newScenarioId();
    scenarios[id] = { at, order, value: item };
  });
  const items: Record<string, unknown> = { scenarios: value['scenarios'] === undefined || Array.isArray(value['scenarios']) ? scenarios : value['scenarios'] };
  const view: Record<string, Entry> = {};
  if (value['activeId'] !== undefined) view['activeId'] = { at, value: value['activeId'] };
  if (Array.isArray(value['compareIds'])) view['compareIds'] = { at, value: value['compareIds'].filter((id) => typeof id === 'string') };
  items['view'] = view;
  return items as DocItems;
}

export const worksheetDocSchema: DocSchema = {
  version: WORKSHEET_VERSION,
  collections,
  upgrade: (version, state, at) => (version === 1 || version === 2 ? upgradeList(state, at) : null),
};
