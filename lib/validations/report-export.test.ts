import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { loadCatalog } from "@/lib/catalog/load";
import { readCatalog } from "@/lib/catalog/read";
import { readSnapshot } from "@/lib/catalog/snapshot";
import { createReport, getReport } from "@/lib/data/reports";
import { toScoringCatalog, type SourcedScoringDistro } from "@/lib/decide/types";
import { renderJson } from "@/lib/report/csv";
import { buildSnapshot, type ReportSnapshot } from "@/lib/report/snapshot";
import { reportExportSchema, type REPORT_EXPORT_FORMAT, type REPORT_EXPORT_VERSION } from "@/lib/validations/report-export";
import type { ReportInput } from "@/lib/validations/report";
import { FIXTURE_CATALOG } from "@/tests/support/catalog-dir";
import { ATTRIBUTES, HOST, SERVER } from "@/tests/support/decide-fixture";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

type Exported = ReportSnapshot & { format: typeof REPORT_EXPORT_FORMAT; formatVersion: typeof REPORT_EXPORT_VERSION };

// Checked by tsc: the schema and the snapshot type describe the same file, so neither can drift alone.
expectTypeOf<Exported>().toExtend<z.input<typeof reportExportSchema>>();
expectTypeOf<z.output<typeof reportExportSchema>>().toExtend<Exported>();

const VERSION = { hash: "abc123def456", loadedAt: "2026-11-20T10:00:00.000Z" };

function snapshot(input: Partial<ReportInput>, distros: SourcedScoringDistro[] = [HOST, SERVER]): ReportSnapshot {
  const r = buildSnapshot(
    { candidates: distros.map((d) => d.slug), ...input },
    { distros, attributes: ATTRIBUTES },
    VERSION,
    "2026-11-25",
    crypto.randomUUID(),
    "2026-11-25T12:00:00.000Z",
  );
  if (!r.ok) throw new Error(r.error);
  return r.snapshot;
}

/** The file a client downloads, as it reads it. */
const exported = (s: ReportSnapshot): Record<string, unknown> => JSON.parse(renderJson(s)) as Record<string, unknown>;

/**
 * The schema accepts the file and keeps every field of it: the distros reuse
 * the read API's shapes, which drop unknown fields rather than refuse them,
 * so an extra field anywhere shows as a difference.
 */
function expectDescribed(file: unknown) {
  expect(reportExportSchema.parse(file)).toEqual(file);
}

type Path = (string | number)[];

/** A copy of the file with the value at `path` set, or removed when no value is given. */
function edited(file: unknown, path: Path, ...value: [unknown?]): unknown {
  const copy = structuredClone(file);
  let at = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1) ?? "";
  if (value.length === 0) delete at[last];
  else at[last] = value[0];
  return copy;
}

/** The first distro's first claim. */
const CLAIM: Path = ["distros", 0, "attributes", 0, "claims", 0];

const twin = { ...HOST, slug: "twin", name: "TWIN" };

describe("the JSON report export schema", () => {
  test.each<[string, Partial<ReportInput>, SourcedScoringDistro[]?]>([
    ["defaults", {}],
    ["an OS in use today", { candidates: ["host"], current: "server", title: "the EKS node fleet", decisionMakers: ["Ana"], context: "Why we move" }],
    ["requirements, one left unverified by an unknown value", { requirements: { secureBoot: true, arm64: false, cloud: "aws", minSupportYears: 2 } }],
    ["strict requirements excluding an option", { requirements: { managedKubernetes: "eks" }, strict: true }],
    ["no option meeting the requirements", { requirements: { packageManager: true, imageRollback: true } }],
    ["a tie for first place", {}, [HOST, twin]],
  ])("describes a report with %s", (_name, input, distros) => {
    const file = exported(snapshot(input, distros));
    expect(file.format).toBe("distro-atlas-decision-report");
    expect(file.formatVersion).toBe(1);
    expectDescribed(file);
  });

  test("those reports hold an OS in use today, a requirement an unknown value leaves unverified, no chosen option and a tie", () => {
    expect(snapshot({ candidates: ["host"], current: "server" }).result.current).toBe("server");
    const unverified = snapshot({ requirements: { secureBoot: true } }).result.ranked.find((c) => c.slug === "server");
    expect(unverified?.unverified.map((u) => u.outcome)).toEqual(["unverified"]);
    const none = snapshot({ requirements: { packageManager: true, imageRollback: true } }).result;
    expect([none.winner, none.ranked.length, none.revisit]).toEqual([null, 0, null]);
    const tie = snapshot({}, [HOST, twin]).result;
    expect([tie.winner, tie.tiedForFirst]).toEqual([null, ["host", "twin"]]);
  });

  test("refuses a file with a field added or missing, at the top or inside", () => {
    const good = exported(snapshot({ requirements: { secureBoot: true } }));
    expect(reportExportSchema.safeParse(good).success).toBe(true);
    for (const bad of [
      edited(good, ["extra"], 1),
      edited(good, ["sources"]),
      edited(good, ["formatVersion"], 2),
      edited(good, ["format"], "something-else"),
      edited(good, ["result", "ranked", 0, "extra"], 1),
      edited(good, ["result", "ranked", 0, "unverified"]),
      edited(good, ["distros", 0, "extra"], 1),
      edited(good, ["attributes", 0, "extra"], 1),
      edited(good, ["weights", "extra"], 1),
      edited(good, ["weights", "maturity"], 6),
      edited(good, ["result", "today"], "25 Nov 2026"),
      edited(good, ["createdAt"], "2026-11-25"),
      edited(good, CLAIM.concat("history")),
    ]) {
      expect(reportExportSchema.safeParse(bad).success).toBe(false);
    }
    // Inside a claim the read API's shape drops the field; the check above sees it.
    expect(() => expectDescribed(edited(good, CLAIM.concat("extra"), 1))).toThrow();
  });

  describe("a report saved and read back, as the export route serves it", () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await createTestDb("sqlite");
      const read = readCatalog(FIXTURE_CATALOG);
      if (!read.ok) throw new Error(read.errors.map((e) => e.message).join("\n"));
      await loadCatalog(t.db, read.catalog);
    });
    afterAll(async () => {
      await t?.cleanup();
    });

    test("is described, with its claims, releases, managed Kubernetes windows and sources", async () => {
      const snap = await readSnapshot(t.db);
      if (!snap) throw new Error("catalog expected");
      const catalog = { ...toScoringCatalog(snap.distros, snap.attributes), version: snap.version };
      const created = await createReport(
        { candidates: catalog.distros.map((d) => d.slug), current: catalog.distros[0]?.slug, requirements: { ga: true, fips: true }, title: "the test fleet" },
        { today: "2026-11-25", database: t.db, catalog },
      );
      if (!created.ok) throw new Error(created.error);
      const saved = await getReport(created.snapshot.id, t.db);
      const file = exported(saved!);
      expectDescribed(file);
      const distros = file.distros as SourcedScoringDistro[];
      expect(distros.some((d) => (d.managedKubernetes ?? []).length > 0)).toBe(true);
      expect(distros.some((d) => d.attributes.some((a) => a.status === "unknown"))).toBe(true);
      expect((file.sources as unknown[]).length).toBeGreaterThan(0);
    });
  });

  test("converts to a JSON Schema that accepts the file and refuses an added field anywhere", () => {
    expect(() => z.toJSONSchema(reportExportSchema, { target: "openapi-3.0" })).not.toThrow();
    const schema = z.toJSONSchema(reportExportSchema, { target: "draft-2020-12" });
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const file = exported(snapshot({ candidates: ["host"], current: "server", requirements: { secureBoot: true } }));
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(edited(file, CLAIM.concat("extra"), 1))).toBe(false);
    // The named parts a client's generator turns into types.
    expect(Object.keys(schema.$defs ?? {})).toEqual(
      expect.arrayContaining([
        "DecisionReportExport",
        "DecisionResult",
        "RankedOption",
        "ExcludedOption",
        "RequirementCheck",
        "ReportDistro",
        "ReportAttribute",
        "ReportSource",
      ]),
    );
    const text = JSON.stringify(schema);
    expect(text).toContain('"format":"date-time"');
    expect(text).toContain('"format":"date"');
  });
});
