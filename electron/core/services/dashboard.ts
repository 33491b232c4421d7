import type { Db } from '../db/types';
import type { Clock } from '../clock';
import type { Settings } from '../../../shared/schemas/settings';
import type { Dashboard } from '../../../shared/api/dashboard';
import { todayIso } from '../../../shared/rules/dates';
import { reportDeadlines } from '../../../shared/rules/deadlines';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';
import {
  awardTotalsOfYear,
  countDecisionsOfYear,
  countModelsByStage,
  countMovementsInProgress,
  countUnitsExpected,
  countUnitsNotRegistered,
  unitReportsOfYear,
} from '../db/repos/dashboard';

/**
 * The dashboard for `year` (this year by the clock when not given). Units are judged active on
 * today for this or a later year and on 31/12 for a past one, so last year's figure does not shift
 * because a unit was dissolved since.
 */
export function getDashboard(
  deps: { db: Db; clock: Clock; settings: { get(): Settings } },
  year?: number,
): Dashboard {
  const today = todayIso(deps.clock.now());
  const thisYear = Number(today.slice(0, 4));
  const y = year ?? thisYear;
  const asOf = y < thisYear ? `${y}-12-31` : today;
  const settings = deps.settings.get();
  const totals = awardTotalsOfYear(deps.db, y);
  const deadlines = reportDeadlines(today, {
    unit: settings.unitReportDeadline,
    ward: settings.wardReportDeadline,
  });
  // The units' deadline of the current cycle (10/12 when the setting cannot be read) names the year.
  const unitDeadline = (
    deadlines.find((d) => d.kind === 'unit') ??
    reportDeadlines(today, {
      unit: DEFAULT_SETTINGS.unitReportDeadline,
      ward: settings.wardReportDeadline,
    }).find((d) => d.kind === 'unit')!
  ).date;
  const reportYear = Number(unitDeadline.slice(0, 4));
  return {
    year: y,
    movementsInProgress: countMovementsInProgress(deps.db),
    unitsExpected: countUnitsExpected(deps.db, asOf),
    unitsNotRegistered: countUnitsNotRegistered(deps.db, y, asOf),
    modelsByStage: countModelsByStage(deps.db),
    decisionsThisYear: countDecisionsOfYear(deps.db, y),
    awardsThisYear: totals.lines,
    moneyThisYear: totals.money,
    deadlines,
    unitReports: {
      year: reportYear,
      deadline: unitDeadline,
      ...unitReportsOfYear(deps.db, reportYear, unitDeadline),
    },
  };
}
