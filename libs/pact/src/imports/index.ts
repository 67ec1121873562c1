export * from './kinds';
export * from './problems';
