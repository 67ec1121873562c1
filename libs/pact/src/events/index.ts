export * from './define';
export * from './snapshots';
export * from './catalogue';
export * from './sentences';
