import { describe, expect, it } from 'vitest';
import { act, renderHook, screen } from '@testing-library/react';
import { render } from '../test/render';
import { PageControls, usePageOfRows } from './pageOfRows';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('a long list a page at a time', () => {
  it('gives 100 rows per page and keeps the last existing page when the list shrinks', () => {
    const { result, rerender } = renderHook(({ rows }) => usePageOfRows(rows), {
      initialProps: { rows: numbers(250) },
    });
    expect(result.current).toMatchObject({ page: 1, pages: 3, offset: 0, total: 250 });
    expect(result.current.shown).toHaveLength(100);
    act(() => result.current.setPage(3));
    expect(result.current.shown).toEqual(numbers(250).slice(200));
    rerender({ rows: numbers(150) });
    expect(result.current).toMatchObject({ page: 2, pages: 2, offset: 100 });
    expect(result.current.shown).toHaveLength(50);
  });

  it('shows where the reader is, and no controls when one page holds everything', () => {
    function List({ n }: { n: number }) {
      const paged = usePageOfRows(numbers(n));
      return <PageControls paged={paged} label="danh sách" />;
    }
    render(<List n={17456} />);
    expect(screen.getByText('Dòng 1–100 trong 17.456')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Trang sau' })).toBeTruthy();
  });

  it('draws nothing for a list of one page', () => {
    function List() {
      const paged = usePageOfRows(numbers(100));
      return <PageControls paged={paged} label="danh sách" />;
    }
    render(<List />);
    expect(screen.queryByText(/Dòng/)).toBeNull();
  });
});
