// Entry point: the core API, no DOM.
export * from './core/index.js';
