import { afterAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../testing/award-fixtures';
import {
  emptySections,
  getYearlyReport,
  parseSections,
  setYearlyReportStatus,
  upsertYearlyReport,
} from './yearly-reports';

const AT = '2026-11-26T09:00:00.000Z';
const LATER = '2026-12-16T02:00:00.000Z';
const { db, close } = openTestDb();
afterAll(close);

describe('yearly reports repo', () => {
  it('has no row for a year never saved', () => {
    expect(getYearlyReport(db, 2025)).toBeNull();
  });

  it('inserts a year, then replaces its number, date and text, keeping one row per year', () => {
    upsertYearlyReport(
      db,
      {
        year: 2026,
        reportNumber: null,
        reportDate: null,
        sections: { ...emptySections(), overview: 'Tình hình' },
      },
      AT,
    );
    const first = getYearlyReport(db, 2026)!;
    expect(first).toMatchObject({
      year: 2026,
      reportNumber: null,
      reportDate: null,
      status: 'draft',
      sentOn: null,
      updatedAt: AT,
    });
    expect(first.sections.overview).toBe('Tình hình');
    expect(first.sections.plans).toBe('');

    upsertYearlyReport(
      db,
      {
        year: 2026,
        reportNumber: '12',
        reportDate: '2026-12-12',
        sections: { ...first.sections, plans: 'Năm 2027' },
      },
      LATER,
    );
    const second = getYearlyReport(db, 2026)!;
    expect(second).toMatchObject({
      id: first.id,
      reportNumber: '12',
      reportDate: '2026-12-12',
      updatedAt: LATER,
    });
    expect(second.sections).toMatchObject({ overview: 'Tình hình', plans: 'Năm 2027' });
    expect((db.prepare('SELECT count(*) AS n FROM yearly_reports').get() as { n: number }).n).toBe(1);
  });

  it('marks a year sent and back to draft; the database refuses "sent" without a date', () => {
    setYearlyReportStatus(db, 2026, '2026-12-14', LATER);
    expect(getYearlyReport(db, 2026)).toMatchObject({ status: 'sent', sentOn: '2026-12-14' });
    // Saving again leaves the status alone (the service refuses it while sent).
    upsertYearlyReport(
      db,
      { year: 2026, reportNumber: '12', reportDate: '2026-12-12', sections: emptySections() },
      LATER,
    );
    expect(getYearlyReport(db, 2026)!.status).toBe('sent');
    setYearlyReportStatus(db, 2026, null, LATER);
    expect(getYearlyReport(db, 2026)).toMatchObject({ status: 'draft', sentOn: null });
    expect(() => db.prepare(`UPDATE yearly_reports SET status = 'sent' WHERE year = 2026`).run()).toThrow(
      /CHECK/,
    );
  });

  it('reads every known section from the stored JSON, dropping unknown keys and bad values', () => {
    const s = parseSections(JSON.stringify({ overview: 'A', plans: 'B', retired: 'x', lessons: 5 }));
    expect(Object.keys(s)).toEqual([
      'overview',
      'movements',
      'models',
      'awards',
      'council',
      'strengths',
      'weaknesses',
      'lessons',
      'plans',
    ]);
    expect(s).toMatchObject({ overview: 'A', plans: 'B', lessons: '' });
    expect(parseSections('not json')).toEqual(emptySections());
  });
});
