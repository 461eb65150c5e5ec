/**
 * "Business models": its compute figures match 6·N·D and 2·N worked by hand,
 * its preset outcomes are the worksheet's own projections, and every
 * worksheet link names a preset that exists.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts } from '../../../content/lessons/business-models/facts';
import { isPresetId, PRESET_IDS, presetScenario } from '../../../src/worksheet/model/presets';
import { project } from '../../../src/worksheet/model/project';
import { summarize } from '../../../src/worksheet/model/summary';

const text = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/business-models/index.md'), 'utf8');

describe('business-models lesson', () => {
  it('prices training and inference as the hand arithmetic does', () => {
    // 6 · 7e9 · 1e12 = 4.2e22 FLOPs; ÷ (989e12 · 0.4 · 3600) s = 29,491 GPU-hours; × $2.99.
    const hours = (6 * 7e9 * 1e12) / (989e12 * 0.4 * 3600);
    expect(facts['training_hours']).toBe(Math.round(hours).toLocaleString('en-US'));
    expect(facts['training_cost']).toBe(`$${Math.round(hours * 2.99).toLocaleString('en-US')}`);
    // 2 · 7e9 · 1000 = 1.4e13 FLOPs per call; 1,000 calls ÷ (989e12 · 0.1 · 3600) × $2.99.
    const perK = ((1000 * 2 * 7e9 * 1000) / (989e12 * 0.1 * 3600)) * 2.99;
    expect(facts['cost_per_1k']).toBe(`$${perK.toFixed(3)}`);
    expect(facts['api_margin']).toBe(`${Math.round(((2 - perK) / 2) * 100)}%`);
    expect(facts['som_revenue']).toBe(`$${(30e6 * 0.2 * 0.02 * 20 * 12).toLocaleString('en-US')}`);
  });

  it('quotes each preset’s sustained break-even month from the worksheet’s projection, with the first one when earlier', () => {
    for (const [id, key] of [['subscription-saas', 'sub'], ['pay-per-use-api', 'api'], ['model-as-a-service', 'maas'], ['hybrid', 'hybrid']] as const) {
      const scenario = presetScenario(id, id, id);
      const summary = summarize(scenario, project(scenario));
      const quoted = facts[`${key}_break_even`] ?? '';
      const match = /^month (\d+)(?: \(first positive month (\d+)\))?$/.exec(quoted);
      expect(match, `${id}: ${quoted}`).not.toBeNull();
      expect(Number(match?.[1]), id).toBe(summary.sustainedBreakEvenMonth);
      expect(match?.[2] === undefined ? summary.sustainedBreakEvenMonth : Number(match[2]), id).toBe(summary.breakEvenMonth);
    }
    // Issue 16's independent spreadsheet check: the hybrid preset turns positive in month 11 but, after the month-13 hiring step, stays positive only from month 15.
    expect(facts['hybrid_break_even']).toBe('month 15 (first positive month 11)');
  });

  it('links every business model to a real worksheet preset, each preset once', () => {
    const links = [...text.matchAll(/\]\(#\/worksheet\/preset\/([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.every(isPresetId)).toBe(true);
    expect([...links].sort()).toEqual([...PRESET_IDS].sort());
  });

  it('uses exactly the facts it defines', () => {
    const used = new Set([...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1] ?? ''));
    expect([...used].filter((n) => !(n in facts))).toEqual([]);
    expect(Object.keys(facts).filter((n) => !used.has(n))).toEqual([]);
  });
});
