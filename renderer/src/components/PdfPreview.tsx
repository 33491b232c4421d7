// Shows a PDF inside the app, one page at a time on a <canvas>, with pdf.js. The worker is the
// bundled file (worker-src 'self') and eval stays off (the CSP has no 'unsafe-eval').
import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Alert, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { PDFDocumentProxy } from 'pdfjs-dist';

export interface PdfPreviewProps {
  base64: string;
  /** Canvas width in CSS pixels; the page keeps its proportions. */
  width?: number;
  labels?: {
    loading: string;
    error: string;
    page: (n: number, total: number) => string;
    previous: string;
    next: string;
  };
}

const DEFAULT_LABELS: NonNullable<PdfPreviewProps['labels']> = {
  loading: 'Đang hiển thị tệp PDF…',
  error: 'Không hiển thị được tệp PDF.',
  page: (n, total) => `Trang ${n}/${total}`,
  previous: 'Trang trước',
  next: 'Trang sau',
};

/** pdf.js, loaded on first use and configured once. */
async function loadPdfJs() {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A new file starts afresh (page 1, no error): the inner view is keyed by the file. */
export function PdfPreview(props: PdfPreviewProps) {
  return <PdfView key={props.base64.length + props.base64.slice(-64)} {...props} />;
}

function PdfView({ base64, width = 760, labels = DEFAULT_LABELS }: PdfPreviewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [error, setError] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let opened: PDFDocumentProxy | null = null;
    void (async () => {
      try {
        const pdfjs = await loadPdfJs();
        opened = await pdfjs.getDocument({ data: base64ToBytes(base64), isEvalSupported: false }).promise;
        if (cancelled) void opened.destroy();
        else setDoc(opened);
      } catch {
        if (!cancelled) setError(true);
      }
    })();
    return () => {
      cancelled = true;
      void opened?.destroy();
    };
  }, [base64]);

  useEffect(() => {
    if (!doc || !canvas.current) return;
    let task: { cancel(): void; promise: Promise<unknown> } | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const p = await doc.getPage(page);
        if (cancelled || !canvas.current) return;
        const base = p.getViewport({ scale: 1 });
        const ratio = window.devicePixelRatio || 1;
        const viewport = p.getViewport({ scale: (width / base.width) * ratio });
        const c = canvas.current;
        c.width = Math.floor(viewport.width);
        c.height = Math.floor(viewport.height);
        c.style.width = `${Math.floor(viewport.width / ratio)}px`;
        c.style.height = `${Math.floor(viewport.height / ratio)}px`;
        task = p.render({ canvas: c, viewport });
        await task.promise;
      } catch {
        // A cancelled render (page changed) rejects; a real failure leaves the canvas blank.
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, page, width]);

  if (error) return <Alert color="red">{labels.error}</Alert>;
  const total = doc?.numPages ?? 0;
  return (
    <Stack gap="xs" align="center">
      {!doc && (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">{labels.loading}</Text>
        </Group>
      )}
      <Paper withBorder shadow="xs" style={{ lineHeight: 0, display: doc ? 'block' : 'none' }}>
        <canvas ref={canvas} data-testid="pdf-canvas" />
      </Paper>
      {total > 1 && (
        <Group gap="xs">
          <ActionIcon
            variant="default"
            aria-label={labels.previous}
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            <IconChevronLeft size={16} />
          </ActionIcon>
          <Text size="sm" aria-live="polite">
            {labels.page(page, total)}
          </Text>
          <ActionIcon
            variant="default"
            aria-label={labels.next}
            disabled={page >= total}
            onClick={() => setPage(page + 1)}
          >
            <IconChevronRight size={16} />
          </ActionIcon>
        </Group>
      )}
      {total === 1 && <Text size="sm">{labels.page(1, 1)}</Text>}
    </Stack>
  );
}
