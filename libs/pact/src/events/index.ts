export * from './define';
export * from './snapshots';
export * from './catalogue';
