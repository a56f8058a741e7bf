import "server-only";
import { db, type Db } from "@/lib/db/client";
import { getCatalogVersion, listAttributes, listDistroDetails } from "@/lib/data/catalog";
import { toScoringCatalog, type SourcedScoringCatalog } from "@/lib/decide/types";
import { buildSnapshot, headline, upgradeSnapshot, type ReportSnapshot } from "@/lib/report/snapshot";
import { summarizeReport } from "@/lib/report/summary";
import type { CatalogVersion } from "@/lib/validations/api";
import type { ReportInput } from "@/lib/validations/report";
import { REPORTS_PER_PAGE, type ReportSummary } from "@/lib/validations/report-list";

export type VersionedScoringCatalog = SourcedScoringCatalog & { version: CatalogVersion };

/** The current catalog, trimmed to what the decision builder reads. */
export async function getScoringCatalog(): Promise<VersionedScoringCatalog> {
  const [distros, attributes, version] = await Promise.all([listDistroDetails(), listAttributes(), getCatalogVersion()]);
  return { ...toScoringCatalog(distros, attributes), version };
}

type CreateOptions = { today: string; now?: Date; database?: Db; catalog?: VersionedScoringCatalog };

/**
 * Computes and stores a report under a random, unguessable id. An unknown
 * candidate is an error and nothing is stored.
 */
export async function createReport(input: ReportInput, opts: CreateOptions): Promise<{ ok: true; snapshot: ReportSnapshot } | { ok: false; error: string }> {
  const catalog = opts.catalog ?? (await getScoringCatalog());
  const now = opts.now ?? new Date();
  const built = buildSnapshot(input, catalog, catalog.version, opts.today, crypto.randomUUID(), now.toISOString());
  if (!built.ok) return built;
  const s = built.snapshot;
  await (opts.database ?? db).report.create({
    data: { id: s.id, createdAt: now, title: headline(s), catalogHash: s.catalogVersion.hash, snapshot: JSON.stringify(s) },
  });
  return built;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A saved report exactly as it was computed; null for an unknown id. */
export async function getReport(id: string, database: Db = db): Promise<ReportSnapshot | null> {
  if (!UUID.test(id)) return null;
  const row = await database.report.findUnique({ where: { id } });
  return row ? upgradeSnapshot(JSON.parse(row.snapshot) as ReportSnapshot) : null;
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
    database.report.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * limit, take: limit, select: { title: true, snapshot: true } }),
  ]);
  return {
    reports: rows.map((row) => summarizeReport(upgradeSnapshot(JSON.parse(row.snapshot) as ReportSnapshot), row.title)),
    page,
    limit,
    total,
    pages: Math.ceil(total / limit),
  };
}
