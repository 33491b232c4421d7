import type { StoredUnitReport } from '../../db/repos/reports/unit-reports';
import { AppError } from '../../../../shared/errors';
import { formatDate } from '../../../../shared/rules/dates';

/** The report's fields as the audit log records them. */
export const auditFields = (r: StoredUnitReport) => ({
  unitId: r.unitId,
  year: r.year,
  receivedOn: r.receivedOn,
  onTime: r.onTime === 1,
  note: r.note,
  file: r.attachmentId === null ? null : { fileName: r.fileName, sizeBytes: r.sizeBytes, sha256: r.sha256 },
});

export function refused(field: string, message: string): never {
  throw new AppError('VALIDATION', message, { fields: { [field]: message } });
}

/** A report of `year` is received on or after 01/01 of that year and not after today. */
export function checkReceivedOn(year: number, receivedOn: string, today: string): void {
  if (receivedOn > today)
    refused(
      'receivedOn',
      `Ngày nhận báo cáo (${formatDate(receivedOn)}) không được sau ngày hôm nay (${formatDate(today)}).`,
    );
  if (receivedOn < `${year}-01-01`)
    refused('receivedOn', `Báo cáo năm ${year} không thể nhận trước ngày 01/01/${year}.`);
}
