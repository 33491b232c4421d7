import type { z } from 'zod';
import type { ServiceDeps } from './audit-trail';
import type { UnitsService } from './units';
import { writeTable, type TableColumn } from '../excel/write-table';
import { iteratePeople } from '../db/repos/people-list';
import { iterateHouseholds } from '../db/repos/households-list';
import { unitNamesById } from '../db/repos/unit-queries';
import { getClusterBasics } from '../db/repos/clusters';
import { formatDate, todayIso } from '../../../shared/rules/dates';
import {
  GENDER_LABELS,
  STAFF_CATEGORY_LABELS,
  UNIT_KIND_LABELS,
  type ActivityFilter,
} from '../../../shared/domain/registry';
import type {
  householdsExportSchema,
  peopleExportSchema,
  unitsExportSchema,
} from '../../../shared/schemas/registry/transfer';
import type { PersonRow } from '../../../shared/schemas/registry/people';
import type { HouseholdRow } from '../../../shared/schemas/registry/households';
import type { UnitRow } from '../../../shared/schemas/registry/units';

export interface ExportFile {
  suggestedName: string;
  bytes: Uint8Array;
}

export interface RegistryExports {
  units(filter: z.output<typeof unitsExportSchema>): Promise<ExportFile>;
  people(filter: z.output<typeof peopleExportSchema>): Promise<ExportFile>;
  households(filter: z.output<typeof householdsExportSchema>): Promise<ExportFile>;
}

const STATUS_WORDS: Record<ActivityFilter, string> = {
  active: 'đang hoạt động',
  inactive: 'ngừng hoạt động',
  all: 'tất cả',
};

const date = (iso: string | null) => (iso === null ? null : formatDate(iso));
const stt = <T>(): TableColumn<T> => ({ header: 'STT', width: 7, value: (_row, i) => i + 1 });

const PEOPLE_COLUMNS: TableColumn<PersonRow>[] = [
  stt(),
  { header: 'Họ và tên', width: 28, value: (p) => p.fullName },
  { header: 'Giới tính', width: 10, value: (p) => (p.gender === null ? null : GENDER_LABELS[p.gender]) },
  // A full date when known, else the year alone, both as text so Excel does not reinterpret them.
  {
    header: 'Ngày sinh',
    width: 12,
    value: (p) => date(p.birthDate) ?? (p.birthYear === null ? null : String(p.birthYear)),
  },
  { header: 'Đơn vị', width: 34, value: (p) => p.unitName },
  { header: 'Chức vụ', width: 26, value: (p) => p.position },
  {
    header: 'Đối tượng',
    width: 32,
    value: (p) => (p.staffCategory === null ? null : STAFF_CATEGORY_LABELS[p.staffCategory]),
  },
  {
    header: 'Trạng thái',
    width: 17,
    value: (p) => (p.deletedAt !== null ? 'Đã xóa' : p.active ? 'Đang hoạt động' : 'Ngừng hoạt động'),
  },
];

const HOUSEHOLD_COLUMNS: TableColumn<HouseholdRow>[] = [
  stt(),
  { header: 'Họ tên chủ hộ', width: 28, value: (h) => h.headName },
  {
    header: 'Giới tính chủ hộ',
    width: 12,
    value: (h) => (h.headGender === null ? null : GENDER_LABELS[h.headGender]),
  },
  { header: 'Địa chỉ', width: 40, value: (h) => h.address },
  { header: 'Tổ dân phố', width: 26, value: (h) => h.residentialGroupName },
  { header: 'Số nhân khẩu', width: 13, value: (h) => h.memberCount },
];

function unitColumns(names: Map<number, string>): TableColumn<UnitRow>[] {
  return [
    stt(),
    { header: 'Tên đơn vị', width: 40, value: (u) => u.name },
    { header: 'Tên viết tắt', width: 14, value: (u) => u.shortName },
    { header: 'Loại đơn vị', width: 24, value: (u) => UNIT_KIND_LABELS[u.kind] },
    {
      header: 'Đơn vị cấp trên',
      width: 34,
      value: (u) => (u.parentId === null ? null : (names.get(u.parentId) ?? null)),
    },
    {
      header: 'Cụm, khối thi đua',
      width: 28,
      value: (u) => u.clusters.map((c) => c.name).join('; ') || null,
    },
    { header: 'Số cá nhân', width: 11, value: (u) => u.peopleCount },
    { header: 'Ngày bắt đầu hoạt động', width: 14, value: (u) => date(u.activeFrom) },
    { header: 'Ngày ngừng hoạt động', width: 14, value: (u) => date(u.activeTo) },
    {
      header: 'Trạng thái',
      width: 17,
      value: (u) => (u.deletedAt !== null ? 'Đã xóa' : u.active ? 'Đang hoạt động' : 'Ngừng hoạt động'),
    },
  ];
}

/** "Lọc: từ khóa “ng th”; đơn vị: ..." for whatever filter narrows the list, or nothing. */
function filterLine(parts: (string | null)[]): string[] {
  const used = parts.filter((p): p is string => p !== null);
  return used.length === 0 ? [] : [`Lọc: ${used.join('; ')}`];
}

export function createRegistryExports(deps: ServiceDeps & { units: UnitsService }): RegistryExports {
  const { db, clock, settings } = deps;

  /** Title, date line and file name shared by the three lists. */
  const heading = (listName: string, slug: string) => {
    const today = todayIso(clock.now());
    return {
      title: `${settings.get().wardName} – ${listName}`,
      dateLine: `Xuất ngày ${formatDate(today)}`,
      suggestedName: `danh-sach-${slug}-${today.replaceAll('-', '')}.xlsx`,
    };
  };
  const searched = (f: { query: string; trashed: boolean }) => [
    f.query !== '' ? `từ khóa “${f.query}”` : null,
    f.trashed ? 'thùng rác' : null,
  ];
  const unitPart = (word: string, unitId: number | null) =>
    unitId === null ? null : `${word}: ${unitNamesById(db).get(unitId) ?? unitId}`;

  return {
    async units(filter) {
      const h = heading('Danh sách đơn vị', 'don-vi');
      const names = unitNamesById(db);
      const cluster = filter.clusterId === null ? null : getClusterBasics(db, filter.clusterId);
      const lines = filterLine([
        ...searched(filter),
        filter.kind !== null ? `loại: ${UNIT_KIND_LABELS[filter.kind]}` : null,
        cluster !== null ? `cụm, khối: ${cluster.name}` : null,
        !filter.trashed && filter.status !== 'active' ? `trạng thái: ${STATUS_WORDS[filter.status]}` : null,
      ]);
      const bytes = await writeTable({
        sheetName: 'Đơn vị',
        title: h.title,
        lines: [h.dateLine, ...lines],
        columns: unitColumns(names),
        rows: deps.units.list(filter),
      });
      return { suggestedName: h.suggestedName, bytes };
    },

    async people(filter) {
      const h = heading('Danh sách cá nhân', 'ca-nhan');
      const lines = filterLine([
        ...searched(filter),
        unitPart('đơn vị', filter.unitId),
        filter.staffCategory !== null ? `đối tượng: ${STAFF_CATEGORY_LABELS[filter.staffCategory]}` : null,
        filter.gender !== null ? `giới tính: ${GENDER_LABELS[filter.gender]}` : null,
        !filter.trashed && filter.status !== 'active' ? `trạng thái: ${STATUS_WORDS[filter.status]}` : null,
      ]);
      const bytes = await writeTable({
        sheetName: 'Cá nhân',
        title: h.title,
        lines: [h.dateLine, ...lines],
        columns: PEOPLE_COLUMNS,
        rows: iteratePeople(db, filter),
      });
      return { suggestedName: h.suggestedName, bytes };
    },

    async households(filter) {
      const h = heading('Danh sách hộ gia đình', 'ho-gia-dinh');
      const lines = filterLine([...searched(filter), unitPart('tổ dân phố', filter.residentialGroupUnitId)]);
      const bytes = await writeTable({
        sheetName: 'Hộ gia đình',
        title: h.title,
        lines: [h.dateLine, ...lines],
        columns: HOUSEHOLD_COLUMNS,
        rows: iterateHouseholds(db, filter),
      });
      return { suggestedName: h.suggestedName, bytes };
    },
  };
}
