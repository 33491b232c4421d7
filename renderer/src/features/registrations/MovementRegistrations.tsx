// Slot for the registrations section of a movement's page; its owner replaces this body.
export function MovementRegistrations(_props: { movementId: number; readOnly: boolean }) {
  return null;
}
