import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { HouseholdInput } from '../../../../shared/schemas/registry/households';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { HO_BINH, UNITS } from '../../test/registry-fixtures';
import { HouseholdFormModal } from './HouseholdFormModal';
import { HouseholdDetailPage } from './HouseholdDetailPage';

function renderForm(household: typeof HO_BINH | null) {
  const transport = fakeApi({
    'units.list': UNITS,
    'households.create': (input) => ({ ...HO_BINH, id: 9, ...(input as HouseholdInput), headGender: null }),
    'households.update': ({ values }) => ({ ...HO_BINH, ...values, headGender: values.headGender ?? null }),
  });
  render(<HouseholdFormModal opened household={household} onClose={vi.fn()} />);
  return transport;
}

/** The dialog focuses the head's name when it opens; a list opened before that would close again. */
const opened = () =>
  waitFor(() =>
    expect(document.activeElement).toBe(within(dialog()).getByRole('textbox', { name: 'Họ tên chủ hộ' })),
  );

const dialog = () => screen.getByRole('dialog');
const genderBox = () =>
  within(dialog()).getByRole<HTMLInputElement>('combobox', { name: 'Giới tính chủ hộ' });
const save = () => fireEvent.click(within(dialog()).getByRole('button', { name: 'Lưu' }));

describe('Household form: the head’s gender', () => {
  it('starts at “Chưa rõ”, offers Nam (Ông) / Nữ (Bà) and sends the chosen gender', async () => {
    const transport = renderForm(null);
    await opened();
    expect(genderBox().value).toBe('Chưa rõ');
    fireEvent.click(genderBox());
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      'Nam (Ông)',
      'Nữ (Bà)',
      'Chưa rõ',
    ]);
    fireEvent.click(await screen.findByRole('option', { name: 'Nữ (Bà)' }));
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Họ tên chủ hộ' }), {
      target: { value: 'Lê Thị Hoa' },
    });
    save();
    await waitFor(() => expect(sent(transport, 'households.create')).toHaveLength(1));
    expect(sent(transport, 'households.create')[0]).toMatchObject({
      headName: 'Lê Thị Hoa',
      headGender: 'female',
    });
  });

  it('shows a household’s stored gender and sends null when set back to “Chưa rõ”', async () => {
    const transport = renderForm({ ...HO_BINH, headGender: 'male' });
    await opened();
    expect(genderBox().value).toBe('Nam (Ông)');
    fireEvent.click(genderBox());
    fireEvent.click(await screen.findByRole('option', { name: 'Chưa rõ' }));
    expect(genderBox().value).toBe('Chưa rõ');
    save();
    await waitFor(() => expect(sent(transport, 'households.update')).toHaveLength(1));
    expect(sent(transport, 'households.update')[0]).toMatchObject({
      id: HO_BINH.id,
      values: { headName: 'Trần Văn Bình', headGender: null },
    });
  });
});

describe('Household detail page: the head’s gender', () => {
  it('shows “Nam (Ông)”, “Nữ (Bà)” or “Chưa rõ”', async () => {
    for (const [headGender, shown] of [
      ['male', 'Nam (Ông)'],
      ['female', 'Nữ (Bà)'],
      [null, 'Chưa rõ'],
    ] as const) {
      fakeApi({ 'households.get': { ...HO_BINH, headGender } });
      const { unmount } = render(<HouseholdDetailPage id={7} />);
      expect(await screen.findByRole('heading', { level: 1, name: 'Trần Văn Bình' })).toBeTruthy();
      // The value under its label (dt, then dd).
      expect(screen.getByText('Giới tính chủ hộ').nextElementSibling?.textContent).toBe(shown);
      unmount();
    }
  });
});
