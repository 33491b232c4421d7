import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { CLUSTER_1, UNITS } from '../../test/registry-fixtures';
import { MovementForm } from './MovementForm';
import { MOVEMENT } from './test-fixtures';

const replies = {
  'units.list': UNITS,
  'clusters.list': [{ ...CLUSTER_1, units: [{ id: 3, name: 'Tổ dân phố số 5' }] }],
  'movements.create': MOVEMENT,
  'movements.list': [],
};

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });
const combobox = (name: string | RegExp) => screen.getByRole<HTMLInputElement>('combobox', { name });

/** Opens a select, optionally types to filter it, and clicks the option. */
async function pick(input: HTMLInputElement, option: string, search?: string) {
  // Mantine treats a change to an unfocused box as autofill, not typing.
  input.focus();
  fireEvent.click(input);
  if (search !== undefined) fireEvent.change(input, { target: { value: search } });
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the movement form', () => {
  it('creates a movement with ordered criteria and units picked by a search without tones', async () => {
    const transport = fakeApi(replies);
    const onDone = vi.fn();
    render(<MovementForm movement={null} onDone={onDone} />);
    fireEvent.change(field(/Tên phong trào/), { target: { value: 'Thi đua chuyển đổi số' } });
    fireEvent.change(field('Số văn bản phát động'), { target: { value: '45/KH-UBND' } });
    fireEvent.change(field('Ngày văn bản'), { target: { value: '15/1/2026' } });

    fireEvent.click(screen.getByRole('button', { name: 'Thêm tiêu chí' }));
    fireEvent.change(field('Nội dung tiêu chí 1'), { target: { value: 'Dịch vụ công trực tuyến' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm tiêu chí' }));
    fireEvent.change(field('Nội dung tiêu chí 2'), { target: { value: 'Thanh toán không tiền mặt' } });
    fireEvent.change(field('Trọng số (%) của tiêu chí 2'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đưa tiêu chí 2 lên' }));

    fireEvent.click(screen.getByRole('radio', { name: 'Chọn từng đơn vị' }));
    await pick(combobox(/Các đơn vị tham gia/), 'Tổ dân phố số 7', 'to dan pho so 7');

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent(transport, 'movements.create')).toHaveLength(1));
    expect(sent(transport, 'movements.create')[0]).toMatchObject({
      name: 'Thi đua chuyển đổi số',
      docNumber: '45/KH-UBND',
      docDate: '2026-01-15',
      criteria: [
        { content: 'Thanh toán không tiền mặt', target: '', weightPercent: 30 },
        { content: 'Dịch vụ công trực tuyến', target: '', weightPercent: null },
      ],
      participants: { mode: 'picked', clusterId: null, unitIds: [4] },
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(MOVEMENT));
  });

  it('refuses a period that ends before it starts and a criterion without content, before sending', async () => {
    const transport = fakeApi(replies);
    render(<MovementForm movement={null} onDone={() => {}} />);
    fireEvent.change(field(/Tên phong trào/), { target: { value: 'Phong trào' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Đến năm/ }), { target: { value: '2020' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm tiêu chí' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Năm kết thúc không được trước năm bắt đầu.')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập nội dung tiêu chí.')).toBeTruthy();
    expect(sent(transport, 'movements.create')).toEqual([]);
  });

  it('offers the cluster’s units when the scope is a cluster', async () => {
    const transport = fakeApi(replies);
    render(<MovementForm movement={null} onDone={() => {}} />);
    fireEvent.change(field(/Tên phong trào/), { target: { value: 'Phong trào cụm' } });
    await pick(combobox(/Phạm vi/), 'Cụm, khối thi đua');
    await pick(
      await screen.findByRole<HTMLInputElement>('combobox', { name: /^Cụm, khối thi đua/ }),
      'Cụm thi đua số 1',
    );
    expect((screen.getByRole('radio', { name: /một cụm, khối/ }) as HTMLInputElement).checked).toBe(true);
    const group = screen.getByRole('radiogroup', { name: /Đơn vị tham gia/ });
    expect(within(group).getByText('Tất cả đơn vị đang hoạt động (4)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent(transport, 'movements.create')).toHaveLength(1));
    expect(sent(transport, 'movements.create')[0]).toMatchObject({
      scope: 'cluster',
      scopeClusterId: 11,
      participants: { mode: 'cluster', clusterId: 11, unitIds: [] },
    });
  });
});
