/** Outcome of saving a file through the native save dialog (or, in the harness, a download). */
export type SaveOutcome =
  { saved: true; fileName: string; location: string; sizeBytes: number } | { saved: false };
