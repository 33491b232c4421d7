/** Codes stored for registrations (đăng ký thi đua) and their Vietnamese labels. */

/** chưa gửi → đã gửi → đã duyệt / trả lại (a returned registration is sent again). */
export const REGISTRATION_STATUSES = ['not_sent', 'sent', 'approved', 'returned'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  not_sent: 'Chưa gửi',
  sent: 'Đã gửi',
  approved: 'Đã duyệt',
  returned: 'Trả lại',
};

/** The year-end result of an approved registration. */
export const REGISTRATION_RESULTS = ['achieved', 'not_achieved'] as const;
export type RegistrationResult = (typeof REGISTRATION_RESULTS)[number];
export const REGISTRATION_RESULT_LABELS: Record<RegistrationResult, string> = {
  achieved: 'Đạt',
  not_achieved: 'Không đạt',
};
