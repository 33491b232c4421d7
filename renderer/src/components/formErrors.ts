/** The part of a Mantine form that error reporting needs. */
interface FormWithErrors {
  setErrors(errors: Record<string, string>): void;
  getInputNode(path: string): HTMLElement | null;
}

/** Moves focus to the first field in error, so the officer sees (and a screen reader reads) what to fix. */
export function focusFirstError(
  form: Pick<FormWithErrors, 'getInputNode'>,
  errors: Record<string, unknown>,
): void {
  const first = Object.keys(errors)[0];
  if (first) form.getInputNode(first)?.focus();
}

/** Puts the main process's per-field messages on the form and focuses the first of them. */
export function showFieldErrors(form: FormWithErrors, errors: Record<string, string>): void {
  form.setErrors(errors);
  focusFirstError(form, errors);
}
