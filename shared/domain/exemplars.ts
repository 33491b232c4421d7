/** exemplary_models.stage: the four-stage cycle of an exemplary model, in order. */
export const EXEMPLAR_STAGES = ['discovered', 'nurtured', 'summarized', 'replicated'] as const;
export type ExemplarStage = (typeof EXEMPLAR_STAGES)[number];
export const EXEMPLAR_STAGE_LABELS: Record<ExemplarStage, string> = {
  discovered: 'Phát hiện',
  nurtured: 'Bồi dưỡng',
  summarized: 'Tổng kết',
  replicated: 'Nhân rộng',
};

/** The stage after / before `stage` in the cycle, or null at either end. */
export function nextStage(stage: ExemplarStage): ExemplarStage | null {
  return EXEMPLAR_STAGES[EXEMPLAR_STAGES.indexOf(stage) + 1] ?? null;
}
export function previousStage(stage: ExemplarStage): ExemplarStage | null {
  const i = EXEMPLAR_STAGES.indexOf(stage);
  return i > 0 ? EXEMPLAR_STAGES[i - 1]! : null;
}

/** Lĩnh vực offered in the form; the officer may type any other. */
export const SUGGESTED_FIELDS = [
  'Kinh tế',
  'Văn hóa - xã hội',
  'Giáo dục',
  'Y tế',
  'Chuyển đổi số',
  'Quốc phòng - an ninh',
  'Xây dựng Đảng, chính quyền',
  'Khác',
] as const;

/** Largest evidence file accepted (a scanned document or a phone photo fits well below). */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

/** What an evidence file may be, told by its first bytes (never by its name alone). */
export const EVIDENCE_KINDS = ['jpeg', 'png', 'gif', 'webp', 'pdf', 'docx', 'doc'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Per kind: the extensions a name may end with, the MIME type stored, and the name shown in messages. */
export const EVIDENCE_TYPES: Record<EvidenceKind, { extensions: string[]; mime: string; label: string }> = {
  jpeg: { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', label: 'ảnh JPEG' },
  png: { extensions: ['png'], mime: 'image/png', label: 'ảnh PNG' },
  gif: { extensions: ['gif'], mime: 'image/gif', label: 'ảnh GIF' },
  webp: { extensions: ['webp'], mime: 'image/webp', label: 'ảnh WebP' },
  pdf: { extensions: ['pdf'], mime: 'application/pdf', label: 'tệp PDF' },
  docx: {
    extensions: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'tệp Word (.docx)',
  },
  doc: { extensions: ['doc'], mime: 'application/msword', label: 'tệp Word (.doc)' },
};

/** For `<input accept>`: the extensions above. */
export const EVIDENCE_ACCEPT = EVIDENCE_KINDS.flatMap((k) => EVIDENCE_TYPES[k].extensions)
  .map((e) => `.${e}`)
  .join(',');
