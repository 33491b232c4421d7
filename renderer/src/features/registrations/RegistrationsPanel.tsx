// Slot for the "Đăng ký thi đua" tab of the Phong trào area; its owner replaces this body.
export function RegistrationsPanel() {
  return null;
}
