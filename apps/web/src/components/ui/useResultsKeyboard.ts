import { useRef, type KeyboardEvent } from 'react';

/**
 * Arrow keys between a text input and the list of results under it (links or buttons): Down from the input to the
 * first result, Up and Down through the results, Up from the first back to the input, Escape back to the input.
 * `onInputEscape` says what Escape does in the input itself (e.g. clear it).
 */
export function useResultsKeyboard(itemSelector: 'a' | 'button', onInputEscape?: () => void) {
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const items = () => Array.from(listRef.current?.querySelectorAll<HTMLElement>(itemSelector) ?? []);

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const first = items()[0];
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Escape' && onInputEscape) {
      onInputEscape();
    }
  };

  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(index + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (index === 0 ? inputRef.current : all[index - 1])?.focus();
    } else if (event.key === 'Escape') {
      inputRef.current?.focus();
    }
  };

  return { inputRef, listRef, onInputKey, onListKey };
}
