"use client";

import { Suspense, useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders its children once the place they go enters the viewport (or the
 * page is printed), so a chart below the fold costs nothing while the page
 * loads: its library chunk is fetched and drawn only when the reader gets there.
 * The space is reserved throughout, so nothing moves when it appears. Children
 * may be React.lazy components: `loading` (by default
 * "Loading the chart…") shows while their chunk arrives.
 */
export function RenderWhenVisible({
  children,
  minHeight,
  loading = <p className="py-8 text-sm muted">Loading the chart…</p>,
}: {
  children: ReactNode;
  minHeight: number;
  loading?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (visible || !el) return;
    const show = () => setVisible(true);
    window.addEventListener("beforeprint", show);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: "0px" });
    observer.observe(el);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, [visible]);
  return (
    <div ref={ref} style={{ minHeight }}>
      {visible ? <Suspense fallback={loading}>{children}</Suspense> : null}
    </div>
  );
}
