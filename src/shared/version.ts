/** Weft's version, shown in the UI and reported by the engine worker. Kept in step with package.json. */
export const WEFT_VERSION = '0.1.0';
