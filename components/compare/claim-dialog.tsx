"use client";

import { useEffect, useRef, useState } from "react";
import { ClaimSources } from "@/components/claim-sources";
import { ClaimValue } from "@/components/claim-value";
import { StatusBadge } from "@/components/status-badge";
import { loadEvidence, type EvidenceResult } from "@/lib/compare/evidence";
import type { CompareAttribute, CompareDistro } from "@/lib/compare/types";

type Props = {
  open: { distro: CompareDistro; attr: CompareAttribute } | null;
  catalogVersion: string;
  onClose: () => void;
};

/** The evidence of the open distro: null while it loads; a retry asks again after a failure. */
function useEvidence(slug: string | null, catalogVersion: string): { result: EvidenceResult | null; retry: () => void } {
  const [state, setState] = useState<{ key: string; result: EvidenceResult } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const key = slug ? `${slug}#${attempt}` : null;
  useEffect(() => {
    if (!slug || !key) return;
    let current = true;
    void loadEvidence(slug, catalogVersion).then((result) => current && setState({ key, result }));
    return () => {
      current = false;
    };
  }, [slug, key, catalogVersion]);
  return { result: state && state.key === key ? state.result : null, retry: () => setAttempt((n) => n + 1) };
}

/** A modal with every claim behind one cell: each position, its note and its dated sources. */
export function ClaimDialog({ open, catalogVersion, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const restore = () => opener?.focus();
      dialog.addEventListener("close", restore, { once: true });
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const { result, retry } = useEvidence(open?.distro.slug ?? null, catalogVersion);
  const cell = open ? open.distro.cells[open.attr.key] : undefined;
  const evidence = result?.ok ? result.evidence[open?.attr.key ?? ""] : undefined;
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      onClick={(e) => e.target === ref.current && onClose()}
      aria-labelledby="claim-dialog-title"
      className="m-auto max-h-[85vh] w-[min(40rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {open ? (
        <div className="flex flex-col gap-3 p-5">
          <div className="flex items-start justify-between gap-4">
            <h2 id="claim-dialog-title" className="text-lg font-semibold">
              {open.distro.name}: {open.attr.label}
            </h2>
            <button type="button" onClick={onClose} className="rounded px-2 py-1 text-sm underline" autoFocus>
              Close
            </button>
          </div>
          <p className="text-sm text-slate-700 dark:text-slate-300">{open.attr.explanation}</p>
          {cell && cell.claims.length > 1 ? (
            <p className="flex items-center gap-2 text-sm">
              <StatusBadge status="disputed" /> Sources disagree; each position is listed with its own sources.
            </p>
          ) : null}
          {!cell ? <p>The catalog has no claim for this attribute.</p> : null}
          {cell && result && !result.ok ? (
            <div
              role="alert"
              className="flex flex-wrap items-center gap-2 rounded-md border border-red-300 p-3 text-sm text-red-900 dark:border-red-800 dark:text-red-200"
            >
              {result.error}
              <button type="button" onClick={retry} className="rounded border border-current px-2 py-0.5">
                Try again
              </button>
            </div>
          ) : null}
          <ol className="flex flex-col gap-3" aria-busy={cell !== undefined && result === null}>
            {cell?.claims.map((c, i) => {
              const why = evidence?.[i];
              return (
                <li key={i} className="rounded-md border border-slate-200 p-3 dark:border-slate-700" data-testid="dialog-claim">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    {cell.claims.length > 1 ? (
                      <span className="text-xs uppercase tracking-wide">{c.preferred ? "Preferred position" : `Position ${i + 1}`}</span>
                    ) : null}
                    <ClaimValue claim={c} badge="always" />
                  </p>
                  {why?.note ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{why.note}</p> : null}
                  {why ? (
                    <div className="mt-2">
                      <ClaimSources sources={why.sources} status={c.status} />
                    </div>
                  ) : result === null ? (
                    <p className="mt-2 text-sm muted">Loading the sources…</p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
    </dialog>
  );
}
