import { z } from 'zod';
import { normalizeText } from '../rules/text';

// Built-in messages (wrong type, unknown key...) in Vietnamese too, on both sides of the API.
z.config(z.locales.vi());

/** A one-line text, normalised (NFC, look-alikes, spaces) before it is checked. */
export const text = (label: string, max = 200) =>
  z
    .string({ error: `${label} phải là chữ.` })
    .transform(normalizeText)
    .pipe(z.string().max(max, `${label} không được dài quá ${max} ký tự.`));

/** Like `text`, but an empty value is refused with a message naming the field. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `Vui lòng nhập ${label.toLowerCase()}.` })
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(1, `Vui lòng nhập ${label.toLowerCase()}.`)
        .max(max, `${label} không được dài quá ${max} ký tự.`),
    );

export const emptyInput = z.object({}).strict();
