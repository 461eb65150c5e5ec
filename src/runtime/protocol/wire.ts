/**
 * The private channel's constants (see channel.ts), free of zod: the worker
 * imports them, and the worker's chunk carries no schema library.
 */

/** The page's first message to a new worker; its one transferred port is the channel. */
export const CONNECT_MESSAGE = 'lml-runtime-connect';

/** Most messages in one batch (the worker's pump sends far fewer). */
export const MAX_BATCH = 4_096;
