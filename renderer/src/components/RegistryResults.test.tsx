import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import type { RecipientKind } from '../../../shared/domain/awards';
import type { ApiResult } from '../../../shared/api/envelope';
import { setTransportForTests } from '../lib/api';
import { render } from '../test/render';
import { failure, fakeApi, sent } from '../test/fake-api';
import { deferred, householdRowOf, pageOf, personRowOf, unitRowOf } from '../test/registry-fixtures';
import {
  RegistryCheckList,
  RegistryKindSwitch,
  RegistryRadioList,
  RegistrySearchInput,
} from './RegistryResults';
import { useRegistrySearch, type RegistryRecord } from './registrySearch';

function Picker({ listWhenEmpty, one }: { listWhenEmpty?: boolean; one?: boolean }) {
  const [kind, setKind] = useState<RecipientKind>('individual');
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<RegistryRecord[]>([]);
  const found = useRegistrySearch(kind, text, { listWhenEmpty });
  const list = {
    label: 'Kết quả',
    maxHeight: 200,
    rows: found.rows ?? [],
    error: found.error,
    empty: found.searching ? 'Đang tìm…' : found.rows === null ? 'Gõ tên để tìm.' : 'Không tìm thấy.',
  };
  return (
    <>
      <RegistryKindSwitch label="Loại" value={kind} onChange={setKind} />
      <RegistrySearchInput label="Tìm" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      {one ? (
        <RegistryRadioList {...list} value={picked[0] ?? null} onPick={(r) => setPicked([r])} />
      ) : (
        <RegistryCheckList
          {...list}
          busy={found.searching}
          isChecked={(r) => picked.some((p) => p.id === r.id)}
          onToggle={(r, on) => setPicked((all) => (on ? [...all, r] : all.filter((p) => p.id !== r.id)))}
          note={(r) => (r.id === 41 ? 'đã có trong danh sách' : null)}
        />
      )}
      <output>{picked.map((p) => `${p.kind}:${p.id}`).join(',')}</output>
    </>
  );
}

const type = (text: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: 'Tìm' }), { target: { value: text } });

describe('useRegistrySearch with the result lists', () => {
  it('sends one folded search once the typing pauses and shows each record with its detail line', async () => {
    const transport = fakeApi({
      'people.list': pageOf([
        personRowOf({
          id: 41,
          fullName: 'Nguyễn Văn An',
          position: 'Giáo viên',
          unitName: 'Trường THCS Lê Chân',
          birthYear: 1985,
        }),
      ]),
    });
    render(<Picker listWhenEmpty={false} />);
    expect(screen.getByText('Gõ tên để tìm.')).toBeTruthy();
    type('Ng');
    type('Nguyễn  Văn An');
    expect(sent(transport, 'people.list')).toHaveLength(0);
    expect(screen.getByText('Đang tìm…')).toBeTruthy();
    const row = await screen.findByRole('checkbox', { name: 'Nguyễn Văn An' });
    expect(sent(transport, 'people.list')).toEqual([{ query: 'nguyen van an', limit: 30 }]);
    expect(
      screen.getByText('Giáo viên · Trường THCS Lê Chân · sinh năm 1985 · đã có trong danh sách'),
    ).toBeTruthy();
    fireEvent.click(row);
    expect(screen.getByRole('status').textContent).toBe('individual:41');

    // An emptied box sends nothing and asks for a name again.
    type('  ');
    expect(screen.getByText('Gõ tên để tìm.')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 300));
    expect(sent(transport, 'people.list')).toHaveLength(1);
  });

  it('shows households and units with their own detail, never the rows of another kind', async () => {
    const transport = fakeApi({
      'people.list': pageOf([personRowOf({ id: 7, fullName: 'Trần Bình' })]),
      'households.list': pageOf([
        householdRowOf({
          id: 7,
          headName: 'Lê Văn Bình',
          address: 'Số 12 ngõ 3',
          residentialGroupName: 'Tổ dân phố số 5',
        }),
      ]),
      'units.list': [unitRowOf({ id: 7, name: 'Trường THCS Lê Chân', kind: 'school' })],
    });
    render(<Picker one />);
    expect(await screen.findByRole('radio', { name: 'Trần Bình' })).toBeTruthy();
    expect(sent(transport, 'people.list')).toEqual([{ query: '', limit: 30 }]);

    fireEvent.click(screen.getByRole('radio', { name: 'Hộ gia đình' }));
    expect(screen.queryByRole('radio', { name: 'Trần Bình' })).toBeNull();
    fireEvent.click(await screen.findByRole('radio', { name: 'Lê Văn Bình' }));
    expect(screen.getByText('Số 12 ngõ 3 · Tổ dân phố số 5')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('household:7');

    fireEvent.click(screen.getByRole('radio', { name: 'Tập thể' }));
    expect(await screen.findByRole('radio', { name: 'Trường THCS Lê Chân' })).toBeTruthy();
    expect(screen.getByText('Trường học')).toBeTruthy();
    expect(sent(transport, 'units.list')).toEqual([{ query: '' }]);
  });

  it('drops an older answer that arrives after the newer one', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<ApiResult<unknown>>>>();
    const transport = vi.fn((_channel: string, input: unknown) => {
      const held = deferred<ApiResult<unknown>>();
      answers.set((input as { query: string }).query, held);
      return held.promise;
    });
    setTransportForTests(transport);
    render(<Picker listWhenEmpty={false} />);
    type('an');
    await waitFor(() => expect(answers.has('an')).toBe(true));
    type('binh');
    await waitFor(() => expect(answers.has('binh')).toBe(true));
    answers
      .get('binh')!
      .resolve({ ok: true, data: pageOf([personRowOf({ id: 2, fullName: 'Trần Thị Bình' })]) });
    expect(await screen.findByRole('checkbox', { name: 'Trần Thị Bình' })).toBeTruthy();
    answers
      .get('an')!
      .resolve({ ok: true, data: pageOf([personRowOf({ id: 1, fullName: 'Nguyễn Văn An' })]) });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('checkbox', { name: 'Nguyễn Văn An' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Trần Thị Bình' })).toBeTruthy();
  });

  it('says why a search failed instead of showing no results', async () => {
    fakeApi({ 'people.list': failure({ code: 'INTERNAL', message: 'Không đọc được dữ liệu.' }) });
    render(<Picker />);
    expect((await screen.findByRole('alert')).textContent).toBe('Không đọc được dữ liệu.');
  });
});
