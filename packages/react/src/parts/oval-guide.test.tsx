import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OvalGuide } from './oval-guide.js';

describe('<OvalGuide>', () => {
  it('draws an oval sized from the ratios and hides it from assistive technology', () => {
    const { container } = render(<OvalGuide widthRatio={0.5} heightRatio={0.6} />);
    const svg = container.querySelector('svg[data-part="oval"]');
    expect(svg).not.toBeNull();
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    const outline = container.querySelector('svg > ellipse');
    expect(outline).toHaveAttribute('rx', '25');
    expect(outline).toHaveAttribute('ry', '30');
  });

  it('says through data-state whether the face fits', () => {
    const { container, rerender } = render(<OvalGuide />);
    expect(container.querySelector('[data-part="oval"]')).toHaveAttribute('data-state', 'searching');
    rerender(<OvalGuide fitted />);
    expect(container.querySelector('[data-part="oval"]')).toHaveAttribute('data-state', 'fitted');
  });
});
