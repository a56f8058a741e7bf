"use client";

import { lazy, Suspense } from "react";
import type { CompareData } from "@/lib/compare/types";

// The table's code (TanStack Table, URL state, the controls) is its own chunk.
// The page is prerendered with the table in it; in the browser the rest of the
// page hydrates first and this part hydrates in place as soon as its chunk
// arrives (React's selective hydration), so nothing is drawn twice.
// The import starts when this module runs, before hydration reaches the table.
const loading = typeof window === "undefined" ? null : import("@/components/compare/compare-client");
const CompareClient = lazy(() => (loading ?? import("@/components/compare/compare-client")).then((m) => ({ default: m.CompareClient })));

/** /compare's interactive table, hydrated from its own chunk. */
export function CompareIsland({ data }: { data: CompareData }) {
  return (
    <Suspense fallback={null}>
      <CompareClient data={data} />
    </Suspense>
  );
}
