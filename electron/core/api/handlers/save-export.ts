import type { RequestContext } from '../router';
import type { ExportFile } from '../../services/registry-export';
import type { SaveOutcome } from '../../../../shared/api/files';
import { oneAtATime } from './one-at-a-time';

/**
 * For one export channel: builds the workbook, then offers it through the transport's save dialog
 * (a download in the harness). The same list cannot be exported twice at once.
 */
export function exportSaver() {
  const exclusive = oneAtATime('Danh sách này đang được xuất ra Excel; vui lòng đợi xong rồi thử lại.');
  return (ctx: RequestContext, build: () => Promise<ExportFile>): Promise<SaveOutcome> =>
    exclusive(async () => {
      const file = await build();
      return ctx.dialogs.saveFile({
        suggestedName: file.suggestedName,
        filters: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }],
        bytes: file.bytes,
      });
    });
}
