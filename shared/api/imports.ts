import { channel } from './define';
import type { SaveOutcome } from './files';
import {
  importCommitSchema,
  importPreviewSchema,
  importSummarySaveSchema,
  importTemplateSchema,
  type ImportPreview,
  type ImportSummary,
} from '../schemas/registry/transfer';

export const importChannels = {
  /** Saves an .xlsx template with Vietnamese headers and an example row. */
  'imports.template': channel<SaveOutcome>()(importTemplateSchema),
  /** Reads the workbook and reports, row by row, what an import would do; changes nothing. */
  'imports.preview': channel<ImportPreview>()(importPreviewSchema),
  /** Imports every accepted row in one transaction, or nothing. */
  'imports.commit': channel<ImportSummary>()(importCommitSchema),
  'imports.saveSummary': channel<SaveOutcome>()(importSummarySaveSchema),
};
