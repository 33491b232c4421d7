import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type * as Hooks from '@mantine/hooks';
import { render } from '../../../test/render';
import { CHARTS } from '../test-fixtures';
import { ChartsRow } from './ChartsRow';

// happy-dom lays nothing out, so the measured frame is given the width a window would give it.
vi.mock('@mantine/hooks', async (importOriginal) => ({
  ...(await importOriginal<typeof Hooks>()),
  useElementSize: () => ({ ref: () => {}, width: 480, height: 260 }),
}));

describe('ChartsRow', () => {
  it('draws the four charts at the frame’s width with their axis titles', () => {
    const { container } = render(<ChartsRow charts={CHARTS(2025, 2026)} />);
    const svgs = container.querySelectorAll('.recharts-wrapper > svg.recharts-surface');
    expect(svgs).toHaveLength(4);
    for (const svg of svgs) expect(svg.getAttribute('width')).toBe('480');
    // 2025 stacks two entries, 2026 has one (a zero draws no bar); four stages.
    expect(screen.getByTestId('chart-awards').querySelectorAll('.recharts-bar-rectangle')).toHaveLength(3);
    expect(screen.getByTestId('chart-models').querySelectorAll('.recharts-bar-rectangle')).toHaveLength(4);
    expect(screen.getByTestId('chart-direct-share').textContent).toContain('52,8%');
    expect(screen.getByTestId('chart-awards').textContent).toContain('Lượt khen thưởng');
    expect(screen.getByTestId('chart-models').textContent).toContain('Nhân rộng');
    expect(screen.getByTestId('chart-reports').textContent).toContain('Chưa nộp (quá hạn)');
  });
});
