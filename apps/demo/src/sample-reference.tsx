import { useLivenessCapture } from '@liveness-kit/react';
import { createContext, useContext, useState } from 'react';
import { t } from './demo-text.js';

/** The sample ID photo the demo offers (public domain, see `public/samples/README.md`). */
export const SAMPLE_ID_PHOTO_URL = '/samples/id-photo-sample.jpg';

/** Given the sample ID photo once it is fetched (the check page passes it as `referenceImage`). */
export const SampleReferenceContext = createContext<((photo: Blob) => void) | null>(null);

/**
 * Rendered inside `<LivenessCapture>` (as its `Header`): in the ID-photo step, a button that
 * fetches the demo's sample ID photo and hands it to the check; nothing in the other steps.
 */
export function SampleReferenceButton() {
  const give = useContext(SampleReferenceContext);
  const step = useLivenessCapture((s) => s.step);
  const checking = useLivenessCapture((s) => s.reference?.status === 'checking');
  const [failure, setFailure] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  if (step !== 'reference' || !give) return null;
  const load = async () => {
    setLoading(true);
    setFailure(null);
    try {
      const response = await fetch(SAMPLE_ID_PHOTO_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      give(await response.blob());
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className="sample-reference" data-demo="sample-reference">
      <button
        type="button"
        className="button"
        data-action="use-sample"
        disabled={loading || checking}
        aria-describedby="sample-reference-help"
        onClick={() => void load()}
      >
        {t('check.sample')}
      </button>
      <p id="sample-reference-help" className="help">
        {t('check.sample.help')}
      </p>
      {failure && (
        <p role="alert" className="field-error">
          {t('check.sample.failed', { reason: failure })}
        </p>
      )}
    </div>
  );
}
