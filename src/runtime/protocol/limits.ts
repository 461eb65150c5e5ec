/**
 * Limits that keep a hostile or runaway message from freezing the page. The
 * worker keeps its output inside them (it truncates, thins or refuses with a
 * message at the user's call); the page's schemas check them again and end
 * the run if a message breaks one. Free of zod (the worker imports it).
 */
export const OUTPUT_LIMITS = {
  heatmapCells: 512 * 512,
  labels: 512,
  /** Points drawn over a heat map. */
  points: 20_000,
  images: 64,
  imagePixels: 256 * 256,
  downloadBytes: 64 * 1024 * 1024,
  nameLength: 200,
  /** Characters of one printed text, tensor or error message (the worker truncates longer ones). */
  textLength: 100_000,
  /** Rows and columns of one printed table (the worker drops the rest and says so). */
  tableRows: 1_000,
  tableColumns: 64,
  /** Characters of one table cell. */
  cellLength: 1_000,
  /** Lines in one `lab.plot`, and points per line (the worker thins longer ones evenly). */
  plotSeries: 32,
  plotPoints: 20_000,
  /**
   * Points in one `chart` message (the worker thins what a flood piles up
   * within its 50 ms): 2,000 is more than a chart's width in pixels, and
   * a message of 10,000 point objects cost the page ~60 ms to receive.
   */
  chartPoints: 2_000,
  /** Named values in one `metrics` message. */
  metrics: 256,
  /** Dimensions of a printed tensor's shape. */
  rank: 32,
  /** The note saying where a measured worksheet cost comes from. */
  provenanceLength: 300,
  /** Short free-text fields: a dtype, a MIME type, a reason. */
  shortText: 1_000,
} as const;

/** A matrix control's largest size, rows and columns. */
export const MATRIX_MAX = 16;
/** Options of one number or choice control. */
export const OPTIONS_MAX = 100;
/** Characters of one choice (an option's name). */
export const CHOICE_LENGTH_MAX = 1_000;
