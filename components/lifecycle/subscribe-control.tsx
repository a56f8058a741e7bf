"use client";

import { useSyncExternalStore } from "react";
import { SELECTION_PARAM, serializeSelection } from "@/lib/selection";

const noSubscribe = () => () => {};

/** The calendar feed of the current selection: a webcal:// subscription and a download. */
export function SubscribeControl({ slugs }: { slugs: string[] }) {
  const path = `/api/v1/calendar.ics?${SELECTION_PARAM}=${serializeSelection(slugs)}`;
  // The host is known only in the browser; the static render shows the download alone.
  const host = useSyncExternalStore(
    noSubscribe,
    () => window.location.host,
    () => null,
  );
  return (
    <section aria-labelledby="subscribe-heading" className="rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700" data-testid="subscribe">
      <h2 id="subscribe-heading" className="font-semibold">
        Subscribe to these dates
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        A calendar with every release and support end of the chosen distributions, with reminders 12, 6, 3 and 1 months before each end.
      </p>
      <p className="mt-2 flex flex-wrap gap-3">
        {host ? (
          <a
            href={`webcal://${host}${path}`}
            className="rounded bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
            data-testid="subscribe-webcal"
          >
            Subscribe (webcal)
          </a>
        ) : null}
        <a
          href={path}
          download
          className="rounded px-3 py-1.5 font-medium text-sky-800 underline ring-1 ring-sky-700 hover:no-underline dark:text-sky-300 dark:ring-sky-400"
          data-testid="subscribe-download"
        >
          Download .ics
        </a>
      </p>
    </section>
  );
}
