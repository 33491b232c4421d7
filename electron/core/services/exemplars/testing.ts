import { personInput, unitInput, type TestCore } from '../../testing/core';
import type { ExemplarInput } from '../../../../shared/schemas/exemplars';

/** A model form for a subject, with the optional fields empty. */
export const exemplarInput = (
  subject: ExemplarInput['subject'],
  title: string,
  more: Partial<ExemplarInput> = {},
): ExemplarInput => ({
  subject,
  title,
  field: '',
  movementId: null,
  description: '',
  source: '',
  discoveredOn: '2026-03-02',
  ...more,
});

/** A person of a school, and a movement row in the given status (written directly: not this feature's). */
export async function exemplarFixture(t: TestCore, movementStatus = 'in_progress') {
  const school = await t.call('units.create', unitInput('Trường THCS Lê Chân', { kind: 'school' }));
  const person = await t.call(
    'people.create',
    personInput('Nguyễn Thị Hoa', { unitId: school.id, position: 'Giáo viên' }),
  );
  const movementId = Number(
    t.core.services.db
      .prepare(
        `INSERT INTO movements (name, kind, period_from_year, period_to_year, status, search_text, created_at, updated_at)
         VALUES ('Dân vận khéo', 'regular', 2026, 2026, ?, 'dan van kheo', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      )
      .run(movementStatus).lastInsertRowid,
  );
  return { school, person, movementId };
}

/** Sets a movement's status behind the service's back (closing is the movements feature's job). */
export function setMovementStatus(t: TestCore, movementId: number, status: string): void {
  t.core.services.db.prepare('UPDATE movements SET status = ? WHERE id = ?').run(status, movementId);
}
