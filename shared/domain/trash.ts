/** Tables with a trash (`deleted_at`), as `trash.*` names them; schema.md lists the same set. */
export const TRASH_KINDS = [
  'units',
  'people',
  'households',
  'clusters',
  'movements',
  'exemplary_models',
  'proposals',
  'decisions',
  'attachments',
] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

export const TRASH_KIND_LABELS: Record<TrashKind, string> = {
  units: 'Đơn vị',
  people: 'Cá nhân',
  households: 'Hộ gia đình',
  clusters: 'Cụm, khối thi đua',
  movements: 'Phong trào thi đua',
  exemplary_models: 'Điển hình tiên tiến',
  proposals: 'Đề nghị khen thưởng',
  decisions: 'Dự thảo quyết định',
  attachments: 'Tệp đính kèm',
};
