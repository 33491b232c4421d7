import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { ListBody, type LoadStatus } from './ListBody';
import { render } from '../test/render';

const TEXTS = { loading: 'Đang tải…', loadFailed: 'Không tải được', retry: 'Thử lại' };

function show(status: LoadStatus, count: number, opts: { error?: string; hint?: string | null } = {}) {
  const onRetry = vi.fn();
  render(
    <ListBody
      status={status}
      error={opts.error ?? null}
      count={count}
      texts={TEXTS}
      onRetry={onRetry}
      empty={{ title: 'Chưa có gì.', hint: opts.hint }}
    >
      <p>các dòng</p>
    </ListBody>,
  );
  return onRetry;
}

describe('ListBody', () => {
  it('shows the load error with a retry', () => {
    const onRetry = show('error', 3, { error: 'Mất kết nối' });
    expect(screen.getByRole('alert').textContent).toContain('Mất kết nối');
    expect(screen.queryByText('các dòng')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows the loading line while nothing is loaded yet', () => {
    show('loading', 0);
    expect(screen.getByRole('status').textContent).toContain('Đang tải…');
    expect(screen.queryByText('Chưa có gì.')).toBeNull();
  });

  it('keeps the rows already shown while reading again', () => {
    show('loading', 2);
    expect(screen.getByText('các dòng')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says the list is empty, with the hint when there is one', () => {
    show('ready', 0, { hint: 'Bấm Thêm để tạo.' });
    expect(screen.getByText('Chưa có gì.')).toBeTruthy();
    expect(screen.getByText('Bấm Thêm để tạo.')).toBeTruthy();
    expect(screen.queryByText('các dòng')).toBeNull();
  });

  it('shows the rows once loaded', () => {
    show('ready', 1);
    expect(screen.getByText('các dòng')).toBeTruthy();
    expect(screen.queryByText('Chưa có gì.')).toBeNull();
  });
});
