import { householdInput, personInput, unitInput, type TestCore } from '../../testing/core';
import type { ProposalInput } from '../../../../shared/schemas/proposals';

/** A proposal form with the optional fields empty. */
export const proposalInput = (title: string, more: Partial<ProposalInput> = {}): ProposalInput => ({
  docNumber: '',
  docDate: null,
  fromUnitId: null,
  year: 2026,
  title,
  receivedOn: null,
  note: '',
  movementId: null,
  ...more,
});

/** A school with two teachers, a household, and the ids of the default catalogue entries. */
export async function registryFixture(t: TestCore) {
  const school = await t.call('units.create', unitInput('Trường THCS Lê Chân', { kind: 'school' }));
  const an = await t.call(
    'people.create',
    personInput('Nguyễn Văn An', { unitId: school.id, position: 'Giáo viên' }),
  );
  const binh = await t.call('people.create', personInput('Trần Thị Bình', { unitId: school.id }));
  const household = await t.call(
    'households.create',
    householdInput('Lê Văn Cường', { address: '12 Hàng Kênh' }),
  );
  const catalogue = await t.call('catalogue.list', {});
  const code = (c: string) => catalogue.find((e) => e.code === c)!.id;
  return {
    school,
    an,
    binh,
    household,
    ldtt: code('lao_dong_tien_tien'),
    giayKhen: code('giay_khen_chu_tich_phuong'),
    gdvh: code('gia_dinh_van_hoa'),
  };
}
