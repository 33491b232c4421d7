import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { HO_BINH, UNITS, pageOf } from '../../test/registry-fixtures';
import { HouseholdDetailPage } from '../households/HouseholdDetailPage';
import { changeOf, entryOf } from './test-fixtures';

const MOVED = entryOf({
  id: 11,
  entity: 'households',
  entityLabel: 'Hộ gia đình',
  entityId: HO_BINH.id,
  recordLabel: HO_BINH.headName,
  changes: [changeOf('Tổ dân phố', 'Tổ dân phố số 7', 'Tổ dân phố số 5', 'residentialGroupUnitId')],
});

describe('A record’s own history', () => {
  it('shows on the household’s page with the same rows as the history screen', async () => {
    const transport = fakeApi({
      'households.get': HO_BINH,
      'units.list': UNITS,
      'audit.list': pageOf([MOVED]),
    });
    render(<HouseholdDetailPage id={HO_BINH.id} />);
    const history = await screen.findByRole('table', { name: 'Lịch sử thay đổi của Trần Văn Bình' });
    expect(within(history).getByRole('listitem').textContent).toBe(
      'Tổ dân phố: Tổ dân phố số 7 → Tổ dân phố số 5',
    );
    expect(within(history).getByText('Sửa')).toBeTruthy();
    expect(sent(transport, 'audit.list')).toMatchObject([{ entity: 'households', entityId: HO_BINH.id }]);
  });

  it('says when nothing was recorded, and shows a failure with a retry', async () => {
    fakeApi({
      'households.get': HO_BINH,
      'units.list': UNITS,
      'audit.list': (_input, n) =>
        n === 0 ? failure({ code: 'INTERNAL', message: 'Lỗi đọc.' }) : pageOf([]),
    });
    render(<HouseholdDetailPage id={HO_BINH.id} />);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Lịch sử thay đổi' })).closest(
      'section',
    )!;
    fireEvent.click(await within(section).findByRole('button', { name: 'Thử lại' }));
    expect(
      await within(section).findByText('Chưa có thay đổi nào được ghi lại cho bản ghi này.'),
    ).toBeTruthy();
  });
});
