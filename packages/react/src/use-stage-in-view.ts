import { useEffect, type RefObject } from 'react';

/**
 * The stylesheet's phone layouts (liveness-capture.css): a narrow portrait screen, or a short landscape one.
 * Keep the two in step.
 */
export const PHONE_LAYOUT_QUERY =
  '(max-width: 36rem) and (orientation: portrait), (max-height: 36rem) and (orientation: landscape)';

/**
 * In the phone layout, brings the stage to the top of the screen when guidance starts or the screen
 * turns, if the stage or the controls below it (`end`) are out of view: the layout sizes them to fit
 * the screen together, so the user sees the camera, the hint and the capture button without scrolling.
 * A page that already shows them all is left where it is. `layoutKey` names what the layout depends
 * on (the screen's orientation, the camera's frame size): a new key checks again.
 */
export function useStageInView(
  stage: RefObject<HTMLElement | null>,
  end: RefObject<HTMLElement | null>,
  active: boolean,
  layoutKey: string,
): void {
  useEffect(() => {
    const top = stage.current;
    const bottom = end.current;
    const view = top?.ownerDocument.defaultView;
    if (!active || !top || !bottom || !view || typeof view.matchMedia !== 'function') return;
    if (!view.matchMedia(PHONE_LAYOUT_QUERY).matches) return;
    const inView =
      top.getBoundingClientRect().top >= 0 && bottom.getBoundingClientRect().bottom <= view.innerHeight;
    if (!inView && typeof top.scrollIntoView === 'function') top.scrollIntoView({ block: 'start' });
  }, [stage, end, active, layoutKey]);
}
