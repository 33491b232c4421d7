import type { YearlyReport } from '../../../../shared/schemas/reports';

const EMPTY_SECTIONS: YearlyReport['sections'] = {
  overview: '',
  movements: '',
  models: '',
  awards: '',
  council: '',
  strengths: '',
  weaknesses: '',
  lessons: '',
  plans: '',
};

/** The 2026 summary as stored: a number and date, two sections typed, the app's three paragraphs. */
export const REPORT: YearlyReport = {
  year: 2026,
  saved: true,
  reportNumber: '12',
  reportDate: '2026-12-14',
  sections: {
    ...EMPTY_SECTIONS,
    overview: 'Phường có 30 đơn vị, 18.000 nhân khẩu.',
    plans: 'Tiếp tục phát động phong trào thi đua yêu nước.',
  },
  generated: {
    movements: 'Trong năm 2026, phường phát động 5 phong trào thi đua (3 thường xuyên, 2 theo đợt).',
    models: 'Phát hiện 6 điển hình tiên tiến, nhân rộng 2 điển hình.',
    awards: 'Khen thưởng 27 lượt, tổng số tiền 18.240.000 đồng.',
  },
  status: 'draft',
  sentOn: null,
  deadline: '2026-12-15',
  updatedAt: '2026-11-20T02:00:00.000Z',
};

/** The same year marked sent on 15/12/2026. */
export const SENT: YearlyReport = { ...REPORT, status: 'sent', sentOn: '2026-12-15' };

/** A year never saved: empty text, the figures only. */
export const NEW_2025: YearlyReport = {
  ...REPORT,
  year: 2025,
  saved: false,
  reportNumber: null,
  reportDate: null,
  sections: EMPTY_SECTIONS,
  updatedAt: null,
};
