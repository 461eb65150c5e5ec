/** Constants of the worksheet store, apart so that its storage format can use them without an import cycle. */
/**
 * The stored format: 1 and 2 were zustand `persist` of the whole state (2 added per-stream
 * acquisition, fees, capacity, token prices and ranges to each scenario); 3 saves scenario by
 * scenario (worksheet-doc.ts).
 */
export const WORKSHEET_VERSION = 3;
/** Most scenarios kept; beyond it, adding one is refused (the UI says so). */
export const MAX_SCENARIOS = 50;
/** Most scenario ids a stored list (compared scenarios) may name: other tabs may have added some. */
export const MAX_SCENARIOS_STORED = 500;
