// Slot wired as the Phong trào area; its owner replaces this body.
export function MovementsArea(_props: { title: string }) {
  return null;
}
