import { channel } from './define';
import type { SaveOutcome } from './files';
import { byId } from '../schemas/common';
import {
  clusterInputSchema,
  clusterMembersSchema,
  clusterUpdateSchema,
  unitDeactivateSchema,
  unitInputSchema,
  unitListSchema,
  unitUpdateSchema,
  type Cluster,
  type Unit,
  type UnitRow,
} from '../schemas/registry/units';
import { unitsExportSchema } from '../schemas/registry/transfer';
import { emptyInput } from '../schemas/fields';

export const unitChannels = {
  /** All units matching the filter, sorted the Vietnamese way (a ward has hundreds, not thousands). */
  'units.list': channel<UnitRow[]>()(unitListSchema),
  'units.get': channel<Unit>()(byId),
  'units.create': channel<Unit>()(unitInputSchema),
  'units.update': channel<Unit>()(unitUpdateSchema),
  /** Units are kept in history: deactivated with a date, optionally naming the unit they merged into. */
  'units.deactivate': channel<Unit>()(unitDeactivateSchema),
  'units.reactivate': channel<Unit>()(byId),
  /** To the trash; refused while people, sub-units, households or awards refer to the unit. */
  'units.delete': channel<Unit>()(byId),
  'units.restore': channel<Unit>()(byId),
  'units.export': channel<SaveOutcome>()(unitsExportSchema),
  'clusters.list': channel<Cluster[]>()(emptyInput),
  'clusters.create': channel<Cluster>()(clusterInputSchema),
  'clusters.update': channel<Cluster>()(clusterUpdateSchema),
  'clusters.setMembers': channel<Cluster>()(clusterMembersSchema),
  'clusters.delete': channel<{ id: number }>()(byId),
};
