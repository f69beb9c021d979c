export * from './vocab';
export * from './extraction';
export * from './tracker';
export * from './status-colours';
