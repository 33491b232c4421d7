import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { YearSelect, yearRange } from './YearSelect';
import { render } from '../test/render';

describe('yearRange', () => {
  it('lists the years newest first, both ends included', () => {
    expect(yearRange(2027, 2024)).toEqual([2027, 2026, 2025, 2024]);
    expect(yearRange(2026, 2026)).toEqual([2026]);
    expect(yearRange(2020, 2026)).toEqual([]);
  });
});

describe('YearSelect', () => {
  it('offers the years and hands the chosen one on as a number', async () => {
    const onChange = vi.fn();
    render(
      <YearSelect
        label="Năm"
        placeholder="Tất cả các năm"
        years={[2026, 2025]}
        value={null}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByRole('combobox', { name: 'Năm' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['2026', '2025']);
    fireEvent.click(screen.getByRole('option', { name: '2025' }));
    expect(onChange).toHaveBeenCalledWith(2025, expect.anything());
  });

  it('shows the chosen year', () => {
    render(<YearSelect label="Năm" years={[2026, 2025]} value={2025} onChange={() => {}} />);
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Năm' }).value).toBe('2025');
  });
});
