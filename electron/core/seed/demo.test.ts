import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, unitInput, type TestCore } from '../testing/core';
import { generateWard } from './generate';
import { planName } from './movements';

let t: TestCore;
afterEach(() => t.close());

const count = (sql: string) => (t.core.services.db.prepare(sql).get() as { n: number }).n;

describe('demo.load', () => {
  it('loads the small ward into an empty database once, then refuses', async () => {
    t = startTestCore();
    expect(await t.call('demo.status', {})).toEqual({ empty: true });

    const result = await t.call('demo.load', {});
    const ward = generateWard({ size: 'small' });
    expect(result).toEqual({
      units: ward.units.length,
      people: ward.people.length,
      households: ward.households.length,
      movements: ward.movements.length,
      registrations: ward.registrations.length,
      models: ward.models.length,
      decisions: ward.decisions.length,
      awards: ward.decisions.reduce((n, d) => n + d.lines.length, 0),
    });
    expect(await t.call('demo.status', {})).toEqual({ empty: false });

    const refused = await t.fail('demo.load', {});
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/đã có dữ liệu/);
    expect(count('SELECT count(*) AS n FROM units')).toBe(ward.units.length);
  });

  it('brings the seed plan as a movement in progress with every unit and its themes as criteria', async () => {
    t = startTestCore();
    await t.call('demo.load', {});
    const plan = t.core.services.db
      .prepare(
        `SELECT id, kind, status, doc_number AS docNumber, doc_signer AS signer, period_from_year AS fromYear,
           period_to_year AS toYear FROM movements WHERE name = ?`,
      )
      .get(planName(2026, 2030)) as Record<string, unknown> & { id: number };
    expect(plan).toMatchObject({
      kind: 'regular',
      status: 'in_progress',
      docNumber: '45/KH-UBND',
      signer: 'Phạm Văn Hùng',
      fromYear: 2026,
      toYear: 2030,
    });
    expect(count(`SELECT count(*) AS n FROM movement_units WHERE movement_id = ${plan.id}`)).toBe(
      count('SELECT count(*) AS n FROM units'),
    );
    const criteria = t.core.services.db
      .prepare('SELECT content FROM movement_criteria WHERE movement_id = ? ORDER BY position')
      .all(plan.id) as { content: string }[];
    expect(criteria.map((c) => c.content).join(' | ')).toMatch(
      /Đổi mới sáng tạo.*Chuyển đổi số và chuyển đổi xanh.*hành chính chuyên nghiệp.*kinh tế tư nhân.*Văn hóa, giáo dục, y tế.*an sinh.*quốc phòng.*an ninh.*đối ngoại/i,
    );
  });

  it('names the signers and the officer in the settings and writes one audit row for the load', async () => {
    t = startTestCore();
    await t.call('demo.load', {});
    const settings = await t.call('settings.get', {});
    expect(settings.chairman.name).toBe('Phạm Văn Hùng');
    expect(settings.viceChairmen.map((v) => v.name)).toEqual(['Nguyễn Thị Thu Hà']);
    expect(settings.officerName).not.toBe('');
    expect(count(`SELECT count(*) AS n FROM audit_log WHERE entity = 'database' AND action = 'other'`)).toBe(
      1,
    );
  });

  it('refuses a database that already has a unit, and changes nothing', async () => {
    t = startTestCore();
    await t.call('units.create', unitInput('Tổ dân phố số 1', { kind: 'residential_group' }));
    expect(await t.call('demo.status', {})).toEqual({ empty: false });
    const error = await t.fail('demo.load', {});
    expect(error.code).toBe('CONFLICT');
    expect(count('SELECT count(*) AS n FROM units')).toBe(1);
    expect(count('SELECT count(*) AS n FROM movements')).toBe(0);
  });
});

describe('dashboard.get on the demo ward', () => {
  it('gives this year’s figures by the clock and the deadlines from the settings', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    await t.call('demo.load', {});
    const d = await t.call('dashboard.get', {});
    expect(d.year).toBe(2026);
    expect(d.movementsInProgress).toBe(
      count(`SELECT count(*) AS n FROM movements WHERE status = 'in_progress'`),
    );
    expect(d.movementsInProgress).toBeGreaterThanOrEqual(1);
    expect(d.unitsExpected).toBe(count('SELECT count(*) AS n FROM units'));
    expect(d.unitsNotRegistered).toBeGreaterThanOrEqual(3);
    expect(d.unitsNotRegistered).toBeLessThan(d.unitsExpected / 2);
    expect(Object.values(d.modelsByStage).reduce((a, b) => a + b, 0)).toBe(
      count('SELECT count(*) AS n FROM exemplary_models'),
    );
    expect(d.decisionsThisYear.signed).toBeGreaterThan(0);
    expect(d.decisionsThisYear.draft).toBe(1);
    expect(d.awardsThisYear).toBeGreaterThan(0);
    expect(d.moneyThisYear).toBeGreaterThan(0);
    expect(d.deadlines).toEqual([
      { kind: 'unit', date: '2026-12-10', daysLeft: 14 },
      { kind: 'ward', date: '2026-12-15', daysLeft: 19 },
    ]);
    // Some units have sent this year's report; none late yet (the deadline is ahead).
    expect(d.unitReports).toMatchObject({ year: 2026, deadline: '2026-12-10', late: 0 });
    expect(d.unitReports.received).toBe(
      count(
        `SELECT count(*) AS n FROM unit_reports r JOIN units u ON u.id = r.unit_id
         WHERE r.year = 2026 AND u.deleted_at IS NULL`,
      ),
    );
    expect(d.unitReports.received).toBeGreaterThan(0);
    expect(d.unitReports.notReceived).toBe(d.unitReports.expected - d.unitReports.received);
    expect(d.unitReports.notReceived).toBeGreaterThan(0);
    const past = await t.call('dashboard.get', { year: 2025 });
    expect(past.year).toBe(2025);
    expect(past.unitsNotRegistered).toBe(0);
    expect(past.decisionsThisYear.draft).toBe(0);
  });

  it('answers zeros on an empty database', async () => {
    t = startTestCore();
    const d = await t.call('dashboard.get', { year: 2026 });
    expect(d).toMatchObject({
      movementsInProgress: 0,
      unitsExpected: 0,
      unitsNotRegistered: 0,
      modelsByStage: { discovered: 0, nurtured: 0, summarized: 0, replicated: 0 },
      decisionsThisYear: { signed: 0, draft: 0 },
      awardsThisYear: 0,
      moneyThisYear: 0,
    });
  });
});
