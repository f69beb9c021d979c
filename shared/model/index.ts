export * from './vocab';
export * from './extraction';
export * from './tracker';
