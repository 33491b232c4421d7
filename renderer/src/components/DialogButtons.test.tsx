import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { DialogButtons } from './DialogButtons';
import { render } from '../test/render';

describe('DialogButtons', () => {
  it('offers cancel and the action, each calling its own handler', () => {
    const onCancel = vi.fn();
    const onConfirm = vi.fn();
    render(<DialogButtons cancelLabel="Hủy" confirmLabel="Lưu" onCancel={onCancel} onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('while busy, disables cancel and shows the action as loading', () => {
    render(
      <DialogButtons cancelLabel="Hủy" confirmLabel="Lưu" busy onCancel={() => {}} onConfirm={() => {}} />,
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Hủy' }).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Lưu' }).getAttribute('data-loading')).toBe('true');
  });

  it('marks cancel for the first focus only when asked', () => {
    const { rerender } = render(
      <DialogButtons cancelLabel="Hủy" confirmLabel="Xóa" onCancel={() => {}} onConfirm={() => {}} />,
    );
    expect(screen.getByRole('button', { name: 'Hủy' }).hasAttribute('data-autofocus')).toBe(false);
    rerender(
      <DialogButtons
        cancelLabel="Hủy"
        confirmLabel="Xóa"
        focusCancel
        onCancel={() => {}}
        onConfirm={() => {}}
      />,
    );
    expect(screen.getByRole('button', { name: 'Hủy' }).hasAttribute('data-autofocus')).toBe(true);
  });
});
