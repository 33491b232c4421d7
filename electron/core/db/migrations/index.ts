import type { Migration } from '../types';
import { migration001 } from './001-initial';
import { migration002 } from './002-registry-search';
import { migration003 } from './003-list-indexes';
import { migration004 } from './004-data-safety';
import { migration005 } from './005-award-catalogue';
import { migration006 } from './006-decision-lists';
import { migration007 } from './007-award-lookup';
import { migration008 } from './008-movement-lifecycle';
import { migration009 } from './009-ward-packages';
import { migration010 } from './010-household-head-gender';

/** Every schema step, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
];
