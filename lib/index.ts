export * from './jet/index.js';
