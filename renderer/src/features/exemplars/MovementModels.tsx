// Slot for the exemplary models section of a movement's page; its owner replaces this body.
export function MovementModels(_props: { movementId: number; readOnly: boolean }) {
  return null;
}
