import type { FocusManager } from '@react-aria/focus';
import { useRef, type KeyboardEvent } from 'react';

// React Aria's focus manager comes in its own chunk, asked for as soon as the box gets focus: the search box is on
// the first route, whose budget it would otherwise exceed.
let focusModule: Promise<typeof import('@react-aria/focus')> | undefined;
const loadFocus = () => (focusModule ??= import('@react-aria/focus'));

/**
 * Arrow keys between a text input and the list of results under it (links or buttons), the results being real focus
 * stops (a link is followed with Enter, as everywhere): Down from the input to the first result, Up and Down through
 * the results, Up from the first back to the input, Escape back to the input. React Aria's focus manager
 * (`createFocusManager`) walks the list's focusable elements; `onInputEscape` says what Escape does in the input
 * itself (e.g. clear it). Give the input `onFocus={onInputFocus}`.
 */
export function useResultsKeyboard(onInputEscape?: () => void) {
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const manager = useRef<FocusManager>(null);
  const inResults = (move: (results: FocusManager) => unknown) =>
    void loadFocus().then(({ createFocusManager }) => move((manager.current ??= createFocusManager(listRef))));

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && listRef.current?.firstElementChild) {
      event.preventDefault();
      inResults((results) => results.focusFirst());
    } else if (event.key === 'Escape' && onInputEscape) {
      onInputEscape();
    }
  };

  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      inResults((results) => results.focusNext());
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      inResults((results) => results.focusPrevious() ?? inputRef.current?.focus());
    } else if (event.key === 'Escape') {
      inputRef.current?.focus();
    }
  };

  return { inputRef, listRef, onInputKey, onListKey, onInputFocus: () => void loadFocus() };
}
