"use client";

import Link from "next/link";
import { useEffect, useState, useSyncExternalStore } from "react";

const PREFIX = "#delete=";

// The token, once read from the address, outlives the fragment's removal for this page's report.
let captured: { path: string; token: string } | null = null;
const noSubscription = () => () => {};

function tokenSnapshot(): string | null {
  const { hash, pathname } = window.location;
  if (hash.startsWith(PREFIX)) captured = { path: pathname, token: decodeURIComponent(hash.slice(PREFIX.length)) };
  return captured?.path === pathname ? captured.token : null;
}

/**
 * Shown once, right after saving: the report's delete link (its token rides
 * in the address fragment, which never reaches the server) and a button that
 * deletes it. The fragment is taken out of the address bar at once, so the
 * page can be shared without it.
 */
export function DeleteReport({ id }: { id: string }) {
  const token = useSyncExternalStore(noSubscription, tokenSnapshot, () => null);
  const [state, setState] = useState<"idle" | "confirm" | "busy" | "deleted">("idle");
  const [error, setError] = useState<string | null>(null);

  // Out of the address bar once read, so the page's address can be shared without it.
  useEffect(() => {
    if (token && window.location.hash.startsWith(PREFIX))
      window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  }, [token]);

  if (!token) return null;
  if (state === "deleted") {
    return (
      <p role="status" className="no-print mb-6 rounded border border-slate-300 p-3 text-sm dark:border-slate-600" data-testid="report-deleted">
        This report is deleted; its address and exports no longer answer.{" "}
        <Link href="/reports" className="link">
          Saved decisions
        </Link>
      </p>
    );
  }
  const link = `${window.location.origin}/reports/${id}${PREFIX}${encodeURIComponent(token)}`;
  async function remove() {
    setState("busy");
    setError(null);
    try {
      const res = await fetch(`/api/v1/reports/${id}`, { method: "DELETE", headers: { Authorization: `Bearer ${token}` } });
      if (res.status === 204) return setState("deleted");
      const json = (await res.json().catch(() => ({}))) as { error?: string };
      setError(json.error ?? `Deleting failed (HTTP ${res.status})`);
    } catch {
      setError("Deleting failed: the server could not be reached.");
    }
    setState("idle");
  }
  return (
    <section aria-labelledby="delete-h" className="no-print mb-6 rounded border border-slate-300 p-3 text-sm dark:border-slate-600" data-testid="delete-report">
      <h2 id="delete-h" className="font-semibold">
        Only you can delete this report
      </h2>
      <p className="mt-1">
        Keep this delete link: it is shown only now, and whoever has it can delete the report. Share the report by its plain address instead.
      </p>
      <input
        readOnly
        value={link}
        aria-label="Delete link"
        className="mt-2 block w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {state === "confirm" || state === "busy" ? (
          <>
            <button
              type="button"
              disabled={state === "busy"}
              onClick={remove}
              className="rounded bg-red-700 px-3 py-1 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
            >
              Yes, delete it
            </button>
            <button type="button" onClick={() => setState("idle")} className="rounded border border-slate-300 px-3 py-1 dark:border-slate-600">
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={() => setState("confirm")}
            className="rounded border border-red-700 px-3 py-1 text-red-800 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950"
          >
            Delete this report
          </button>
        )}
        {error ? (
          <span role="alert" className="text-red-800 dark:text-red-300">
            {error}
          </span>
        ) : null}
      </div>
    </section>
  );
}
