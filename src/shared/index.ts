/** shared: tiny helpers every layer may use. Imports nothing of ours. */
export * from './result';
export * from './ids';
export * from './version';
