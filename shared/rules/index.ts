export * from './text';
export * from './search';
export * from './names';
export * from './dates';
export * from './money';
