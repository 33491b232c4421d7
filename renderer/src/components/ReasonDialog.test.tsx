import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ReasonDialog, ReasonForm } from './ReasonDialog';
import { render } from '../test/render';

const TEXTS = { label: 'Lý do', cancelLabel: 'Không hủy', confirmLabel: 'Hủy quyết định' };

describe('ReasonForm', () => {
  it('sends the typed reason and shows the refusal it gets back, until the reason is edited', async () => {
    const onConfirm = vi.fn().mockResolvedValue('Lý do quá ngắn.');
    render(
      <ReasonForm
        {...TEXTS}
        description="Ghi vào lịch sử."
        busy={false}
        onConfirm={onConfirm}
        onCancel={() => {}}
      />,
    );
    const reason = screen.getByRole('textbox', { name: /Lý do/ });
    expect(reason.hasAttribute('data-autofocus')).toBe(true);
    expect(screen.getByText('Ghi vào lịch sử.')).toBeTruthy();

    fireEvent.change(reason, { target: { value: 'Sai' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hủy quyết định' }));
    expect(onConfirm).toHaveBeenCalledWith('Sai');
    expect(await screen.findByText('Lý do quá ngắn.')).toBeTruthy();

    fireEvent.change(reason, { target: { value: 'Sai chức vụ' } });
    expect(screen.queryByText('Lý do quá ngắn.')).toBeNull();
  });

  it('refuses a blank reason itself when given the message, without sending', async () => {
    const onConfirm = vi.fn().mockResolvedValue(null);
    render(
      <ReasonForm
        {...TEXTS}
        requiredMessage="Vui lòng nhập lý do."
        busy={false}
        onConfirm={onConfirm}
        onCancel={() => {}}
      />,
    );
    fireEvent.change(screen.getByRole('textbox', { name: /Lý do/ }), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hủy quyết định' }));
    expect(await screen.findByText('Vui lòng nhập lý do.')).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('leaves a blank reason to the caller when no message is given', async () => {
    const onConfirm = vi.fn().mockResolvedValue(null);
    render(<ReasonForm {...TEXTS} busy={false} onConfirm={onConfirm} onCancel={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hủy quyết định' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith(''));
  });

  it('cancels, and cannot cancel while the action runs', () => {
    const onCancel = vi.fn();
    const { rerender } = render(
      <ReasonForm {...TEXTS} busy={false} onConfirm={vi.fn()} onCancel={onCancel} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Không hủy' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    rerender(<ReasonForm {...TEXTS} busy onConfirm={vi.fn()} onCancel={onCancel} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Không hủy' }).disabled).toBe(true);
  });
});

describe('ReasonDialog', () => {
  it('is a titled dialog with the explanation, and nothing when closed', () => {
    const props = {
      ...TEXTS,
      title: 'Hủy quyết định số 12',
      explanation: 'Quyết định vẫn giữ số.',
      busy: false,
      onConfirm: vi.fn(),
      onCancel: () => {},
    };
    const { rerender } = render(<ReasonDialog opened={false} {...props} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    rerender(<ReasonDialog opened {...props} />);
    const dialog = screen.getByRole('dialog', { name: 'Hủy quyết định số 12' });
    expect(within(dialog).getByText('Quyết định vẫn giữ số.')).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /Lý do/ })).toBeTruthy();
  });
});
