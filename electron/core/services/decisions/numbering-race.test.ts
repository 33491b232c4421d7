import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { decisionInput } from './test-support';
import type * as DecisionsRepo from '../../db/repos/decisions';

// Another window saving the same number between our check and our insert: the check sees the number
// free, SQLite's UNIQUE(year, number) refuses it. Simulated by hiding the holder from the check.
vi.mock('../../db/repos/decisions', async (importOriginal) => ({
  ...(await importOriginal<typeof DecisionsRepo>()),
  findDecisionByNumber: () => null,
}));

let t: TestCore;
afterEach(() => t?.close());

describe('concurrent creation of the same number', () => {
  it('turns the UNIQUE(year, number) failure into the same CONFLICT on the number field', async () => {
    t = startTestCore();
    await t.call('decisions.create', decisionInput({ number: 5 }));
    const error = await t.fail('decisions.create', decisionInput({ number: 5 }));
    expect(error).toEqual({
      code: 'CONFLICT',
      message: 'Số 05/QĐ-UBND đã được dùng trong năm 2026.',
      fields: { number: 'Số 05/QĐ-UBND đã được dùng trong năm 2026.' },
    });
    expect(t.core.services.db.prepare('SELECT count(*) AS n FROM decisions').get()).toEqual({ n: 1 });
    expect(
      t.core.services.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'decisions'").get(),
    ).toEqual({ n: 1 });
  });
});
