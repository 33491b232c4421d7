import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { RequestContext } from '../router';
import type { importChannels } from '../../../../shared/api/imports';
import type { ImportContext } from '../../import/context';
import { commitImport } from '../../import/commit';
import { previewImport } from '../../import/preview';
import { buildSummaryFile } from '../../import/summary-file';
import { buildTemplate, TEMPLATE_FILE_NAMES } from '../../import/template';

const XLSX_FILTER = [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }];

function save(ctx: RequestContext, suggestedName: string, bytes: Uint8Array) {
  return ctx.dialogs.saveFile({ suggestedName, filters: XLSX_FILTER, bytes });
}

export function importHandlers(s: CoreServices): HandlersFor<typeof importChannels> {
  const importContext: ImportContext = {
    db: s.db,
    clock: s.clock,
    actor: () => s.settings.actor(),
    writers: { people: s.people, units: s.units, households: s.households },
  };
  return {
    'imports.template': async ({ kind }, ctx) =>
      save(ctx, TEMPLATE_FILE_NAMES[kind], await buildTemplate(kind)),
    'imports.preview': ({ kind, file, defaultUnitId }) =>
      previewImport(importContext, kind, file, defaultUnitId),
    'imports.commit': (input) => commitImport(importContext, input),
    'imports.saveSummary': async (summary, ctx) => {
      const file = await buildSummaryFile(summary, s.settings.get().wardName);
      return save(ctx, file.suggestedName, file.bytes);
    },
  };
}
