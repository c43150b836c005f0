import { useCallback, useEffect, useState } from 'react';

/** The demo's pages: the onboarding flow, and `/capture` with only the component (automated checks). */
export type Route = 'welcome' | 'check' | 'done' | 'capture';
export type OnboardingRoute = Exclude<Route, 'capture'>;
export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

const PATHS: Record<Route, string> = {
  welcome: '/',
  check: '/check',
  done: '/done',
  capture: '/capture',
};

let navigated = false;

/** Whether the page shown came from a navigation inside the app (not from loading the page). */
export function cameFromNavigation(): boolean {
  return navigated;
}

/** The page for a location's path (unknown paths show the welcome page). */
export function routeFromPath(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const found = (Object.keys(PATHS) as Route[]).find((route) => PATHS[route] === path);
  return found ?? 'welcome';
}

export function pathForRoute(route: Route): string {
  return PATHS[route];
}

/** The current page, following back/forward; `navigate` pushes (or replaces) a history entry. */
export function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState<Route>(() => routeFromPath(window.location.pathname));
  useEffect(() => {
    const onPop = () => {
      navigated = true;
      setRoute(routeFromPath(window.location.pathname));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: Route, options: { replace?: boolean } = {}) => {
    const path = pathForRoute(next);
    navigated = true;
    if (window.location.pathname !== path) {
      if (options.replace) window.history.replaceState(null, '', path);
      else window.history.pushState(null, '', path);
    }
    setRoute(next);
  }, []);
  return [route, navigate];
}
