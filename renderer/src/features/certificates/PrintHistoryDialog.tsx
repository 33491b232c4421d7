import { useEffect, useState } from 'react';
import { Alert, Loader, Modal, Table, Text } from '@mantine/core';
import type { CertificatePrint } from '../../../../shared/schemas/documents';
import { CERTIFICATE_MODE_LABELS } from '../../../../shared/schemas/documents';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { certificateTexts as t, formatPrintedAt } from './texts';

interface Props {
  /** The award line whose prints are listed; null = closed. */
  line: { id: number; name: string } | null;
  onClose(): void;
}

/** Each recorded print of one Giấy khen: when, who, how. */
export function PrintHistoryDialog({ line, onClose }: Props) {
  return (
    <Modal opened={line !== null} onClose={onClose} title={line ? t.historyFor(line.name) : ''} size="lg">
      {line && <PrintRows key={line.id} lineId={line.id} />}
    </Modal>
  );
}

function PrintRows({ lineId }: { lineId: number }) {
  const [rows, setRows] = useState<CertificatePrint[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('documents.printHistory', { lineId })
      .then((r) => live && setRows(r))
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [lineId]);

  return (
    <>
      {error && <Alert color="red">{error}</Alert>}
      {!error && rows === null && <Loader size="sm" />}
      {rows?.length === 0 && <Text size="sm">{t.historyEmpty}</Text>}
      {rows && rows.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.historyWhen}</Table.Th>
              <Table.Th>{t.historyWho}</Table.Th>
              <Table.Th>{t.historyMode}</Table.Th>
              <Table.Th>{t.historyCopies}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatPrintedAt(r.printedAt)}</Table.Td>
                <Table.Td>{r.printedBy}</Table.Td>
                <Table.Td>{CERTIFICATE_MODE_LABELS[r.mode]}</Table.Td>
                <Table.Td>{r.copies}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
