"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { Weights } from "@/lib/decide/inputs";
import type { Requirements } from "@/lib/validations/report";

type Props = { candidates: string[]; requirements: Requirements; weights: Weights; current: string | null; strict: boolean };

const field = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";
const people = (v: FormDataEntryValue | null) =>
  String(v ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** Saves the decision as a report (POST /api/v1/reports) and opens it. */
export function SaveForm({ candidates, requirements, weights, current, strict }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const number = Number(form.get("number"));
    const body = {
      title: String(form.get("title") ?? "").trim() || undefined,
      context: String(form.get("context") ?? "").trim() || undefined,
      decisionMakers: people(form.get("decisionMakers")),
      consulted: people(form.get("consulted")),
      informed: people(form.get("informed")),
      number: Number.isInteger(number) && number >= 1 ? number : undefined,
      candidates,
      current: current ?? undefined,
      requirements,
      weights,
      strict: strict || undefined,
    };
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/v1/reports", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      const json = (await res.json()) as { url?: string; deleteToken?: string; error?: string };
      // The delete token rides in the fragment, which the report page reads once and never sends to the server.
      if (res.status === 201 && json.url)
        router.push(`${json.url}${json.deleteToken ? `#delete=${encodeURIComponent(json.deleteToken)}` : ""}` as `/reports/${string}`);
      else setError(json.error ?? `Saving failed (HTTP ${res.status})`);
    } catch {
      setError("Saving failed: the server could not be reached.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} className="space-y-3" aria-labelledby="save-h">
      <h2 id="save-h" className="text-xl font-semibold">
        Save as a decision report
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-sm">
          What the decision is for
          <input name="title" maxLength={200} placeholder="our cloud Linux hosts" className={field} />
        </label>
        <label className="text-sm">
          ADR number (NNNN in the file name)
          <input name="number" type="number" min={1} max={9999} placeholder="1" className={field} />
        </label>
      </div>
      <label className="block text-sm">
        Context and problem statement
        <textarea name="context" maxLength={2000} rows={3} className={field} />
      </label>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="text-sm">
          Decision-makers (comma-separated)
          <input name="decisionMakers" maxLength={1000} className={field} />
        </label>
        <label className="text-sm">
          Consulted
          <input name="consulted" maxLength={1000} className={field} />
        </label>
        <label className="text-sm">
          Informed
          <input name="informed" maxLength={1000} className={field} />
        </label>
      </div>
      {error && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
        >
          Not saved: {error}
        </p>
      )}
      <button type="submit" disabled={busy} className="rounded bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800 disabled:opacity-60">
        {busy ? "Saving…" : "Save report"}
      </button>
    </form>
  );
}
