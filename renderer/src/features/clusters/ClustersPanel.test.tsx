import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Cluster } from '../../../../shared/schemas/registry/units';
import { render } from '../../test/render';
import { failure, fakeApi, sent, type Replies } from '../../test/fake-api';
import { BLOCK_SCHOOLS, CLUSTER_1, DANG_UY, MAM_NON, TRAM_Y_TE, UBND } from '../../test/registry-fixtures';
import { ClustersPanel } from './ClustersPanel';

const WITH_MEMBERS: Cluster = {
  ...CLUSTER_1,
  units: [
    { id: DANG_UY.id, name: DANG_UY.name },
    { id: UBND.id, name: UBND.name },
  ],
};

async function renderPanel(replies: Replies = {}) {
  const transport = fakeApi({
    'clusters.list': [WITH_MEMBERS, BLOCK_SCHOOLS],
    'units.list': [DANG_UY, UBND, TRAM_Y_TE, MAM_NON],
    ...replies,
  });
  render(<ClustersPanel />);
  await screen.findByRole('heading', { name: 'Cụm thi đua số 1' });
  return transport;
}

const card = (name: string) => screen.getByRole('listitem', { name });

describe('Clusters', () => {
  it('lists each cluster with its kind and its units as links', async () => {
    await renderPanel();
    const first = card('Cụm thi đua số 1');
    expect(within(first).getByText('Cụm thi đua')).toBeTruthy();
    expect(within(first).getByText('2 đơn vị')).toBeTruthy();
    expect(within(first).getByRole('link', { name: 'Ủy ban nhân dân phường' }).getAttribute('href')).toBe(
      '#/don-vi/2',
    );
    expect(within(card('Khối trường học')).getByText('Chưa có đơn vị nào trong cụm, khối này.')).toBeTruthy();
  });

  it('assigns units: the chosen active units are sent with setMembers', async () => {
    const transport = await renderPanel({
      'clusters.setMembers': (input) => ({
        ...BLOCK_SCHOOLS,
        units: (input as { unitIds: number[] }).unitIds.map((id) => ({ id, name: String(id) })),
      }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Chọn đơn vị cho Khối trường học' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đơn vị thuộc “Khối trường học”' });
    const field = within(dialog).getByRole('combobox', { name: 'Đơn vị' });
    await waitFor(() => expect(sent(transport, 'units.list')).toEqual([{ status: 'active' }]));

    field.focus();
    fireEvent.click(field);
    fireEvent.change(field, { target: { value: 'truong mam' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Trường Mầm non Hoa Sen' }));
    fireEvent.change(field, { target: { value: 'tram' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Trạm y tế phường' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu 2 đơn vị thuộc “Khối trường học”.')).toBeTruthy();
    expect(sent(transport, 'clusters.setMembers')).toEqual([
      { id: BLOCK_SCHOOLS.id, unitIds: [MAM_NON.id, TRAM_Y_TE.id] },
    ]);
  });

  it('keeps the current members when only one is added', async () => {
    const transport = await renderPanel({ 'clusters.setMembers': WITH_MEMBERS });
    fireEvent.click(screen.getByRole('button', { name: 'Chọn đơn vị cho Cụm thi đua số 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đơn vị thuộc “Cụm thi đua số 1”' });
    const field = within(dialog).getByRole('combobox', { name: 'Đơn vị' });
    fireEvent.click(field);
    fireEvent.click(await screen.findByRole('option', { name: 'Trạm y tế phường' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Đã lưu 2 đơn vị thuộc “Cụm thi đua số 1”.');
    expect(sent(transport, 'clusters.setMembers')).toEqual([
      { id: CLUSTER_1.id, unitIds: [DANG_UY.id, UBND.id, TRAM_Y_TE.id] },
    ]);
  });

  it('creates a cluster, refusing an empty name without calling the API', async () => {
    const transport = await renderPanel({
      'clusters.create': { id: 13, name: 'Khối doanh nghiệp', kind: 'block', note: null, units: [] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm cụm, khối' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm cụm, khối thi đua' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Vui lòng nhập tên cụm, khối.')).toBeTruthy();
    expect(sent(transport, 'clusters.create')).toEqual([]);

    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Tên cụm, khối' }), {
      target: { value: 'Khối doanh nghiệp' },
    });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Khối thi đua' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã thêm “Khối doanh nghiệp”.')).toBeTruthy();
    expect(sent(transport, 'clusters.create')).toEqual([
      { name: 'Khối doanh nghiệp', kind: 'block', note: '' },
    ]);
  });

  it('renames a cluster and changes its kind', async () => {
    const transport = await renderPanel({
      'clusters.update': { ...CLUSTER_1, name: 'Cụm số 1', kind: 'block' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sửa tên, loại của Cụm thi đua số 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa “Cụm thi đua số 1”' });
    const name = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Tên cụm, khối' });
    expect(name.value).toBe('Cụm thi đua số 1');
    fireEvent.change(name, { target: { value: 'Cụm số 1' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Khối thi đua' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu “Cụm số 1”.')).toBeTruthy();
    expect(sent(transport, 'clusters.update')).toEqual([
      { id: CLUSTER_1.id, values: { name: 'Cụm số 1', kind: 'block', note: '' } },
    ]);
  });

  it('deletes a cluster after confirmation, and shows a refusal', async () => {
    const transport = await renderPanel({
      'clusters.delete': (_input, n) =>
        n === 0 ? failure({ code: 'CONFLICT', message: 'Cụm đang được dùng.' }) : { id: CLUSTER_1.id },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xóa Cụm thi đua số 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa “Cụm thi đua số 1”?' });
    expect(within(dialog).getByText(/vẫn được giữ nguyên/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Cụm đang được dùng.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Đã xóa “Cụm thi đua số 1”.')).toBeTruthy();
    expect(sent(transport, 'clusters.delete')).toEqual([{ id: CLUSTER_1.id }, { id: CLUSTER_1.id }]);
  });
});
