import fs from 'node:fs';
import path from 'node:path';

/**
 * The PDF fonts of a packaged app: electron-builder keeps resources/fonts as real files under
 * app.asar.unpacked (asarUnpack in electron-builder.yml), since pdfmake reads them from disk.
 * Undefined (the core then finds the sources' folder itself) for a development run, or when the
 * folder is missing from the package.
 */
export function resolveFontsDir(isPackaged: boolean, resourcesPath: string | undefined): string | undefined {
  if (!isPackaged || !resourcesPath) return undefined;
  const dir = path.join(resourcesPath, 'app.asar.unpacked', 'resources', 'fonts');
  return fs.existsSync(path.join(dir, 'Tinos-Regular.ttf')) ? dir : undefined;
}
