import { Badge } from '@mantine/core';
import {
  REGISTRATION_RESULT_LABELS,
  REGISTRATION_STATUS_LABELS,
  type RegistrationResult,
  type RegistrationStatus,
} from '../../../../shared/domain/registrations';

const STATUS_COLORS: Record<RegistrationStatus, string> = {
  not_sent: 'gray',
  sent: 'blue',
  approved: 'green',
  returned: 'orange',
};

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} tt="none" fw={500} miw="max-content">
      {REGISTRATION_STATUS_LABELS[status]}
    </Badge>
  );
}

export function ResultBadge({ result }: { result: RegistrationResult }) {
  return (
    <Badge
      variant="filled"
      color={result === 'achieved' ? 'teal' : 'red'}
      tt="none"
      fw={500}
      miw="max-content"
    >
      {REGISTRATION_RESULT_LABELS[result]}
    </Badge>
  );
}
