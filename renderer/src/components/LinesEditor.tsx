import { ActionIcon, Button, Group, Input, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface LinesEditorTexts {
  label: string;
  description?: string;
  line(n: number): string;
  add: string;
  remove(n: number): string;
  moveUp(n: number): string;
  moveDown(n: number): string;
  empty: string;
}

interface LinesEditorProps {
  lines: string[];
  onChange(lines: string[]): void;
  texts: LinesEditorTexts;
  /** The message of one line (e.g. the form's `legalBases.2`). */
  errorOf?(index: number): ReactNode;
  /** A message about the whole list (e.g. too many lines). */
  error?: ReactNode;
  max?: number;
}

function moved(lines: string[], from: number, to: number): string[] {
  const next = [...lines];
  const [line] = next.splice(from, 1);
  next.splice(to, 0, line!);
  return next;
}

/** An ordered list of text lines (căn cứ…): edit, add, remove, move up and down; every button labelled. */
export function LinesEditor({ lines, onChange, texts, errorOf, error, max = 20 }: LinesEditorProps) {
  return (
    <Stack gap="xs" role="group" aria-label={texts.label}>
      <div>
        <Input.Label>{texts.label}</Input.Label>
        {texts.description ? <Input.Description>{texts.description}</Input.Description> : null}
      </div>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {texts.empty}
        </Text>
      ) : null}
      {lines.map((line, i) => (
        // The position is the identity of a line here: the inputs are controlled by index.
        <Group key={i} gap={4} align="flex-start" wrap="nowrap">
          <Text size="sm" c="dimmed" w={24} ta="right" mt={8} aria-hidden>
            {i + 1}.
          </Text>
          <Textarea
            aria-label={texts.line(i + 1)}
            rows={2}
            resize="vertical"
            style={{ flex: 1 }}
            value={line}
            error={errorOf?.(i)}
            onChange={(e) => onChange(lines.map((l, j) => (j === i ? e.currentTarget.value : l)))}
          />
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={texts.moveUp(i + 1)}
            title={texts.moveUp(i + 1)}
            disabled={i === 0}
            onClick={() => onChange(moved(lines, i, i - 1))}
          >
            <IconArrowUp size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={texts.moveDown(i + 1)}
            title={texts.moveDown(i + 1)}
            disabled={i === lines.length - 1}
            onClick={() => onChange(moved(lines, i, i + 1))}
          >
            <IconArrowDown size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={texts.remove(i + 1)}
            title={texts.remove(i + 1)}
            onClick={() => onChange(lines.filter((_, j) => j !== i))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {error ? (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          disabled={lines.length >= max}
          onClick={() => onChange([...lines, ''])}
        >
          {texts.add}
        </Button>
      </Group>
    </Stack>
  );
}
