import type { z } from 'zod';
import type { DecisionsContext } from './context';
import { appendLines, refreshMoney, type NewRecipient } from './lines';
import { AppError } from '../../../../shared/errors';
import { personInputSchema } from '../../../../shared/schemas/registry/people';
import { unitInputSchema } from '../../../../shared/schemas/registry/units';
import { householdInputSchema } from '../../../../shared/schemas/registry/households';
import type { PasteCommitValues } from './types';
import type { DecisionsService } from './types';

type Row = PasteCommitValues['rows'][number];

/** Parses a registry form built from a pasted row; a refused field becomes a VALIDATION error. */
function parsed<S extends z.ZodType>(schema: S, input: z.input<S>): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success)
    throw new AppError('VALIDATION', result.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.');
  return result.data;
}

/** Creates the registry record a row names (through its service, which audits it) and returns its id. */
function createRecord(ctx: DecisionsContext, kind: PasteCommitValues['kind'], row: Row): number {
  const { people, units, households } = ctx.deps;
  if (kind === 'individual') {
    return people.create(
      parsed(personInputSchema, {
        fullName: row.name,
        gender: null,
        birthDate: null,
        birthYear: null,
        unitId: row.unitId,
        position: row.positionUnit ?? '',
        staffCategory: null,
        identityNumber: '',
        phone: '',
        address: '',
        note: '',
      }),
    ).id;
  }
  if (kind === 'collective') {
    return units.create(
      parsed(unitInputSchema, {
        name: row.name,
        shortName: '',
        kind: 'other',
        parentId: null,
        contactPerson: '',
        phone: '',
        address: '',
        activeFrom: null,
        note: '',
      }),
    ).id;
  }
  return households.create(
    parsed(householdInputSchema, {
      headName: row.name,
      address: '',
      residentialGroupUnitId: null,
      memberCount: null,
      phone: '',
      note: '',
    }),
  ).id;
}

export function pasteCommitPart(ctx: DecisionsContext): Pick<DecisionsService, 'pasteCommit'> {
  return {
    pasteCommit({ decisionId, kind, rows }) {
      const d = ctx.findDraft(decisionId, 'thêm người vào danh sách');
      // One transaction for the whole block: the records created, the lines and their audit rows.
      return ctx.write((at) => {
        let created = 0;
        const recipients: NewRecipient[] = rows.map((row, i) => {
          try {
            const id = row.recipientId ?? createRecord(ctx, kind, row);
            if (row.recipientId === null) created++;
            // The pasted position/unit is what the officer wants printed; the registry's when empty.
            return { kind, id, achievement: row.achievement, positionUnit: row.positionUnit };
          } catch (error) {
            throw rowError(error, i, row);
          }
        });
        // One pass over the list for the whole block (a paste may hold thousands of rows).
        const { names: added, skipped } = appendLines(ctx, d, recipients, at, (error, i) =>
          rowError(error, i, rows[i] as Row),
        );
        if (added.length > 0) refreshMoney(ctx, decisionId, at);
        return {
          result: { added: added.length, created, skipped },
          audit:
            added.length === 0
              ? null
              : {
                  entityId: decisionId,
                  action: 'import',
                  after: { addedLines: added },
                  note: `Dán ${added.length} dòng vào danh sách khen thưởng (tạo mới ${created} hồ sơ).`,
                },
        };
      });
    },
  };
}

/** The error of one row, naming it ("Dòng 3 (“Nguyễn Văn An”): ..."); nothing of the block is kept. */
function rowError(error: unknown, index: number, row: Row): unknown {
  if (!(error instanceof AppError)) return error;
  return new AppError(error.code, `Dòng ${index + 1} (“${row.name}”): ${error.message}`, {
    cause: error,
    ...(error.fields ? { fields: error.fields } : {}),
  });
}
