import { describe, expect, it } from 'vitest';
import { bytesToBase64, fileToBase64 } from './base64';

const decode = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

describe('bytesToBase64', () => {
  it('encodes like the platform does', () => {
    expect(bytesToBase64(new TextEncoder().encode('Hộ gia đình'))).toBe(
      btoa(String.fromCharCode(...new TextEncoder().encode('Hộ gia đình'))),
    );
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('encodes a 10 MB file without overflowing the stack, byte for byte', async () => {
    const bytes = new Uint8Array(10 * 1024 * 1024 + 7);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
    const encoded = await fileToBase64(new Blob([bytes]));
    const back = decode(encoded);
    expect(back.length).toBe(bytes.length);
    expect(back.every((b, i) => b === bytes[i])).toBe(true);
  }, 30_000);
});
