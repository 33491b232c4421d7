import { CloseButton, TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';

/** Wait after the last key before searching: fast typists send one request, not one per letter. */
export const SEARCH_DEBOUNCE_MS = 200;

type SearchInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** The text to start with (e.g. the search kept in the store when coming back). */
  initialValue: string;
  onSearch(text: string): void;
  clearLabel: string;
};

/** A search box that searches as you type, once the typing pauses. */
export function SearchInput({ initialValue, onSearch, clearLabel, ...props }: SearchInputProps) {
  const [text, setText] = useState(initialValue);
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  }, [onSearch]);

  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => latest.current(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const change = (next: string) => {
    typed.current = true;
    setText(next);
  };

  return (
    <TextInput
      leftSection={<IconSearch size={18} aria-hidden />}
      rightSection={
        text !== '' ? <CloseButton aria-label={clearLabel} onClick={() => change('')} size="sm" /> : null
      }
      value={text}
      onChange={(e) => change(e.currentTarget.value)}
      {...props}
    />
  );
}
