import type { Migration } from '../types';
import { migration001 } from './001-initial';
import { migration002 } from './002-registry-search';

/** Every schema step, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002];
