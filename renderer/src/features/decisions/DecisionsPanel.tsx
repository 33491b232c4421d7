// Slot wired into the Khen thưởng area; its owner replaces this body.
export function DecisionsPanel() {
  return null;
}
