import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { EnumSelect, enumOptions } from './EnumSelect';
import { render } from '../test/render';

const KINDS = ['collective', 'individual'] as const;
const LABELS = { collective: 'Tập thể', individual: 'Cá nhân' };

describe('enumOptions', () => {
  it('pairs each value with its label, in the enum order', () => {
    expect(enumOptions(KINDS, LABELS)).toEqual([
      { value: 'collective', label: 'Tập thể' },
      { value: 'individual', label: 'Cá nhân' },
    ]);
  });
});

describe('EnumSelect', () => {
  it('offers the labels and hands the chosen value on', async () => {
    const onChange = vi.fn();
    render(
      <EnumSelect
        label="Loại"
        placeholder="Tất cả"
        values={KINDS}
        labels={LABELS}
        value={null}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByRole('combobox', { name: 'Loại' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Cá nhân' }));
    expect(onChange).toHaveBeenCalledWith('individual', expect.anything());
  });

  it('shows the label of the current value', () => {
    render(<EnumSelect label="Loại" values={KINDS} labels={LABELS} value="collective" onChange={() => {}} />);
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Loại' }).value).toBe('Tập thể');
  });
});
