/** Renders its children only once the placeholder has scrolled into view (charts cost a canvas each; the summary comes first). */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function LazyChart({ children, height = 200 }: { children: ReactNode; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  // Without IntersectionObserver (very old browsers, some test runners) draw at once.
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || visible) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    }, { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return visible ? <>{children}</> : <div ref={ref} className="ws-chart-placeholder" style={{ minHeight: height }} aria-hidden="true" />;
}
