import { Anchor, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AuditEntry, AuditFieldChange } from '../../../../shared/api/audit';
import { formatStamp } from '../../components/formatStamp';
import { historyTexts as t } from './texts';

/** Changes shown before "Xem thêm": enough for an ordinary edit, short for a whole new record. */
const SHOWN = 4;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A value as shown: the server's text, except moments (deletedAt…), which are put in this
 * computer's local time like every other time on the screen.
 */
function shown(text: string, value: unknown): string {
  if (text === '') return t.empty;
  return typeof value === 'string' && TIMESTAMP.test(value) ? formatStamp(value) : text;
}

function ChangeLine({ change, action }: { change: AuditFieldChange; action: AuditEntry['action'] }) {
  const before = shown(change.before, change.beforeValue);
  const after = shown(change.after, change.afterValue);
  // A record created has nothing before, one deleted for good nothing after: one value says it all.
  const single = (action === 'create' && change.before === '') || (action === 'purge' && change.after === '');
  return (
    <List.Item>
      <Text span inherit fw={500}>
        {change.label}:
      </Text>{' '}
      {single ? (
        <Text span inherit>
          {action === 'purge' ? before : after}
        </Text>
      ) : (
        <>
          <Text span inherit c="dimmed" td={change.before === '' ? undefined : 'line-through'}>
            {before}
          </Text>
          {' → '}
          <Text span inherit>
            {after}
          </Text>
        </>
      )}
    </List.Item>
  );
}

/** The fields of one change, "Trường: cũ → mới", folded when there are many. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const [open, setOpen] = useState(false);
  const { changes } = entry;
  const shown = open ? changes : changes.slice(0, SHOWN);
  const hidden = changes.length - SHOWN;

  return (
    <Stack gap={4}>
      {changes.length === 0 && !entry.note ? (
        <Text size="sm" c="dimmed">
          {t.noChanges}
        </Text>
      ) : null}
      {changes.length > 0 ? (
        <List size="sm" spacing={2} listStyleType="none" aria-label={t.changesLabel}>
          {shown.map((change) => (
            <ChangeLine key={change.field} change={change} action={entry.action} />
          ))}
        </List>
      ) : null}
      {hidden > 0 ? (
        <Anchor component="button" type="button" size="sm" onClick={() => setOpen(!open)} w="fit-content">
          {open ? t.showFewerChanges : t.showMoreChanges(hidden)}
        </Anchor>
      ) : null}
      {entry.note ? (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t.note}: {entry.note}
        </Text>
      ) : null}
    </Stack>
  );
}
