import { forwardRef, type ComponentPropsWithoutRef } from 'react';

export interface OvalGuideProps extends Omit<ComponentPropsWithoutRef<'svg'>, 'children'> {
  /** Oval width as a share of the frame width (0-1). */
  widthRatio?: number;
  /** Oval height as a share of the frame height (0-1). */
  heightRatio?: number;
  /** Whether the face fits the oval: drives `data-state` for styling. */
  fitted?: boolean;
  /** The id of the SVG mask; give each oval on a page its own (default `lk-oval-mask`). */
  maskId?: string;
}

/**
 * The oval the user puts their face into: a dimmed frame with an oval cut-out. Decorative for
 * assistive technology (the hint carries the guidance), so it is hidden from the accessibility tree.
 * Other props and the ref go to its `<svg>`.
 */
export const OvalGuide = forwardRef<SVGSVGElement, OvalGuideProps>(function OvalGuide(
  { widthRatio = 0.55, heightRatio = 0.8, fitted = false, maskId = 'lk-oval-mask', ...svgProps },
  ref,
) {
  const rx = (widthRatio * 100) / 2;
  const ry = (heightRatio * 100) / 2;
  return (
    <svg
      viewBox="0 0 100 100"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
      data-part="oval"
      data-state={fitted ? 'fitted' : 'searching'}
      {...svgProps}
      ref={ref}
    >
      <defs>
        <mask id={maskId}>
          <rect width="100" height="100" fill="white" />
          <ellipse cx="50" cy="50" rx={rx} ry={ry} fill="black" />
        </mask>
      </defs>
      <rect
        width="100"
        height="100"
        fill="var(--lk-overlay-color, rgb(0 0 0 / 0.55))"
        mask={`url(#${maskId})`}
      />
      <ellipse
        cx="50"
        cy="50"
        rx={rx}
        ry={ry}
        fill="none"
        stroke={fitted ? 'var(--lk-oval-fitted-color, #1a7f37)' : 'var(--lk-oval-color, #ffffff)'}
        strokeWidth="0.8"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
});
