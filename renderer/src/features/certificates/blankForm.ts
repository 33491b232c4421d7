import type { z } from 'zod';
import { blankLayoutSchema, type BlankCertificateLayout } from '../../../../shared/domain/certificate';

/** The same zod schema as the main process: errors keyed by dotted path, as the form names its inputs. */
export function validateBlankLayout(values: BlankCertificateLayout): Record<string, string> {
  const parsed = blankLayoutSchema.safeParse(values);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of (parsed.error as z.ZodError).issues)
    errors[issue.path.map(String).join('.')] ??= issue.message;
  return errors;
}
