import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { cityPackageChannels } from '../../../../shared/api/city-packages';
import { exportSaver } from './save-export';

const JSON_FILTER = [{ name: 'Gói báo cáo (JSON)', extensions: ['json'] }];

export function cityPackageHandlers(s: CoreServices): HandlersFor<typeof cityPackageChannels> {
  const save = exportSaver();
  return {
    'cityPackage.exportXlsx': ({ year }, ctx) => save(ctx, () => s.cityPackage.workbook(year)),
    'cityPackage.exportJson': ({ year }, ctx) => {
      const file = s.cityPackage.json(year);
      return ctx.dialogs.saveFile({
        suggestedName: file.suggestedName,
        filters: JSON_FILTER,
        bytes: file.bytes,
      });
    },
    'cityPackage.import': (input) => s.cityPackage.import(input),
    'cityPackage.list': ({ year }) => s.cityPackage.list(year),
    'cityPackage.remove': ({ id }) => s.cityPackage.remove(id),
    'cityPackage.totals': ({ year }) => s.cityPackage.totals(year),
    'cityPackage.exportTotalsXlsx': ({ year }, ctx) => save(ctx, () => s.cityPackage.totalsWorkbook(year)),
  };
}
