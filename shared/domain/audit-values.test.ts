import { describe, expect, it } from 'vitest';
import { formatAuditValue } from './audit-values';
import { auditFieldLabel } from './audit-labels';

const refs = { units: new Map([[7, 'Trường THCS Lê Chân']]), clusters: new Map<number, string>() };

describe('history of the award and movement records', () => {
  it('names the fields of decisions, proposals, models and movements in Vietnamese', () => {
    expect(auditFieldLabel('decisions', 'numberText')).toBe('Số quyết định');
    expect(auditFieldLabel('proposals', 'fromUnitId')).toBe('Đơn vị đề nghị');
    expect(auditFieldLabel('exemplary_models', 'stage')).toBe('Giai đoạn');
    expect(auditFieldLabel('movements', 'periodToYear')).toBe('Đến năm');
    expect(auditFieldLabel('registrations', 'returnReason')).toBe('Lý do trả lại');
    expect(auditFieldLabel('settings', 'registerNumbering')).toBe('Cách đánh số sổ vàng');
  });

  it('shows their codes as labels and their unit references by name', () => {
    expect(formatAuditValue('decisions', 'status', 'signed', refs)).toBe('Đã ký');
    expect(formatAuditValue('decisions', 'method', 'ad_hoc', refs)).toBe('Đột xuất');
    expect(formatAuditValue('movements', 'status', 'closed', refs)).toBe('Đã kết thúc');
    expect(formatAuditValue('movements', 'kind', 'thematic', refs)).toBe('Chuyên đề');
    expect(formatAuditValue('exemplary_models', 'stage', 'replicated', refs)).toBe('Nhân rộng');
    expect(formatAuditValue('registrations', 'registrantKind', 'collective', refs)).toBe('Tập thể');
    expect(formatAuditValue('proposals', 'fromUnitId', 7, refs)).toBe('Trường THCS Lê Chân');
  });
});
