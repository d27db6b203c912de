import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A client-side page change is silent for screen readers; moving focus to the new page's heading
 * announces it and starts keyboard users at the top of the content. The first load is left alone.
 */
export function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [pathname]);
}
