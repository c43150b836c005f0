import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Phones to emulate: CSS viewport, device pixel ratio. */
export const PHONES = [
  { name: '390x844', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
  { name: '360x800', viewport: { width: 360, height: 800 }, deviceScaleFactor: 3 },
  { name: '320x568', viewport: { width: 320, height: 568 }, deviceScaleFactor: 2 },
] as const;

export type Phone = (typeof PHONES)[number];

/** The smallest touch target: 44 x 44 CSS px (WCAG 2.5.5, Apple and Android guidance). */
export const MIN_TARGET_PX = 44;

/** A browser context that Chromium treats as a phone: mobile viewport, touch, coarse pointer. */
export function phoneContext(browser: Browser, phone: Phone): Promise<BrowserContext> {
  return browser.newContext({
    viewport: phone.viewport,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: phone.deviceScaleFactor,
  });
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PhoneLayout {
  innerWidth: number;
  innerHeight: number;
  /** `document.documentElement.scrollWidth`: above innerWidth means sideways scrolling. */
  scrollWidth: number;
  stage: Box | null;
  video: Box | null;
  /** The oval's drawn line (not the mask's copy). */
  oval: Box | null;
  hint: Box | null;
  capture: Box | null;
  /** Visible controls smaller than MIN_TARGET_PX either way: what, and its size. */
  smallTargets: { target: string; width: number; height: number }[];
}

/** Where the page's parts are now, in viewport coordinates, and the controls too small to tap. */
export function measurePhoneLayout(page: Page): Promise<PhoneLayout> {
  return page.evaluate((minTarget) => {
    const box = (element: Element | null | undefined) => {
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const smallTargets: { target: string; width: number; height: number }[] = [];
    const controls = document.querySelectorAll(
      'a[href], button, select, summary, input:not([type="hidden"]), textarea, [role="button"]',
    );
    for (const control of controls) {
      if (!control.checkVisibility({ visibilityProperty: true })) continue;
      // A radio, checkbox or file input is tapped through its label: the label is the target.
      const viaLabel =
        control instanceof HTMLInputElement && ['radio', 'checkbox', 'file'].includes(control.type);
      const labelled = viaLabel ? (control.labels?.[0] ?? control.closest('label')) : null;
      const r = (labelled ?? control).getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // Rounding: a 2.75rem box measures 43.99 on some scales.
      if (r.width + 0.5 < minTarget || r.height + 0.5 < minTarget) {
        const name = (labelled ?? control).textContent?.trim().slice(0, 40) ?? '';
        smallTargets.push({
          target: `${control.tagName.toLowerCase()}${control.getAttribute('data-part') ? `[data-part=${control.getAttribute('data-part')}]` : ''} "${name}"`,
          width: Math.round(r.width),
          height: Math.round(r.height),
        });
      }
    }
    return {
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      stage: box(document.querySelector('[data-part="stage"]')),
      video: box(document.querySelector('[data-part="camera"]')),
      oval: box(document.querySelector('[data-part="oval"] > ellipse')),
      hint: box(document.querySelector('[data-part="hint"]')),
      capture: box(document.querySelector('[data-part="capture"]')),
      smallTargets,
    };
  }, MIN_TARGET_PX);
}

/** Whether `inner` lies within `outer` (half a pixel of rounding allowed). */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

/** Whether `b` is entirely on screen (no scrolling needed to see it). */
export function inViewport(layout: PhoneLayout, b: Box): boolean {
  return contains({ x: 0, y: 0, width: layout.innerWidth, height: layout.innerHeight }, b);
}
