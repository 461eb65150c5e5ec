/** The build's id, set by vite.config.ts `define` (env LML_BUILD_ID, else the package version). */
declare const __BUILD_ID__: string;
