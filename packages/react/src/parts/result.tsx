import { forwardRef, useId, useRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { DivPartProps } from './part-props.js';
import { useMoveFocus } from './use-move-focus.js';

export type ResultProps = DivPartProps;

/**
 * The outcome (`data-part="result"`, `data-status` = the response's status), its heading focused.
 * `data-state`: `approved`, `review` (In Review), `retake` (a new photo can change it) or `final`.
 * A result that is not approved lists one `data-part="warning"` per warning (`data-warning` = its
 * tag): capture-quality tags say what to change, fraud and blocklist tags get neutral text.
 * In the face-match flow it shows the combined outcome instead (`data-outcome`: `verified`,
 * `liveness-failed`, `no-match` or `reference-unusable`): its title and body, and the prompts of
 * the step that failed. Put a `RetakeButton` (and `RetakeReferenceButton`) inside as children.
 * Other props and the ref go to its `<div>`.
 */
export const Result = forwardRef<HTMLDivElement, ResultProps>(function Result(
  { className, children, ...rest },
  ref,
) {
  const { partClass, text } = useCaptureContext();
  const result = useLivenessCapture((s) => s.result);
  const verification = useLivenessCapture((s) => s.verification);
  const state = useLivenessCapture((s) => s.state);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const shown = state === 'result' && result !== null;
  useMoveFocus(heading, shown);
  if (!shown) return null;
  const { t } = text;
  // The face-match flow: one combined outcome (its own title and body, the failed step's prompts).
  const prompts = verification ? verification.prompts : result.approved ? [] : result.prompts;
  const canRetake = verification ? verification.retake !== null : result.canRetake;
  let outcome: 'approved' | 'review' | 'retake' | 'final' = 'retake';
  if (verification ? verification.verified : result.approved) outcome = 'approved';
  else if (!verification && result.status === 'In Review') outcome = 'review';
  else if (!canRetake) outcome = 'final';
  let note = outcome === 'retake' ? null : t(`ui.result.${outcome}`);
  if (verification) note = t(verification.bodyKey);
  return (
    <div
      role="group"
      aria-labelledby={id}
      {...rest}
      ref={ref}
      data-part="result"
      data-status={result.status}
      data-state={outcome}
      data-outcome={verification?.outcome}
      className={partClass('result', className)}
    >
      <h2 id={id} ref={heading} tabIndex={-1}>
        {t(verification ? verification.titleKey : result.statusTextKey)}
      </h2>
      {prompts.length > 0 && (
        <>
          {canRetake && <p>{t('ui.result.prompts')}</p>}
          <ul>
            {prompts.map((prompt) => (
              <li
                key={prompt.tag}
                data-part="warning"
                data-warning={prompt.tag}
                data-kind={prompt.kind}
                className={partClass('warning')}
              >
                <strong>{t(prompt.titleKey)}</strong> <span>{t(prompt.textKey)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {note && <p>{note}</p>}
      {children}
    </div>
  );
});
