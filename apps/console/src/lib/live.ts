import { useEffect, useRef } from 'react';

/**
 * What the console hears live (the unit's inbox feed, in ConsoleLayout), passed on to the pages that show figures
 * it may have changed. One listener set for the app: the socket is opened once, by the layout.
 */
const listeners = new Set<() => void>();

export function publishLiveChange(): void {
  for (const l of listeners) l();
}

/**
 * Calls `refresh` when something arrives on the live feed, when the person comes back to the page (the tab shown
 * again, the window focused) and every `everyMs` while the page is shown — at most once per `quietMs`, so a burst of
 * arrivals asks once. The first call is the page's own load, not this hook's.
 */
export function useLiveRefresh(refresh: () => void, everyMs = 60_000, quietMs = 2_000): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    let last = Date.now();
    let pending: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      if (document.visibilityState !== 'visible') return;
      const wait = last + quietMs - Date.now();
      if (wait > 0) {
        pending ??= setTimeout(() => {
          pending = undefined;
          run();
        }, wait);
        return;
      }
      last = Date.now();
      latest.current();
    };
    const timer = setInterval(run, everyMs);
    listeners.add(run);
    document.addEventListener('visibilitychange', run);
    window.addEventListener('focus', run);
    return () => {
      clearInterval(timer);
      clearTimeout(pending);
      listeners.delete(run);
      document.removeEventListener('visibilitychange', run);
      window.removeEventListener('focus', run);
    };
  }, [everyMs, quietMs]);
}
