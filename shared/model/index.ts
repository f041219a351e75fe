export * from './catalog';
export * from './nodes';
export * from './os';
export * from './plan';
export * from './settings';
