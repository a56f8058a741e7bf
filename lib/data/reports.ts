import "server-only";
import { db, type Db } from "@/lib/db/client";
import { getCatalogVersion, listAttributes, listDistroDetails } from "@/lib/data/catalog";
import { readVersion } from "@/lib/catalog/load";
import { snapshotFromDocument } from "@/lib/catalog/snapshot";
import { toScoringCatalog, type SourcedScoringCatalog } from "@/lib/decide/types";
import { buildSnapshot, headline, type ReportSnapshot } from "@/lib/report/snapshot";
import { hydrateReport, readStoredReport, toStoredReport } from "@/lib/report/stored";
import { newDeleteToken, tokenMatches } from "@/lib/report/delete-token";
import { summarizeReport } from "@/lib/report/summary";
import { reportStaleness, type Staleness } from "@/lib/report/staleness";
import { isoDay } from "@/lib/lifecycle";
import type { CatalogVersion } from "@/lib/validations/api";
import type { ReportInput } from "@/lib/validations/report";
import { REPORTS_PER_PAGE, type ReportSummary } from "@/lib/validations/report-list";
import { retryWhileBusy } from "@/lib/db/busy";

export type VersionedScoringCatalog = SourcedScoringCatalog & { version: CatalogVersion };

/** The current catalog, trimmed to what the decision builder reads. */
export async function getScoringCatalog(): Promise<VersionedScoringCatalog> {
  const [distros, attributes, version] = await Promise.all([listDistroDetails(), listAttributes(), getCatalogVersion()]);
  return { ...toScoringCatalog(distros, attributes), version };
}

// Reports name a handful of catalog versions; each is assembled once per process and day it was read for.
const KEPT_CATALOGS = 8;
const keptCatalogs = new Map<string, SourcedScoringCatalog>();

/** A kept catalog version as the decision builder read it on `day`; null when that version is not kept. */
async function scoringCatalogOf(hash: string, day: string, database: Db): Promise<SourcedScoringCatalog | null> {
  const key = `${hash}|${day}`;
  const hit = keptCatalogs.get(key);
  if (hit) return hit;
  const version = await readVersion(database, hash);
  if (!version) return null;
  const snap = snapshotFromDocument(version.document, { hash: version.hash, loadedAt: version.loadedAt.toISOString() }, day);
  const catalog = toScoringCatalog(snap.distros, snap.attributes);
  if (keptCatalogs.size >= KEPT_CATALOGS) keptCatalogs.delete(keptCatalogs.keys().next().value!);
  keptCatalogs.set(key, catalog);
  return catalog;
}

type CreateOptions = { today: string; now?: Date; database?: Db; catalog?: VersionedScoringCatalog };

/** A stored report may take this much; the inputs' own limits keep a normal one far below (about 15 KB for five options). */
export const MAX_STORED_REPORT_BYTES = 64 * 1024;

export type CreateOutcome = { ok: true; snapshot: ReportSnapshot; deleteToken: string } | { ok: false; error: string; status: 400 | 413 };

/**
 * Computes and stores a report under a random, unguessable id: its inputs,
 * its result and the catalog version it was computed on, with the hash of a
 * token that deletes it (the token itself is returned once). An unknown
 * candidate, or a report over the size budget, is an error and nothing is
 * stored.
 */
export async function createReport(input: ReportInput, opts: CreateOptions): Promise<CreateOutcome> {
  const catalog = opts.catalog ?? (await getScoringCatalog());
  const now = opts.now ?? new Date();
  const built = buildSnapshot(input, catalog, catalog.version, opts.today, crypto.randomUUID(), now.toISOString());
  if (!built.ok) return { ...built, status: 400 };
  const s = built.snapshot;
  const json = JSON.stringify(toStoredReport(s));
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_STORED_REPORT_BYTES) {
    return {
      ok: false,
      status: 413,
      error: `the report would take ${Math.ceil(bytes / 1024)} KB to store; the limit is ${MAX_STORED_REPORT_BYTES / 1024} KB (compare fewer options at once)`,
    };
  }
  const { token, hash } = newDeleteToken();
  await retryWhileBusy(() =>
    (opts.database ?? db).report.create({
      data: { id: s.id, createdAt: now, title: headline(s), catalogHash: s.catalogVersion.hash, snapshot: json, deleteTokenHash: hash },
    }),
  );
  return { ok: true, snapshot: s, deleteToken: token };
}

/** Deletes a report when `token` is the one handed out when it was saved. */
export async function deleteReport(id: string, token: string, database: Db = db): Promise<"deleted" | "not-found" | "forbidden"> {
  if (!UUID.test(id)) return "not-found";
  const row = await database.report.findUnique({ where: { id }, select: { deleteTokenHash: true } });
  if (!row) return "not-found";
  if (!tokenMatches(token, row.deleteTokenHash)) return "forbidden";
  // deleteMany: a second request racing this one finds nothing rather than failing.
  const { count } = await retryWhileBusy(() => database.report.deleteMany({ where: { id } }));
  return count === 1 ? "deleted" : "not-found";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class ReportCatalogMissingError extends Error {
  constructor(id: string, hash: string) {
    super(`Report ${id} was computed on catalog version ${hash}, which this database does not keep.`);
  }
}

/** A saved report as it was computed, with the claims and sources of its catalog version; null for an unknown id. */
export async function getReport(id: string, database: Db = db): Promise<ReportSnapshot | null> {
  if (!UUID.test(id)) return null;
  const row = await database.report.findUnique({ where: { id } });
  if (!row) return null;
  const read = readStoredReport(row.snapshot);
  if (read.kind === "legacy") return read.snapshot;
  const r = read.report;
  const catalog = await scoringCatalogOf(r.catalogVersion.hash, r.result.today, database);
  if (!catalog) throw new ReportCatalogMissingError(r.id, r.catalogVersion.hash);
  return hydrateReport(r, catalog);
}

export type ReportPage = { reports: ReportSummary[]; page: number; limit: number; total: number; pages: number };

/**
 * One page of the saved reports, newest first (the id breaks ties in the save
 * time, so pages never overlap). A page past the last is empty, not an error.
 */
export async function listReports(query: { page?: number; limit?: number } = {}, database: Db = db): Promise<ReportPage> {
  const page = query.page ?? 1;
  const limit = query.limit ?? REPORTS_PER_PAGE;
  const [total, rows] = await Promise.all([
    database.report.count(),
    database.report.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * limit,
      take: limit,
      select: { title: true, snapshot: true },
    }),
  ]);
  return {
    reports: rows.map((row) => {
      const read = readStoredReport(row.snapshot);
      return summarizeReport(read.kind === "legacy" ? read.snapshot : read.report, row.title);
    }),
    page,
    limit,
    total,
    pages: Math.ceil(total / limit),
  };
}

/** What changed in the catalog under a saved report, and its inputs ranked again today; null when its catalog version is still current. */
export async function getReportStaleness(report: ReportSnapshot): Promise<Staleness | null> {
  const catalog = await getScoringCatalog();
  return reportStaleness(report, catalog, catalog.version, isoDay());
}
