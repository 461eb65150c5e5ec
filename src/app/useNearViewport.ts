/**
 * True once the element has come within `margin` of the viewport (and from
 * then on): for parts that cost something to draw (charts, long tables),
 * drawn only when the reader can see them, a frame after what is above them.
 */
import { useEffect, useRef, useState } from 'react';

export function useNearViewport<T extends Element>(margin = '200px'): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return [ref, near];
}
