import { channel } from './define';
import { byId } from '../schemas/common';
import { byYear, packageImportSchema, type CityTotals, type ImportedPackage } from '../schemas/reports';
import type { SaveOutcome } from './files';

/**
 * The package the ward sends the city (an Excel workbook in a fixed, documented layout and its JSON
 * twin), and the other side: importing several wards' packages and adding them up.
 */
export const cityPackageChannels = {
  'cityPackage.exportXlsx': channel<SaveOutcome>()(byYear),
  'cityPackage.exportJson': channel<SaveOutcome>()(byYear),
  /** Reads a package's JSON twin; a package of the same ward and year needs `replace`. */
  'cityPackage.import': channel<ImportedPackage>()(packageImportSchema),
  'cityPackage.list': channel<ImportedPackage[]>()(byYear),
  'cityPackage.remove': channel<{ id: number }>()(byId),
  'cityPackage.totals': channel<CityTotals>()(byYear),
  /** The summed tables with one sheet listing the wards included. */
  'cityPackage.exportTotalsXlsx': channel<SaveOutcome>()(byYear),
};
