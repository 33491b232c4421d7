import { startCore, type Core } from '../app';
import { fixedClock } from '../clock';
import { tempDir } from './temp';
import type { RequestContext } from '../api/router';
import type { SaveFileRequest } from '../files/dialogs';
import type { Channel, InputOf, ResultOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/errors';
import type { PersonInput } from '../../../shared/schemas/registry/people';
import type { UnitInput } from '../../../shared/schemas/registry/units';
import type { HouseholdInput } from '../../../shared/schemas/registry/households';

/** The fixed "now" of core tests: 26/11/2026, afternoon in Vietnam, same date in UTC. */
export const TEST_NOW = '2026-11-26T09:00:00.000Z';

export interface TestCore {
  core: Core;
  /** Files the handlers asked to save, in order. */
  saved: SaveFileRequest[];
  ctx: RequestContext;
  /** Invokes a channel through the router (schemas included) and returns its data, or throws. */
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<ResultOf<C>>;
  /** Invokes a channel that must fail and returns its error. */
  fail<C extends Channel>(channel: C, input: InputOf<C>): Promise<ApiError>;
  close(): void;
}

/** A real core on a fresh data folder with a fixed clock; saves are captured instead of shown. */
export function startTestCore(now = TEST_NOW): TestCore {
  const t = tempDir();
  const core = startCore({ dataDir: t.dir, appVersion: 'test', clock: fixedClock(now) });
  const saved: SaveFileRequest[] = [];
  const ctx: RequestContext = {
    dialogs: {
      async saveFile(request) {
        saved.push(request);
        return {
          saved: true,
          fileName: request.suggestedName,
          location: t.dir,
          sizeBytes: request.bytes.byteLength,
        };
      },
    },
  };
  return {
    core,
    saved,
    ctx,
    async call(channel, input) {
      const result = await core.router.invoke(channel, input, ctx);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.data as ResultOf<typeof channel>;
    },
    async fail(channel, input) {
      const result = await core.router.invoke(channel, input, ctx);
      if (result.ok) throw new Error(`${channel} was expected to fail`);
      return result.error;
    },
    close() {
      core.close();
      t.cleanup();
    },
  };
}

/** A person form with every field empty but the name. */
export const personInput = (fullName: string, more: Partial<PersonInput> = {}): PersonInput => ({
  fullName,
  gender: null,
  birthDate: null,
  birthYear: null,
  unitId: null,
  position: '',
  staffCategory: null,
  identityNumber: '',
  phone: '',
  address: '',
  note: '',
  ...more,
});

/** A unit form with every optional field empty. */
export const unitInput = (name: string, more: Partial<UnitInput> = {}): UnitInput => ({
  name,
  shortName: '',
  kind: 'other',
  parentId: null,
  contactPerson: '',
  phone: '',
  address: '',
  activeFrom: null,
  note: '',
  ...more,
});

/** A household form with every optional field empty. */
export const householdInput = (headName: string, more: Partial<HouseholdInput> = {}): HouseholdInput => ({
  headName,
  address: '',
  residentialGroupUnitId: null,
  memberCount: null,
  phone: '',
  note: '',
  ...more,
});
