import { describe, expect, it } from 'vitest';
import { birthFields, birthText, toPersonInput, validatePersonForm, EMPTY_PERSON_FORM } from './personForm';

describe('the birth field', () => {
  it('reads a year alone as the birth year', () => {
    expect(birthFields('1990')).toEqual({ birthDate: null, birthYear: 1990 });
    expect(birthFields(' 1990 ')).toEqual({ birthDate: null, birthYear: 1990 });
  });

  it('reads day/month/year as an ISO date, with or without leading zeros', () => {
    expect(birthFields('05/07/1985')).toEqual({ birthDate: '1985-07-05', birthYear: null });
    expect(birthFields('5/7/1985')).toEqual({ birthDate: '1985-07-05', birthYear: null });
    expect(birthFields('28-2-1988')).toEqual({ birthDate: '1988-02-28', birthYear: null });
  });

  it('leaves both empty for an empty field, and refuses other text', () => {
    expect(birthFields('  ')).toEqual({ birthDate: null, birthYear: null });
    expect(birthFields('năm 1990')).toBeNull();
    expect(birthFields('1990/07/05')).toBeNull();
  });

  it('shows the date when known, else the year', () => {
    expect(birthText({ birthDate: '1985-07-05', birthYear: 1985 })).toBe('05/07/1985');
    expect(birthText({ birthDate: null, birthYear: 1990 })).toBe('1990');
    expect(birthText({ birthDate: null, birthYear: null })).toBe('');
  });
});

describe('validatePersonForm (the shared schema, messages as the server gives them)', () => {
  const valid = { ...EMPTY_PERSON_FORM, fullName: 'Trần Văn Đức' };

  it('accepts a name alone', () => {
    expect(validatePersonForm(valid)).toEqual({});
  });

  it('refuses an empty name and a date that does not exist', () => {
    expect(validatePersonForm({ ...valid, fullName: '  ', birth: '31/02/1990' })).toEqual({
      fullName: 'Vui lòng nhập họ và tên.',
      birth: 'Ngày sinh không phải ngày hợp lệ.',
    });
  });

  it('refuses a year out of range and text that is neither a date nor a year', () => {
    expect(validatePersonForm({ ...valid, birth: '1850' }).birth).toBe('Năm sinh phải từ 1900 trở đi.');
    expect(validatePersonForm({ ...valid, birth: 'tháng 7' }).birth).toMatch(/ngày\/tháng\/năm/);
  });

  it('refuses an identity number that is not 9 or 12 digits', () => {
    expect(validatePersonForm({ ...valid, identityNumber: '12345' }).identityNumber).toBe(
      'Số định danh gồm 12 chữ số (hoặc 9 chữ số với CMND cũ).',
    );
  });

  it('maps the form to the API input', () => {
    expect(toPersonInput({ ...valid, birth: '05/07/1985', unitId: 2, gender: 'male' })).toMatchObject({
      fullName: 'Trần Văn Đức',
      birthDate: '1985-07-05',
      birthYear: null,
      unitId: 2,
      gender: 'male',
    });
  });
});
