import { useEffect, useRef, type RefObject } from 'react';

/** What leads elsewhere in the app: an in-app link (navigation, cards) or another tab of the area. */
const LEAVING = 'a[href^="#/"], [role="tab"]';

/**
 * While `active`, a click that would leave `inside` (an in-app link, another tab) is held back and
 * `ask` is called with a way to carry it out after all (the same click, let through). The click is
 * caught on the document before React sees it. Back/forward and typed addresses are not held: the
 * draft stays in the store for those, so nothing typed is lost either way.
 */
export function useLeaveGuard(
  active: boolean,
  inside: RefObject<HTMLElement | null>,
  ask: (proceed: () => void) => void,
): void {
  const letThrough = useRef(false);
  const latestAsk = useRef(ask);
  useEffect(() => {
    latestAsk.current = ask;
  }, [ask]);

  useEffect(() => {
    if (!active) return;
    const onClick = (event: MouseEvent) => {
      if (letThrough.current || !(event.target instanceof Element)) return;
      const target = event.target.closest<HTMLElement>(LEAVING);
      if (!target || inside.current?.contains(target)) return;
      // The tab already shown and a link to where we are go nowhere.
      if (target.getAttribute('aria-selected') === 'true') return;
      if (target.getAttribute('href') === window.location.hash) return;
      event.preventDefault();
      event.stopPropagation();
      latestAsk.current(() => {
        letThrough.current = true;
        try {
          target.click();
        } finally {
          letThrough.current = false;
        }
      });
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [active, inside]);
}
