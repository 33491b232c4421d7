import type {
  UnitReportRecord,
  UnitReportRow,
  UnitReportsOverview,
} from '../../../../shared/schemas/reports';

/** A received report: on 05/12/2026 (before the 10/12 deadline) unless told otherwise. */
export const received = (more: Partial<UnitReportRecord> = {}): UnitReportRecord => ({
  id: 1,
  receivedOn: '2026-12-05',
  onTime: true,
  note: null,
  attachment: null,
  updatedAt: '2026-12-05T02:00:00.000Z',
  ...more,
});

/** A unit expected to report, with no report yet, the deadline still ahead. */
export const row = (unitId: number, unitName: string, more: Partial<UnitReportRow> = {}): UnitReportRow => ({
  unitId,
  unitName,
  clusters: 'Khối cơ quan',
  contactPerson: null,
  phone: null,
  expected: true,
  report: null,
  status: 'pending',
  ...more,
});

/**
 * The year 2026 of a ward with four expected units (one on time, one late, two not yet) and a
 * company that is not expected but sent a report anyway.
 */
export const OVERVIEW: UnitReportsOverview = {
  year: 2026,
  deadline: '2026-12-10',
  rows: [
    row(5, 'Công ty TNHH Hải Long', {
      clusters: null,
      expected: false,
      status: 'on_time',
      report: received({ id: 9, receivedOn: '2026-12-01' }),
    }),
    row(1, 'Đoàn Thanh niên phường', {
      contactPerson: 'Phạm Thu Hà',
      phone: '0912 345 678',
      status: 'on_time',
      report: received({
        id: 2,
        note: 'Nhận bản giấy',
        attachment: { id: 40, fileName: 'bao-cao-doan-tn.pdf', sizeBytes: 120_000 },
      }),
    }),
    row(2, 'Hội Cựu chiến binh', {
      status: 'late',
      report: received({ id: 3, receivedOn: '2026-12-13', onTime: false }),
    }),
    row(3, 'Trạm y tế phường', {
      clusters: 'Khối sự nghiệp',
      contactPerson: 'Đặng Văn Đức',
      phone: '0225 3845 111',
    }),
    row(4, 'Trường THCS Lê Chân', { clusters: 'Khối sự nghiệp' }),
  ],
  counts: { expected: 4, onTime: 1, late: 1, pending: 2, missing: 0 },
};

export const PDF = { base64: 'JVBERi0xLjQK', pageCount: 1, fileName: 'Don-vi-chua-nop-2026.pdf' };
