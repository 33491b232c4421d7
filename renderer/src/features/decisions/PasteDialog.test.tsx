import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PastePreview } from '../../../../shared/schemas/decisions';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { MAM_NON } from '../../test/registry-fixtures';
import { DecisionPage } from './DecisionPage';
import { decision } from './test-fixtures';

const PREVIEW: PastePreview = {
  kind: 'individual',
  rows: [
    {
      row: 1,
      name: 'Nguyễn Văn An',
      positionUnit: 'Giáo viên',
      achievement: 'Dạy giỏi',
      status: 'matched',
      candidates: [{ id: 41, name: 'Nguyễn Văn An', detail: 'Trường Mầm non Hoa Sen', birthYear: 1985 }],
      chosenId: 41,
      message: null,
    },
    {
      row: 2,
      name: 'Lê Thị Hoa',
      positionUnit: null,
      achievement: null,
      status: 'ambiguous',
      candidates: [
        { id: 51, name: 'Lê Thị Hoa', detail: 'Trạm Y tế', birthYear: 1990 },
        { id: 52, name: 'Lê Thị Hoa', detail: 'Tổ dân phố 3', birthYear: 1962 },
      ],
      chosenId: null,
      message: 'Có 2 người trùng tên trong sổ.',
    },
    {
      row: 3,
      name: 'Phạm Minh Đức',
      positionUnit: 'Bảo vệ',
      achievement: null,
      status: 'new',
      candidates: [],
      chosenId: null,
      message: null,
    },
    {
      row: 4,
      name: 'Trần Thị Bình',
      positionUnit: null,
      achievement: null,
      status: 'in_list',
      candidates: [],
      chosenId: 60,
      message: 'Đã có trong danh sách của quyết định.',
    },
  ],
};

describe('Paste from Excel', () => {
  it('previews the rows, asks for a choice on ambiguous ones, takes a unit for new people, adds them', async () => {
    const transport = fakeApi({
      'decisions.get': decision(),
      'decisions.lines': [],
      'decisions.hints': [],
      'decisions.corrections': [],
      'units.list': [MAM_NON],
      'decisions.pastePreview': PREVIEW,
      'decisions.pasteCommit': { added: 3, created: 1, skipped: [] },
    });
    render(<DecisionPage id={3} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Dán từ Excel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dán danh sách từ Excel' });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Xem trước' }));
    expect(await within(dialog).findByText('Hãy dán ít nhất một dòng.')).toBeTruthy();

    const pasted =
      'Nguyễn Văn An\tGiáo viên\tDạy giỏi\nLê Thị Hoa\t\t\nPhạm Minh Đức\tBảo vệ\t\nTrần Thị Bình\t\t';
    fireEvent.change(
      within(dialog).getByRole('textbox', {
        name: 'Dán các dòng copy từ Excel: Họ tên | Chức vụ, đơn vị | Thành tích',
      }),
      { target: { value: pasted } },
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xem trước' }));
    const table = await within(dialog).findByRole('table', { name: 'Các dòng đã dán' });
    expect(sent(transport, 'decisions.pastePreview')).toEqual([
      { decisionId: 3, kind: 'individual', text: pasted },
    ]);

    const rowOf = (name: string) => within(table).getByText(name).closest('tr')!;
    expect(within(rowOf('Nguyễn Văn An')).getByText('Khớp')).toBeTruthy();
    expect(within(rowOf('Lê Thị Hoa')).getByText('Cần chọn')).toBeTruthy();
    expect(within(rowOf('Lê Thị Hoa')).getByText('Có 2 người trùng tên trong sổ.')).toBeTruthy();
    expect(within(rowOf('Phạm Minh Đức')).getAllByText('Tạo mới').length).toBeGreaterThan(0);
    expect(within(rowOf('Trần Thị Bình')).getByText('Đã có trong danh sách')).toBeTruthy();
    expect(within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'Thêm dòng 4' }).checked).toBe(
      false,
    );

    const commit = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Thêm 3 dòng' });
    expect(commit.disabled).toBe(true);
    expect(within(dialog).getByText('Còn 1 dòng cần chọn người trong sổ hoặc “Tạo mới”.')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Ghi dòng 2 vào' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Lê Thị Hoa — Tổ dân phố 3 — sinh năm 1962' }));
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Đơn vị của dòng 3' }));
    fireEvent.click(await screen.findByRole('option', { name: MAM_NON.name }));

    await waitFor(() => expect(commit.disabled).toBe(false));
    fireEvent.click(commit);
    await waitFor(() => expect(sent(transport, 'decisions.pasteCommit')).toHaveLength(1));
    expect(sent(transport, 'decisions.pasteCommit')[0]).toEqual({
      decisionId: 3,
      kind: 'individual',
      rows: [
        {
          name: 'Nguyễn Văn An',
          positionUnit: 'Giáo viên',
          achievement: 'Dạy giỏi',
          recipientId: 41,
          unitId: null,
        },
        { name: 'Lê Thị Hoa', positionUnit: '', achievement: '', recipientId: 52, unitId: null },
        {
          name: 'Phạm Minh Đức',
          positionUnit: 'Bảo vệ',
          achievement: '',
          recipientId: null,
          unitId: MAM_NON.id,
        },
      ],
    });
    expect(await screen.findByText('Đã thêm 3 dòng (tạo mới 1, bỏ qua 0).')).toBeTruthy();
  });
});

describe('Pasting a long list', () => {
  it('pages the preview and sets one unit for every person to create', async () => {
    const rows = Array.from({ length: 230 }, (_, i) => ({
      row: i + 1,
      name: `Người mới ${i + 1}`,
      positionUnit: null,
      achievement: null,
      status: 'new' as const,
      candidates: [],
      chosenId: null,
      message: null,
    }));
    const transport = fakeApi({
      'decisions.get': decision(),
      'decisions.lines': [],
      'decisions.hints': [],
      'decisions.corrections': [],
      'units.list': [MAM_NON],
      'decisions.pastePreview': { kind: 'individual', rows },
      'decisions.pasteCommit': { added: 230, created: 230, skipped: [] },
    });
    render(<DecisionPage id={3} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Dán từ Excel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dán danh sách từ Excel' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Dán các dòng copy từ Excel/ }), {
      target: { value: rows.map((r) => r.name).join('\n') },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xem trước' }));
    const table = await within(dialog).findByRole('table', { name: 'Các dòng đã dán' });
    expect(within(table).getByText('Người mới 100')).toBeTruthy();
    expect(within(table).queryByText('Người mới 101')).toBeNull();
    expect(within(dialog).getByText('Dòng 1–100 trong 230')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('combobox', { name: /Đơn vị cho 230 người sẽ tạo mới/ }));
    fireEvent.click(await screen.findByRole('option', { name: MAM_NON.name }));
    fireEvent.click(within(dialog).getByRole('button', { name: '3' }));
    expect(within(table).getByText('Người mới 230')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Thêm 230 dòng' }));
    await waitFor(() => expect(sent(transport, 'decisions.pasteCommit')).toHaveLength(1));
    const [input] = sent(transport, 'decisions.pasteCommit') as {
      rows: { recipientId: number | null; unitId: number | null }[];
    }[];
    const sentRows = input!.rows;
    expect(sentRows).toHaveLength(230);
    expect(sentRows.every((r) => r.recipientId === null && r.unitId === MAM_NON.id)).toBe(true);
  });
});
