import type { z } from 'zod';
import type { ChannelDef } from './define';
import { appChannels } from './app';
import { settingsChannels } from './settings';
import { unitChannels } from './units';
import { peopleChannels } from './people';
import { householdChannels } from './households';
import { importChannels } from './imports';
import { backupChannels } from './backup';
import { recoveryChannels } from './recovery';
import { auditChannels } from './audit';
import { trashChannels } from './trash';
import { catalogueChannels } from './catalogue';
import { decisionChannels } from './decisions';
import { proposalChannels } from './proposals';
import { documentChannels } from './documents';
import { awardHistoryChannels } from './award-history';
import { movementChannels } from './movements';
import { exemplarChannels } from './exemplars';
import { registrationChannels } from './registrations';
import { dashboardChannels } from './dashboard';
import { demoChannels } from './demo';
import { statisticsChannels } from './statistics';
import { unitReportChannels } from './unit-reports';
import { yearlyReportChannels } from './yearly-report';
import { cityPackageChannels } from './city-packages';

/** Every channel of the API (`domain.verb`): the single source for main, preload, harness and renderer. */
export const contract = {
  ...appChannels,
  ...settingsChannels,
  ...unitChannels,
  ...peopleChannels,
  ...householdChannels,
  ...importChannels,
  ...backupChannels,
  ...recoveryChannels,
  ...auditChannels,
  ...trashChannels,
  ...catalogueChannels,
  ...decisionChannels,
  ...proposalChannels,
  ...documentChannels,
  ...awardHistoryChannels,
  ...movementChannels,
  ...exemplarChannels,
  ...registrationChannels,
  ...dashboardChannels,
  ...demoChannels,
  ...statisticsChannels,
  ...unitReportChannels,
  ...yearlyReportChannels,
  ...cityPackageChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

/** What a caller passes (before normalisation). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after the schema's parsing and normalisation). */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type ResultOf<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer R> ? R : never;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
