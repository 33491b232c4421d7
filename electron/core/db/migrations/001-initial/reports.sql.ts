import { isoDate, json, STAMPS, year } from './columns';

/** Reports received from units and the ward's own yearly summary. */
export const REPORTS_SQL = `
-- Unit reports (báo cáo của đơn vị) for a year: received date, on time against the deadline in settings
CREATE TABLE unit_reports (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  ${year('year', true)},
  ${isoDate('received_on')},
  on_time INTEGER CHECK (on_time IN (0, 1)),
  attachment_id INTEGER REFERENCES attachments(id) ON DELETE RESTRICT,
  note TEXT,
  ${STAMPS},
  UNIQUE (unit_id, year),
  CHECK (received_on IS NOT NULL OR on_time IS NULL)
) STRICT;
CREATE INDEX unit_reports_year ON unit_reports(year);
CREATE INDEX unit_reports_attachment_id ON unit_reports(attachment_id);

-- The ward's yearly summary: the officer's narrative text per section (JSON object), numbers come from the data
CREATE TABLE yearly_reports (
  id INTEGER PRIMARY KEY,
  ${year('year', true)} UNIQUE,
  report_number TEXT,
  ${isoDate('report_date')},
  ${json('sections_json', true)} DEFAULT '{}',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent')),
  ${isoDate('sent_on')},
  ${STAMPS},
  CHECK (status = 'draft' OR sent_on IS NOT NULL)
) STRICT;
`;
