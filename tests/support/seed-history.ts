// Gives an e2e server's fresh database a history before `npm start` loads the
// shipped catalog: an earlier catalog version (the shipped files with a few
// facts as they stood before), a report saved on it, and a report in the
// layout saved before catalog versions were kept (tests/support/history.ts
// says what, for the specs).
import fs from "node:fs";
import { migrate } from "@/server/prepare-db";
import { loadCatalog, readVersion } from "@/lib/catalog/load";
import { readCatalog, CATALOG_DIR } from "@/lib/catalog/read";
import { snapshotFromDocument } from "@/lib/catalog/snapshot";
import { createDb } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/url";
import { toScoringCatalog } from "@/lib/decide/types";
import { buildSnapshot, headline } from "@/lib/report/snapshot";
import { toStoredReport } from "@/lib/report/stored";
import { copyCatalog } from "@/tests/support/catalog-dir";
import { EARLIER } from "@/tests/support/history";

const url = databaseUrl();
await migrate(url);
const earlier = copyCatalog(CATALOG_DIR);
earlier.edit("distros/amazon-linux-2023.json", (j) => {
  j.releases[0].maintenance.end = EARLIER.al2023MaintenanceEnd;
  j.claims["secure-boot"] = [
    {
      value: null,
      display: "Not stated",
      status: "unknown",
      note: "Not yet found on AWS's pages.",
      sources: j.claims["secure-boot"][0].sources.map((s: { source: string }) => ({ source: s.source })),
    },
  ];
});
// Flatcar's newest Stable major was not out yet; the source only it cites goes with it.
let dropped: string[] = [];
earlier.edit("distros/flatcar.json", (j) => {
  dropped = j.releases.shift().sources.map((s: { source: string }) => s.source);
});
earlier.edit("sources/flatcar-acl.json", (list) => {
  const stillCited = JSON.stringify(JSON.parse(fs.readFileSync(`${earlier.dir}/distros/flatcar.json`, "utf8")));
  return list.splice(0, list.length, ...list.filter((s: { id: string }) => !dropped.includes(s.id) || stillCited.includes(`"${s.id}"`)));
});
const read = readCatalog(earlier.dir);
if (!read.ok) throw new Error(`earlier catalog invalid: ${JSON.stringify(read.errors.slice(0, 3))}`);

const db = createDb(url);
try {
  await loadCatalog(db, read.catalog, { now: new Date(EARLIER.loadedAt) });
  const version = await readVersion(db);
  if (!version) throw new Error("earlier version not stored");
  const cv = { hash: version.hash, loadedAt: version.loadedAt.toISOString() };
  const snap = snapshotFromDocument(version.document, cv, EARLIER.day);
  const catalog = toScoringCatalog(snap.distros, snap.attributes);
  const input = { candidates: ["amazon-linux-2023", "bottlerocket", "flatcar"], title: EARLIER.reportSubject, requirements: { secureBoot: true } };
  const saved = buildSnapshot(input, catalog, cv, EARLIER.day, EARLIER.storedId, `${EARLIER.day}T10:00:00.000Z`);
  const legacy = buildSnapshot({ ...input, title: EARLIER.legacySubject }, catalog, cv, EARLIER.day, EARLIER.legacyId, `${EARLIER.day}T11:00:00.000Z`);
  if (!saved.ok || !legacy.ok) throw new Error("seed reports not built");
  for (const [s, json] of [
    [saved.snapshot, JSON.stringify(toStoredReport(saved.snapshot))],
    [legacy.snapshot, JSON.stringify(legacy.snapshot)],
  ] as const) {
    await db.report.create({ data: { id: s.id, createdAt: new Date(s.createdAt), title: headline(s), catalogHash: cv.hash, snapshot: json } });
  }
  console.log(`seed: earlier catalog ${cv.hash} and two reports saved on it`);
} finally {
  await db.$disconnect();
}
