/**
 * A part drawn only when it comes near the screen: until then its `placeholder` holds its
 * place (same size, so nothing moves when it is drawn). For costly parts below the fold, such
 * as a chart, that nobody sees while the page loads: a phone spends that time on what is on
 * screen, and draws the part as the reader scrolls towards it (`margin` ahead of it).
 *
 * Printing draws it at once, as does a browser without IntersectionObserver.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
// Loaded with this part, so that it hears every print's announcement before the part does.
import './printing';

export function NearView({
  children,
  placeholder,
  margin = '400px',
}: {
  children: ReactNode;
  placeholder: ReactNode;
  margin?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !box.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(box.current);
    // Synchronously, so that the print that has just started includes the part.
    const print = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [near, margin]);
  return <div ref={box}>{near ? children : placeholder}</div>;
}
