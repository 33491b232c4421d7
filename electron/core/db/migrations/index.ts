import type { Migration } from '../types';
import { migration001 } from './001-initial';

/** Every schema step, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration001];
