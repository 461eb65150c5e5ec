/** Constants of the worksheet store, apart so that its storage format can use them without an import cycle. */
export const WORKSHEET_VERSION = 2;
/** Most scenarios kept; beyond it, adding one is refused (the UI says so). */
export const MAX_SCENARIOS = 50;
/** Most scenario ids a stored list (compared scenarios) may name: other tabs may have added some. */
export const MAX_SCENARIOS_STORED = 500;
