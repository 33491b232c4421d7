import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { DateField, dateValueOf } from './DateField';
import { render } from '../test/render';

describe('dateValueOf', () => {
  it('reads d/m/yyyy into ISO, keeps text that is not a date, and empties to null', () => {
    expect(dateValueOf('05/07/2026')).toBe('2026-07-05');
    expect(dateValueOf(' 5-7-2026 ')).toBe('2026-07-05');
    expect(dateValueOf('31/02/2026')).toBe('31/02/2026');
    expect(dateValueOf('  ')).toBeNull();
  });
});

describe('DateField', () => {
  function Harness({ onChange }: { onChange(v: string | null): void }) {
    const [value, setValue] = useState<string | null>('2026-01-15');
    return (
      <>
        <DateField
          label="Ngày"
          value={value}
          onChange={(v) => {
            setValue(v);
            onChange(v);
          }}
        />
        <button onClick={() => setValue('2025-12-31')}>đặt lại</button>
      </>
    );
  }

  it('shows ISO as dd/mm/yyyy, hands typed dates on as ISO, and tidies them on leaving', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Ngày' });
    expect(input.value).toBe('15/01/2026');

    fireEvent.change(input, { target: { value: '5/7/2026' } });
    expect(onChange).toHaveBeenLastCalledWith('2026-07-05');
    expect(input.value).toBe('5/7/2026');
    fireEvent.blur(input);
    expect(input.value).toBe('05/07/2026');

    fireEvent.change(input, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('follows a value set from outside', () => {
    render(<Harness onChange={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'đặt lại' }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Ngày' }).value).toBe('31/12/2025');
  });
});
