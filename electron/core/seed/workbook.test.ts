import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateWard } from './generate';
import { buildPeopleWorkbook, PEOPLE_HEADERS } from './workbook';

describe('buildPeopleWorkbook', () => {
  it('writes a title line, the template header and one row per person with its unit name', async () => {
    const ward = generateWard({ size: 'small', seed: 3 });
    const people = ward.people.slice(0, 25);
    const bytes = await buildPeopleWorkbook(people, (i) => ward.units[i]?.input.name ?? null);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2 + people.length);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([...PEOPLE_HEADERS]);
    const first = sheet.getRow(3);
    expect(first.getCell(2).value).toBe(people[0]!.input.fullName);
    expect(first.getCell(6).value).toBe(ward.units[people[0]!.unit!]!.input.name);
    // Births read as dd/mm/yyyy or a bare year, as offices write them.
    for (let r = 3; r <= sheet.rowCount; r++)
      expect(String(sheet.getRow(r).getCell(3).value)).toMatch(/^(\d{2}\/\d{2}\/\d{4}|\d{4})$/);
  });
});
