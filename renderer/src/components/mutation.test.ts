import { describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../lib/api';
import { runMutation } from './mutation';

const failure = new ApiFailure({
  code: 'VALIDATION',
  message: 'Tên không được để trống',
  fields: { name: 'Bắt buộc' },
});

describe('runMutation', () => {
  it('holds the busy flag up while the write runs and lowers it after success', async () => {
    const busy: boolean[] = [];
    let during: boolean[] = [];
    const result = await runMutation(
      (b) => busy.push(b),
      async () => {
        during = [...busy];
        return 7;
      },
    );
    expect(during).toEqual([true]);
    expect(busy).toEqual([true, false]);
    expect(result).toEqual({ ok: true, value: 7 });
  });

  it('reads again after a success, with the value, before the result comes back', async () => {
    const order: string[] = [];
    const result = await runMutation(
      () => undefined,
      async () => 'saved',
      async (value) => {
        await Promise.resolve();
        order.push(`reload ${value}`);
      },
    );
    order.push('result');
    expect(order).toEqual(['reload saved', 'result']);
    expect(result).toEqual({ ok: true, value: 'saved' });
  });

  it('does not read again after a failure, lowers the flag and returns the message and fields', async () => {
    const busy: boolean[] = [];
    const after = vi.fn();
    const result = await runMutation(
      (b) => busy.push(b),
      () => Promise.reject(failure),
      after,
    );
    expect(after).not.toHaveBeenCalled();
    expect(busy).toEqual([true, false]);
    expect(result).toEqual({ ok: false, message: 'Tên không được để trống', fields: { name: 'Bắt buộc' } });
  });

  it('reports an unexpected error with the generic message and no field errors', async () => {
    const result = await runMutation(
      () => undefined,
      () => Promise.reject(new Error('boom')),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/lỗi không mong muốn/);
      expect(result.fields).toEqual({});
    }
  });

  it('lowers the flag when the read after the write fails', async () => {
    const busy: boolean[] = [];
    const result = await runMutation(
      (b) => busy.push(b),
      async () => 1,
      () => Promise.reject(failure),
    );
    expect(busy).toEqual([true, false]);
    expect(result.ok).toBe(false);
  });
});
