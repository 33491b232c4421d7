import { Text } from '@mantine/core';
import type { SaveState } from './store';
import { transferTexts as t } from './texts';

/** "Đã lưu: <where>" after a save, the reason after a failure, nothing when the dialog was closed. */
export function SaveStatus({ state, savingLabel }: { state: SaveState | undefined; savingLabel?: string }) {
  const text =
    state?.status === 'saved'
      ? t.saved(state.location)
      : state?.status === 'failed'
        ? state.message
        : state?.status === 'saving'
          ? (savingLabel ?? '')
          : '';
  // Nothing at all when there is nothing to say, so a toolbar keeps no gap for it.
  if (text === '') return null;
  return (
    <Text
      role="status"
      size="sm"
      c={state?.status === 'failed' ? 'red.8' : state?.status === 'saved' ? 'green.9' : 'dimmed'}
      style={{ overflowWrap: 'anywhere' }}
    >
      {text}
    </Text>
  );
}
