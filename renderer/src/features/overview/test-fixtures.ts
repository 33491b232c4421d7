import type { Dashboard } from '../../../../shared/api/dashboard';

/** A dashboard of a ward in late November 2026, the numbers distinct so a test can tell them apart. */
export const DASHBOARD: Dashboard = {
  year: 2026,
  movementsInProgress: 3,
  unitsExpected: 30,
  unitsNotRegistered: 4,
  modelsByStage: { discovered: 6, nurtured: 7, summarized: 9, replicated: 2 },
  decisionsThisYear: { signed: 2, draft: 1 },
  awardsThisYear: 27,
  moneyThisYear: 18_240_000,
  deadlines: [
    { kind: 'unit', date: '2026-12-10', daysLeft: 14 },
    { kind: 'ward', date: '2026-12-15', daysLeft: 19 },
  ],
  unitReports: { year: 2026, deadline: '2026-12-10', expected: 30, received: 18, late: 2, notReceived: 12 },
};
