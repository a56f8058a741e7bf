import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { currentCatalogHash } from "@/lib/catalog/load";
import { readSnapshot, type CatalogSnapshot } from "@/lib/catalog/snapshot";
import { isoDay } from "@/lib/lifecycle";
import { errorMessage, log } from "@/lib/log";
import type { DistroDetail, DistroListQuery, DistroSummary } from "@/lib/validations/api";

// The catalog is small and changes only when a new version is loaded, so each
// process keeps one assembled snapshot and rebuilds it when the hash moves.
// Keyed by day too: effective support windows depend on which versions are still supported today.
let memo: { hash: string; day: string; snapshot: CatalogSnapshot } | null = null;

export class CatalogNotLoadedError extends Error {
  constructor() {
    super("No catalog has been loaded into the database; run `npm run catalog:load`.");
  }
}

// How long a process trusts the catalog version it last read before asking the
// database again. Loads happen at deploy time, so a second of lag is harmless
// and saves a query on every request.
const VERSION_TTL_MS = 1000;
let versionCheck: { hash: string | null; at: number } | null = null;
const RETRY_PAUSE_MS = 5_000;
let retryAfter = 0;

/** The loaded catalog's hash, re-read from the database at most once per VERSION_TTL_MS; the last one read while it cannot answer. */
export async function getCatalogHash(now: number = Date.now()): Promise<string | null> {
  if (versionCheck && now - versionCheck.at < VERSION_TTL_MS) return versionCheck.hash;
  if (now < retryAfter) return lastGoodCopy(new Error("the database did not answer moments ago")).version.hash;
  try {
    const hash = await currentCatalogHash(db);
    versionCheck = { hash, at: now };
    return hash;
  } catch (err) {
    // The version read last stays in use; the database is asked again only after a pause, so
    // requests meanwhile do not each wait out a connection timeout.
    retryAfter = now + RETRY_PAUSE_MS;
    return lastGoodCopy(err).version.hash;
  }
}

// When the database cannot answer, the last snapshot read keeps serving (a
// warning at most once a minute); without one there is nothing to serve.
const STALE_WARNING_MS = 60_000;
let lastStaleWarning = 0;

function lastGoodCopy(err: unknown): CatalogSnapshot {
  if (!memo) throw err;
  const now = Date.now();
  if (now - lastStaleWarning >= STALE_WARNING_MS) {
    lastStaleWarning = now;
    log("warn", `catalog refresh failed; serving catalog ${memo.hash} read earlier: ${errorMessage(err)}`);
  }
  return memo.snapshot;
}

const getSnapshot = cache(async (): Promise<CatalogSnapshot> => {
  const hash = await getCatalogHash();
  if (hash === null) throw new CatalogNotLoadedError();
  const day = isoDay();
  if (memo?.hash === hash && memo.day === day) return memo.snapshot;
  let snapshot: CatalogSnapshot | null;
  try {
    snapshot = await readSnapshot(db, day);
  } catch (err) {
    return lastGoodCopy(err);
  }
  if (!snapshot) throw new CatalogNotLoadedError();
  memo = { hash: snapshot.version.hash, day, snapshot };
  return snapshot;
});

export async function getCatalogVersion() {
  return (await getSnapshot()).version;
}

function summary(d: DistroDetail): DistroSummary {
  const { sources: _s, attributes: _a, releases: _r, successors: _su, derivatives: _de, managedKubernetes: _mk, ...rest } = d;
  return rest;
}

export async function listDistros(query: DistroListQuery = {}): Promise<DistroSummary[]> {
  const { distros } = await getSnapshot();
  return distros
    .filter((d) => (query.vendor ? d.vendor.toLowerCase() === query.vendor.toLowerCase() : true))
    .filter((d) => (query.kind ? d.kind === query.kind : true))
    .filter((d) => (query.status ? d.status === query.status : true))
    .filter((d) => (query.featured ? String(d.featured) === query.featured : true))
    .map(summary);
}

/** Every distro with its claims; for pages that show several distros' attributes. */
export async function listDistroDetails(): Promise<DistroDetail[]> {
  return (await getSnapshot()).distros;
}

export async function getDistro(slug: string): Promise<DistroDetail | null> {
  return (await getSnapshot()).distros.find((d) => d.slug === slug) ?? null;
}

export async function listDistroSlugs(): Promise<string[]> {
  return (await getSnapshot()).distros.map((d) => d.slug);
}

export async function listAttributes() {
  return (await getSnapshot()).attributes;
}

export async function listSources() {
  return (await getSnapshot()).sources;
}

/** The managed Kubernetes services with their version calendars and node OS options. */
export async function listManagedKubernetes() {
  return (await getSnapshot()).kubernetes;
}
