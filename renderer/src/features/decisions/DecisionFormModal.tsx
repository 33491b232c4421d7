import { Modal } from '@mantine/core';
import { useEffect } from 'react';
import type { Decision } from '../../../../shared/schemas/decisions';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useDecisionPage } from './decisionStore';
import { DecisionForm, type DecisionFormMode } from './DecisionForm';
import { useDecisions } from './store';
import { decisionsTexts as t } from './texts';

interface DecisionFormModalProps {
  opened: boolean;
  mode: DecisionFormMode;
  /** The decision to edit or correct; null to create one. */
  decision: Decision | null;
  onClose(): void;
  onSaved?(decision: Decision): void;
}

const TITLES: Record<DecisionFormMode, string> = {
  create: t.createTitle,
  edit: t.editTitle,
  correct: t.correctTitle,
};

/** Tạo / sửa / đính chính a decision in a dialog; the signers and the catalogue are read on opening. */
export function DecisionFormModal({ opened, mode, decision, onClose, onSaved }: DecisionFormModalProps) {
  const options = useDecisions((s) => s.options);
  const optionsStatus = useDecisions((s) => s.optionsStatus);
  const optionsError = useDecisions((s) => s.optionsError);
  const loadOptions = useDecisions((s) => s.loadOptions);
  const create = useDecisions((s) => s.create);
  const suggestNumber = useDecisions((s) => s.suggestNumber);
  const creating = useDecisions((s) => s.saving);
  const update = useDecisionPage((s) => s.update);
  const correct = useDecisionPage((s) => s.correct);
  const pageBusy = useDecisionPage((s) => s.busy);
  const busy = mode === 'create' ? creating : pageBusy;

  useEffect(() => {
    if (opened) void loadOptions();
  }, [opened, loadOptions]);

  return (
    <Modal
      opened={opened}
      onClose={() => !busy && onClose()}
      title={TITLES[mode]}
      size="xl"
      closeButtonProps={{ 'aria-label': t.close }}
    >
      {!opened ? null : options ? (
        <DecisionForm
          mode={mode}
          options={options}
          decision={decision}
          busy={busy}
          suggestNumber={suggestNumber}
          onSubmit={(values, reason) =>
            mode === 'create' ? create(values) : mode === 'edit' ? update(values) : correct(values, reason)
          }
          onDone={(saved) => {
            onClose();
            onSaved?.(saved);
          }}
          onCancel={onClose}
        />
      ) : optionsStatus === 'error' && optionsError ? (
        <LoadError
          title={t.loadFailed}
          message={optionsError}
          retryLabel={t.retry}
          onRetry={() => void loadOptions()}
        />
      ) : (
        <Loading label={t.loading} />
      )}
    </Modal>
  );
}
