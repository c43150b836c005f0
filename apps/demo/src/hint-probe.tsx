import { useLivenessCapture } from '@liveness-kit/react';
import { createContext, useContext, useEffect } from 'react';

/** Told each time the component shows a new guidance hint (for the "first hint" timing). */
export const HintReportContext = createContext<(() => void) | null>(null);

/**
 * Rendered inside `<LivenessCapture>` (as its `Footer`), where the component's state can be read:
 * reports hints to the developer panel and shows nothing.
 */
export function HintProbe() {
  const report = useContext(HintReportContext);
  const hint = useLivenessCapture((s) => s.hint);
  useEffect(() => {
    if (hint !== null) report?.();
  }, [hint, report]);
  return null;
}
