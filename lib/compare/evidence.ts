import { distroEvidence } from "@/lib/compare/build";
import type { DistroEvidence } from "@/lib/compare/types";
import type { CatalogVersion, DistroDetail } from "@/lib/validations/api";

export type EvidenceResult = { ok: true; evidence: DistroEvidence } | { ok: false; error: string };

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

// One request per distro and catalog version for the life of the page, shared by the dialog and the export.
const loaded = new Map<string, Promise<EvidenceResult>>();

async function request(slug: string, catalogVersion: string, fetcher: Fetch): Promise<EvidenceResult> {
  let res: Response;
  try {
    res = await fetcher(`/api/v1/distros/${encodeURIComponent(slug)}`, { headers: { accept: "application/json" } });
  } catch {
    return { ok: false, error: "Could not reach the catalog API to load the sources. Check the connection and try again." };
  }
  if (!res.ok) return { ok: false, error: `The catalog API answered ${res.status} when asked for the sources. Try again, or reload the page.` };
  const body = (await res.json().catch(() => null)) as { catalogVersion?: CatalogVersion; distro?: DistroDetail } | null;
  if (!body?.distro) return { ok: false, error: "The catalog API sent an answer without the distro. Try again, or reload the page." };
  // The claims are matched to the table's by position, which holds only for the catalog the page was built from.
  if (body.catalogVersion?.hash !== catalogVersion) {
    return { ok: false, error: "The catalog has changed since this page was loaded. Reload the page to see its current claims and sources." };
  }
  return { ok: true, evidence: distroEvidence(body.distro) };
}

/**
 * The notes and sources behind one distro's cells, from the catalog API
 * (GET /api/v1/distros/{slug}). A failure is an answer with a message for the
 * reader, never a throw, and is not remembered: asking again retries.
 */
export function loadEvidence(slug: string, catalogVersion: string, fetcher: Fetch = fetch): Promise<EvidenceResult> {
  const key = `${catalogVersion}/${slug}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = request(slug, catalogVersion, fetcher);
    loaded.set(key, pending);
    void pending.then((r) => {
      if (!r.ok) loaded.delete(key);
    });
  }
  return pending;
}

/** Evidence for several distros at once (the JSON export); the first failure is the answer. */
export async function loadAllEvidence(
  slugs: string[],
  catalogVersion: string,
  fetcher: Fetch = fetch,
): Promise<{ ok: true; evidence: Record<string, DistroEvidence> } | { ok: false; error: string }> {
  const results = await Promise.all(slugs.map((slug) => loadEvidence(slug, catalogVersion, fetcher)));
  const evidence: Record<string, DistroEvidence> = {};
  for (const [i, r] of results.entries()) {
    if (!r.ok) return r;
    evidence[slugs[i]!] = r.evidence;
  }
  return { ok: true, evidence };
}
