import { useEffect, type RefObject } from 'react';
import { useCaptureContext } from '../context/capture-context.js';

/**
 * Moves focus to `target` when it appears, if focus was lost: the focused control went away with
 * the previous state, leaving focus on the page body. Focus that is still somewhere (another field
 * of the page, or a control of the component that stayed) is never taken. With `afterInteraction`,
 * only once the user has worked with the component (no focus grab on page load with `autoStart`).
 */
export function useMoveFocus(
  target: RefObject<HTMLElement | null>,
  active: boolean,
  afterInteraction = false,
): void {
  const { hadFocus } = useCaptureContext();
  useEffect(() => {
    const element = target.current;
    if (!active || !element || (afterInteraction && !hadFocus.current)) return;
    const focused = element.ownerDocument.activeElement;
    if (focused === null || focused === element.ownerDocument.body) element.focus();
  }, [active, target, afterInteraction, hadFocus]);
}
