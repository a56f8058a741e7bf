"use client";

import { IntentLink } from "@/components/intent-link";

// A page that failed to render: a plain apology and a way on; the cause is in the server log, never here.
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        This page could not be shown. Please try again; if it keeps failing, the server log has the details.
      </p>
      {error.digest ? (
        <p className="mt-2 text-sm muted">
          Reference: <code className="font-mono">{error.digest}</code>
        </p>
      ) : null}
      <p className="mt-4 flex gap-4">
        <button type="button" onClick={reset} className="rounded border border-slate-400 px-3 py-1.5 focus-visible:outline-2 focus-visible:outline-offset-2">
          Try again
        </button>
        <IntentLink href="/" className="py-1.5 underline">
          Go to the overview
        </IntentLink>
      </p>
    </div>
  );
}
