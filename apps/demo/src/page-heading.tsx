import { useEffect, useRef, type ReactNode } from 'react';
import { cameFromNavigation } from './routes.js';

/**
 * The page's `<h1>`. After a navigation inside the app, focus moves to it, so keyboard and screen
 * reader users start at the new page (a full page load keeps the browser's own start).
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (cameFromNavigation()) heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
