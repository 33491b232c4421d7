import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/testing/temp';
import { resolveFontsDir } from './fonts';

describe('resolveFontsDir', () => {
  it('points a packaged app at app.asar.unpacked/resources/fonts', () => {
    const t = tempDir();
    try {
      const fonts = path.join(t.dir, 'app.asar.unpacked', 'resources', 'fonts');
      fs.mkdirSync(fonts, { recursive: true });
      fs.writeFileSync(path.join(fonts, 'Tinos-Regular.ttf'), '');
      expect(resolveFontsDir(true, t.dir)).toBe(fonts);
      expect(resolveFontsDir(true, path.join(t.dir, 'nowhere'))).toBeUndefined();
    } finally {
      t.cleanup();
    }
  });

  it('leaves a development run to the core default', () => {
    expect(resolveFontsDir(false, '/opt/app/resources')).toBeUndefined();
    expect(resolveFontsDir(true, undefined)).toBeUndefined();
  });
});
