import { z } from 'zod';
import { channel } from './define';
import type { Deadline } from '../rules/deadlines';
import type { ExemplarStage } from '../domain/exemplars';

export const dashboardInputSchema = z
  .object({
    /** The year the yearly figures are about; the current year (by the clock) when left out. */
    year: z
      .number({ error: 'Năm phải là một số.' })
      .int('Năm phải là số nguyên.')
      .min(2000, 'Năm phải từ 2000 đến 2100.')
      .max(2100, 'Năm phải từ 2000 đến 2100.')
      .optional(),
  })
  .strict();

/** The figures of the Tổng quan dashboard; each is defined in electron/core/db/repos/dashboard.ts. */
export interface Dashboard {
  year: number;
  /** Movements now in progress (not trashed, not archived), whatever their period. */
  movementsInProgress: number;
  /** Units active in the year (not trashed, not deactivated). */
  unitsExpected: number;
  /** Of those, the units without any registration for the year (any movement, or year-only). */
  unitsNotRegistered: number;
  /** Exemplary models (not trashed) by their current stage. */
  modelsByStage: Record<ExemplarStage, number>;
  /** Award decisions of the year: signed, and drafts still being prepared. */
  decisionsThisYear: { signed: number; draft: number };
  /** Lines of the year's signed decisions, and their money in đồng. */
  awardsThisYear: number;
  moneyThisYear: number;
  /** The report deadlines of the current cycle (settings: 10/12 units, 15/12 ward). */
  deadlines: Deadline[];
  /**
   * The units' reports for the year of the units' deadline of the current cycle (`deadline`, as in
   * `deadlines`): units expected to report, how many of them did (and of those, late), how many not yet.
   */
  unitReports: {
    year: number;
    deadline: string;
    expected: number;
    received: number;
    late: number;
    notReceived: number;
  };
}

export const dashboardChannels = {
  'dashboard.get': channel<Dashboard>()(dashboardInputSchema),
};
