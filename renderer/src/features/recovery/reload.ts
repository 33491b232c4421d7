/**
 * Reloads the page, so every store starts again from the data now on disk (after a restore, stores
 * hold records of the data that was replaced). An object, so tests can replace `run`.
 */
export const pageReload = {
  run: (): void => window.location.reload(),
};
