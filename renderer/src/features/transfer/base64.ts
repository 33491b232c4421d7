// Bytes go through String.fromCharCode in slices: spreading 10 MB at once overflows the call stack.
const CHUNK = 0x8000;

/** Base64 of raw bytes, for sending a picked file through the API. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  }
  return btoa(parts.join(''));
}

/** Reads a picked file as base64. */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
