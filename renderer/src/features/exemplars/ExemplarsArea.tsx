// Slot wired as the Điển hình tiên tiến area; its owner replaces this body.
export function ExemplarsArea(_props: { title: string }) {
  return null;
}
