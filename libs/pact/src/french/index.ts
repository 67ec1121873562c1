export * from './typography';
export * from './elision';
