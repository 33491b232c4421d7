// Slot wired into the Khen thưởng area; its owner replaces this body.
export function CertificateSettingsPanel() {
  return null;
}
