import { useCallback, useRef, type ForwardedRef, type RefObject } from 'react';

/** Sets a forwarded ref (function or object). */
export function setRef<T>(ref: ForwardedRef<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * A ref of the part's own (for focus) that also fills the ref the user forwarded: returns the
 * object to read and the callback to put on the element.
 */
export function useComposedRef<T>(
  forwarded: ForwardedRef<T>,
): [RefObject<T | null>, (value: T | null) => void] {
  const own = useRef<T | null>(null);
  const callback = useCallback(
    (value: T | null) => {
      own.current = value;
      setRef(forwarded, value);
    },
    [forwarded],
  );
  return [own, callback];
}
