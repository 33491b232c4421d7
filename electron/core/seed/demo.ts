import type { Db } from '../db/types';
import { insertAudit } from '../db/repos/audit';
import { isDatabaseEmpty } from '../db/repos/dashboard';
import { AppError } from '../../../shared/errors';
import type { DemoLoadResult } from '../../../shared/api/demo';
import type { Settings } from '../../../shared/schemas/settings';
import type { SettingsService } from '../services/settings';
import { generateWard } from './generate';
import { insertWard } from './insert';
import { SEED_SIGNERS } from './insert-awards';
import { SEED_OFFICER } from './models';

/** Who the audit log names when nobody set an officer name: the sample data itself. */
const DEMO_ACTOR = 'Dữ liệu mẫu';

/** The settings the sample ward reads best with: its signers and officer where none is set yet. */
export function demoSettings(current: Settings): Settings {
  const noChairman = current.chairman.name === '';
  return {
    ...current,
    chairman: noChairman ? { ...SEED_SIGNERS.chairman } : current.chairman,
    viceChairmen:
      noChairman && current.viceChairmen.length === 0 ? [{ ...SEED_SIGNERS.vice }] : current.viceChairmen,
    officerName: current.officerName || SEED_OFFICER,
  };
}

/**
 * «Tạo dữ liệu mẫu»: the small generated ward (default seed) in one transaction, only into a
 * database without any registry or award data, trashed rows included, so sample records can never
 * mix with an office's own. The emptiness check runs inside the same transaction as the writes.
 * Settings go through the settings service (audited, and its cache stays true), after the seed.
 */
export function loadDemo(deps: { db: Db; settings: SettingsService }, at: string): DemoLoadResult {
  const { db, settings } = deps;
  const ward = generateWard({ size: 'small' });
  return db.transaction((): DemoLoadResult => {
    const before = settings.get();
    if (!isDatabaseEmpty(db)) {
      throw new AppError(
        'CONFLICT',
        'Cơ sở dữ liệu đã có dữ liệu nên không tạo dữ liệu mẫu (để không trộn lẫn với dữ liệu thật). Dữ liệu không bị thay đổi.',
      );
    }
    const { counts } = insertWard(db, ward, at);
    const result: DemoLoadResult = {
      units: counts.units,
      people: counts.people,
      households: counts.households,
      movements: counts.movements,
      registrations: counts.registrations,
      models: counts.models,
      decisions: counts.decisions,
      awards: counts.awards,
    };
    settings.update(demoSettings(before));
    insertAudit(db, {
      at,
      actor: before.officerName || DEMO_ACTOR,
      entity: 'database',
      entityId: null,
      action: 'other',
      after: result,
      note: `Tạo dữ liệu mẫu: phường Lê Chân (cỡ nhỏ, seed ${ward.seed})`,
    });
    return result;
  })();
}
