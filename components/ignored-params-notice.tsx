"use client";

import { useMemo, useSyncExternalStore } from "react";

// The address changes only through the page's own state, which re-renders it anyway.
const noSubscription = () => () => {};

/** The page's address as the browser has it; empty while prerendering, where there is none. */
export function useSearchParamsOnce(): URLSearchParams {
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => "",
  );
  return useMemo(() => new URLSearchParams(search), [search]);
}

/** Says which parts of the page's address were not understood and were ignored; nothing when all were. */
export function IgnoredParamsNotice({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div
      role="status"
      className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      data-testid="ignored-params"
    >
      <p className="font-medium">Part of this link was not understood and was ignored:</p>
      <ul className="mt-1 list-disc pl-5">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
