import { describe, expect, it, vi } from 'vitest';
import { openExternalSafely } from './external';

function fakeShell() {
  return { openExternal: vi.fn(async () => undefined) };
}

describe('openExternalSafely', () => {
  it.each([
    ['http://x', 'http://x/'],
    ['https://thuvienphapluat.vn/van-ban?id=1#dieu-5', 'https://thuvienphapluat.vn/van-ban?id=1#dieu-5'],
    ['HTTPS://Example.COM/a', 'https://example.com/a'],
  ])('passes the web address %s to the browser, normalised', (url, opened) => {
    const shell = fakeShell();
    expect(openExternalSafely(url, shell)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith(opened);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)//http://x'],
    ['file:///etc/passwd'],
    ['file://C:/Windows/System32/calc.exe'],
    ['tdkt://open'],
    ['ms-settings:privacy'],
    ['mailto:a@b.vn'],
    ['data:text/html,<script>alert(1)</script>'],
    // The URL parser repairs these into https://evil/: refused, not guessed at.
    ['https:evil'],
    ['https:/evil'],
    ['http:\\\\evil'],
    [' https://example.com'],
    // Shows one host and opens another.
    ['https://thuvienphapluat.vn@evil.example/'],
    ['http://'],
    ['not a url'],
    [''],
  ])('refuses %j', (url) => {
    const shell = fakeShell();
    expect(openExternalSafely(url, shell)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses values that are not strings', () => {
    const shell = fakeShell();
    expect(openExternalSafely({ toString: () => 'https://x' }, shell)).toBe(false);
    expect(openExternalSafely(undefined, shell)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('does not throw or leave an unhandled rejection when the OS refuses to open', async () => {
    const shell = { openExternal: vi.fn(async () => Promise.reject(new Error('no browser'))) };
    expect(openExternalSafely('https://example.com', shell)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
