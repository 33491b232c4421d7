import type { Evidence, Exemplar, ExemplarSummary } from '../../../../shared/schemas/exemplars';

/** A model on the board, at “Phát hiện” unless told otherwise. */
export const summary = (id: number, title: string, more: Partial<ExemplarSummary> = {}): ExemplarSummary => ({
  id,
  title,
  subjectKind: 'individual',
  subjectId: 10 + id,
  subjectName: 'Nguyễn Thị Hoa',
  subjectDetail: 'Giáo viên, Trường THCS Lê Chân',
  field: 'Giáo dục',
  movementId: 3,
  movementName: 'Dân vận khéo',
  stage: 'discovered',
  stageOn: '2026-03-02',
  discoveredOn: '2026-03-02',
  evidenceCount: 0,
  readOnly: false,
  updatedAt: '2026-03-02T02:00:00.000Z',
  ...more,
});

/** The same model as its page reads it, with the history of its moves so far. */
export const detail = (s: ExemplarSummary, more: Partial<Exemplar> = {}): Exemplar => ({
  ...s,
  description: 'Mười năm mở lớp học miễn phí cho trẻ em khó khăn.',
  source: 'Hội Khuyến học phường',
  createdAt: '2026-03-02T02:00:00.000Z',
  history: [
    {
      id: 1,
      stage: 'discovered',
      onDate: '2026-03-02',
      note: null,
      movedBy: 'Trần Thị Mai',
      at: '2026-03-02T02:00:00.000Z',
    },
    {
      id: 2,
      stage: 'nurtured',
      onDate: '2026-04-10',
      note: 'Giao Đoàn phường theo dõi',
      movedBy: 'Trần Thị Mai',
      at: '2026-04-10T03:00:00.000Z',
    },
  ],
  ...more,
});

export const evidence = (id: number, fileName: string, mimeType = 'application/pdf'): Evidence => ({
  id,
  modelId: 1,
  fileName,
  mimeType,
  sizeBytes: 152_000,
  sha256: 'a'.repeat(64),
  addedBy: 'Trần Thị Mai',
  createdAt: '2026-04-11T03:00:00.000Z',
});
