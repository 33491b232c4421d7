import type { Page } from '@playwright/test';
import { api, emptyUnit } from './registry-helpers';

export interface ReportWard {
  units: { id: number; name: string }[];
  decisionId: number;
}

const person = (fullName: string, gender: string, unitId: number, staffCategory: string) => ({
  fullName,
  gender,
  birthDate: null,
  birthYear: 1980,
  unitId,
  position: 'Chuyên viên',
  staffCategory,
  identityNumber: '',
  phone: '',
  address: '',
  note: '',
});

/**
 * A small ward for the reporting specs, all through the API: its name in settings, three units in
 * a regular 2025 movement (so the three must report for 2025), three people (a ward leader, a
 * direct worker, a civil servant) and a signed Giấy khen decision of 20/11/2025 for the three
 * people and the first unit.
 */
export async function seedReportWard(page: Page, wardName: string, unitNames: string[]): Promise<ReportWard> {
  const settings = await api<Record<string, unknown>>(page, 'settings.get', {});
  await api(page, 'settings.update', {
    ...settings,
    wardName,
    placeName: wardName.replace(/^Phường /, ''),
    chairman: { name: 'Lê Văn Chủ', title: 'Chủ tịch' },
  });
  const units: { id: number; name: string }[] = [];
  for (const name of unitNames) {
    const unit = await api<{ id: number }>(page, 'units.create', emptyUnit(name, 'residential_group'));
    units.push({ id: unit.id, name });
  }
  const movement = await api<{ id: number }>(page, 'movements.create', {
    name: 'Phong trào thi đua thực hiện nhiệm vụ năm 2025',
    theme: '',
    kind: 'regular',
    scope: 'ward',
    scopeClusterId: null,
    scopeUnitId: null,
    docNumber: '12/KH-UBND',
    docDate: '2025-01-10',
    docSigner: '',
    periodFromYear: 2025,
    periodToYear: 2025,
    startsOn: null,
    endsOn: null,
    responsibleOffice: '',
    description: '',
    criteria: [],
    participants: { mode: 'picked', clusterId: null, unitIds: units.map((u) => u.id) },
  });
  await api(page, 'movements.setStatus', { id: movement.id, status: 'launched' });

  const people: number[] = [];
  for (const [fullName, gender, category] of [
    ['Trần Văn Lãnh', 'male', 'ward_leader'],
    ['Phạm Thị Thợ', 'female', 'direct_worker'],
    ['Đỗ Minh Chức', 'male', 'civil_servant'],
  ] as const) {
    people.push(
      (await api<{ id: number }>(page, 'people.create', person(fullName, gender, units[0]!.id, category))).id,
    );
  }
  const catalogue = await api<{ id: number; code: string | null }[]>(page, 'catalogue.list', {});
  const award = catalogue.find((e) => e.code === 'giay_khen_chu_tich_phuong')!;
  const draft = await api<{ id: number }>(page, 'decisions.create', {
    year: 2025,
    number: null,
    decisionDate: '2025-11-20',
    signer: { kind: 'chairman', name: 'Lê Văn Chủ' },
    subject: 'Về việc tặng Giấy khen năm 2025',
    legalBases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
    movementId: null,
    catalogueId: award.id,
    achievementFrom: null,
    achievementTo: null,
    method: 'regular',
    defaultAchievement: 'Đã có thành tích xuất sắc năm 2025',
    recipientOrder: 'entered',
  });
  await api(page, 'decisions.addRecipients', {
    decisionId: draft.id,
    recipients: [
      ...people.map((id) => ({ kind: 'individual', id })),
      { kind: 'collective', id: units[0]!.id },
    ],
  });
  await api(page, 'decisions.sign', { id: draft.id });
  return { units, decisionId: draft.id };
}
