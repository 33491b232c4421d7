import type { ExemplarsContext } from './context';
import type { ExemplarsService } from './types';
import { checkEvidenceFile } from './file-types';
import { EXEMPLAR_ENTITY, touchExemplar } from '../../db/repos/exemplars';
import {
  blobBytes,
  deleteAttachment,
  getAttachment,
  insertAttachment,
  listAttachments,
  putBlob,
  type AttachmentRow,
} from '../../db/repos/attachments';
import { deleteUnusedBlob } from '../../db/repos/trash';
import { AppError } from '../../../../shared/errors';
import type { Evidence } from '../../../../shared/schemas/exemplars';

const EVIDENCE_NOT_FOUND = 'Không tìm thấy tệp minh chứng này (có thể đã bị gỡ).';

const toEvidence = (a: AttachmentRow): Evidence => ({
  id: a.id,
  modelId: a.ownerId,
  fileName: a.fileName,
  mimeType: a.mimeType ?? 'application/octet-stream',
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
  addedBy: a.addedBy,
  createdAt: a.createdAt,
});

const recorded = (e: Evidence) => ({ fileName: e.fileName, sizeBytes: e.sizeBytes, sha256: e.sha256 });

/**
 * Evidence files of a model: checked, hashed and kept inside the database (one blob per distinct
 * content, shared by identical files), so one backup carries them. Each change is audited on the model.
 */
export function exemplarEvidence(
  ctx: ExemplarsContext,
): Pick<ExemplarsService, 'addEvidence' | 'listEvidence' | 'removeEvidence' | 'openEvidence'> {
  const { db, deps, write, find, findEditable } = ctx;

  const findEvidence = (attachmentId: number): AttachmentRow => {
    const a = getAttachment(db, attachmentId);
    if (!a || a.ownerEntity !== EXEMPLAR_ENTITY || a.deletedAt !== null)
      throw new AppError('NOT_FOUND', EVIDENCE_NOT_FOUND);
    return a;
  };

  return {
    addEvidence(modelId, upload) {
      findEditable(modelId);
      const file = checkEvidenceFile(upload);
      const same = listAttachments(db, EXEMPLAR_ENTITY, modelId).find((a) => a.sha256 === file.sha256);
      if (same)
        throw new AppError('CONFLICT', `Tệp này đã có trong minh chứng của điển hình (“${same.fileName}”).`);
      return write((at) => {
        putBlob(db, file.sha256, file.bytes);
        const id = insertAttachment(
          db,
          {
            ownerEntity: EXEMPLAR_ENTITY,
            ownerId: modelId,
            fileName: file.fileName,
            mimeType: file.mimeType,
            sizeBytes: file.bytes.length,
            sha256: file.sha256,
            addedBy: deps.settings.actor(),
          },
          at,
        );
        touchExemplar(db, modelId, at);
        const added = toEvidence(findEvidence(id));
        return {
          result: added,
          audit: {
            entityId: modelId,
            action: 'update',
            after: { evidence: recorded(added) },
            note: `Thêm minh chứng “${added.fileName}”`,
          },
        };
      });
    },

    listEvidence(modelId) {
      find(modelId);
      return listAttachments(db, EXEMPLAR_ENTITY, modelId).map(toEvidence);
    },

    removeEvidence(attachmentId) {
      const evidence = toEvidence(findEvidence(attachmentId));
      findEditable(evidence.modelId);
      return write((at) => {
        deleteAttachment(db, attachmentId);
        deleteUnusedBlob(db, evidence.sha256);
        touchExemplar(db, evidence.modelId, at);
        return {
          result: { id: attachmentId },
          audit: {
            entityId: evidence.modelId,
            action: 'update',
            before: { evidence: recorded(evidence) },
            note: `Gỡ minh chứng “${evidence.fileName}”`,
          },
        };
      });
    },

    async openEvidence(attachmentId, dialogs) {
      const a = findEvidence(attachmentId);
      find(a.ownerId);
      const bytes = blobBytes(db, a.sha256);
      if (!bytes) throw new AppError('NOT_FOUND', EVIDENCE_NOT_FOUND);
      if (!dialogs.openFile) throw new AppError('CONFLICT', 'Máy này không mở được tệp từ ứng dụng.');
      const outcome = await dialogs.openFile({
        fileName: a.fileName,
        bytes: new Uint8Array(bytes),
        mimeType: a.mimeType ?? 'application/octet-stream',
      });
      return { ...outcome, fileName: a.fileName };
    },
  };
}
