/** Pure parts of the output's new pieces: heat-map colours, slider scales, the output reducer, the stored settings. */
import { describe, expect, it } from 'vitest';
import { sliderToValue, valueToSlider, SLIDER_STEPS } from '../../src/editor/control-scale';
import { cellColor, INVALID, textOn } from '../../src/editor/heatmap-colors';
import { applyEvents, startRun } from '../../src/editor/output-state';
import { restoreEditor } from '../../src/store/editor';

describe('heat-map colours', () => {
  const diverging = { colors: 'diverging' as const, min: 0, max: 1, center: 0.5 };
  it('draws the center white and the ends blue and orange, and broken values grey', () => {
    expect(cellColor(0.5, diverging)).toEqual([255, 255, 255]);
    expect(cellColor(0, diverging)).toEqual([33, 102, 172]);
    expect(cellColor(1, diverging)).toEqual([224, 130, 20]);
    expect(cellColor(Number.NaN, diverging)).toEqual(INVALID);
  });
  it('blends linearly between the center and each end', () => {
    // Halfway from white (255, 255, 255) to blue (33, 102, 172): 255 + (33 − 255)/2 = 144, 178.5 → 179 (rounded half up), 213.5 → 214.
    expect(cellColor(0.25, diverging)).toEqual([144, 179, 214]);
    // 0.625 is a quarter of the way from the center to the top, so a quarter from white to orange (224, 130, 20):
    // 255 − 31/4 = 247.25 → 247, 255 − 125/4 = 223.75 → 224, 255 − 235/4 = 196.25 → 196.
    expect(cellColor(0.625, diverging)).toEqual([247, 224, 196]);
  });
  it('keeps the center white on a lopsided range, and clamps beyond the ends', () => {
    const lopsided = { colors: 'diverging' as const, min: -1, max: 9, center: 0 };
    expect(cellColor(0, lopsided)).toEqual([255, 255, 255]);
    expect(cellColor(-1, lopsided)).toEqual(cellColor(-50, lopsided));
  });
  it('runs light to dark on the sequential scale, with readable text on each', () => {
    const seq = { colors: 'sequential' as const, min: 0, max: 10, center: 0 };
    expect(textOn(cellColor(0, seq))).toBe('black');
    expect(textOn(cellColor(10, seq))).toBe('white');
  });
});

describe('slider scales', () => {
  it('spreads a log slider evenly over decades and round-trips', () => {
    expect(sliderToValue(0, 0.001, 10, true)).toBe(0.001);
    expect(sliderToValue(SLIDER_STEPS / 4, 0.001, 10, true)).toBe(0.01);
    expect(sliderToValue(SLIDER_STEPS, 0.001, 10, true)).toBe(10);
    expect(valueToSlider(0.1, 0.001, 10, true)).toBe(SLIDER_STEPS / 2);
  });
  it('snaps a linear slider to its step', () => {
    expect(sliderToValue(333, 0, 10, false, 0.5)).toBe(3.5);
  });
});

describe('output reducer', () => {
  it('replaces heat maps and pictures by name, keeps controls in order, lists downloads and the last offer', () => {
    const heatmap = { rows: 1, columns: 1, values: [1], colors: 'sequential' as const, min: 0, max: 1, center: 0.5, showValues: false };
    const state = applyEvents(startRun(3), [
      { type: 'heatmap', runId: 3, name: 'h', heatmap },
      { type: 'heatmap', runId: 3, name: 'h', heatmap: { ...heatmap, values: [0] } },
      { type: 'control', runId: 3, name: 'b', spec: { kind: 'number', value: 1 }, value: 1 },
      { type: 'control', runId: 3, name: 'a', spec: { kind: 'choice', value: 'x', options: ['x'] }, value: 'x' },
      { type: 'download', runId: 3, filename: 'f.txt', mimeType: 'text/plain', bytes: new ArrayBuffer(1) },
      { type: 'worksheet-cost', runId: 3, costPer1000Calls: 1, provenance: 'p' },
      { type: 'worksheet-cost', runId: 3, costPer1000Calls: 2, provenance: 'q' },
      { type: 'images', runId: 99, name: 'stale run', images: [] },
    ]);
    expect(state.heatmaps.map((h) => h.heatmap.values)).toEqual([[0]]);
    expect(state.controls.map((c) => c.name)).toEqual(['b', 'a']);
    expect(state.downloads.map((d) => d.filename)).toEqual(['f.txt']);
    expect(state.worksheetCost).toEqual({ costPer1000Calls: 2, provenance: 'q' });
    expect(state.images).toEqual([]);
  });
});

describe('stored settings', () => {
  it('keeps good values and specs and drops broken ones, field by field', () => {
    const restored = restoreEditor({
      codes: { 'l/e': 'code' },
      controlValues: { 'l/e': { lr: 0.1, act: 'relu', k: [[1, 2]], bad: { x: 1 } }, junk: 5 },
      controlSpecs: { 'l/e': [{ name: 'lr', spec: { kind: 'number', value: 0.03 } }, { name: 'broken', spec: { kind: 'wat' } }] },
    });
    expect(restored.controlValues).toEqual({ 'l/e': { lr: 0.1, act: 'relu', k: [[1, 2]] } });
    expect(restored.controlSpecs['l/e']?.map((c) => c.name)).toEqual(['lr']);
    expect(restored.codes).toEqual({ 'l/e': 'code' });
  });
});
