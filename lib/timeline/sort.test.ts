import { describe, expect, test } from "vitest";
import { parseSort, serializeSort, sortCycles, type SortableCycle } from "@/lib/timeline/sort";
import type { CycleDates } from "@/lib/timeline/status";

const TODAY = "2026-12-04";
const tier = (end: string | null, paid = false) => ({ name: "Tier", end, paid });
const cycle = (label: string, dates: Partial<CycleDates>): SortableCycle & { label: string } => ({
  label,
  cycle: { label, releaseDate: "2020-01-01", previewDate: null, standard: null, maintenance: null, extended: null, ...dates },
});

const rhel9 = cycle("RHEL 9", {
  releaseDate: "2022-05-18",
  standard: tier("2027-05-31", true),
  maintenance: tier("2032-05-31", true),
  extended: tier("2036-05-31", true),
});
const ubuntu2004 = cycle("Ubuntu 20.04 LTS", {
  releaseDate: "2020-04-23",
  standard: tier("2025-05-31"),
  maintenance: tier("2030-05-31", true),
  extended: tier("2035-05-31", true),
});
const bottlerocket = cycle("Bottlerocket 1.x", { releaseDate: "2020-08-31", standard: tier(null) });
const cos133 = cycle("COS 133 LTS", { releaseDate: "2026-09-28", standard: tier("2028-11-01") });
const cos69 = cycle("COS 69 LTS", { releaseDate: "2018-09-18", standard: tier("2019-12-01") });
const azure4 = cycle("Azure Linux 4.0", { releaseDate: null, standard: tier(null) });
const all = [bottlerocket, rhel9, cos133, ubuntu2004, cos69, azure4];
const labels = (items: { label: string }[]) => items.map((i) => i.label);

describe("sorting the lifecycle table", () => {
  test("unsorted keeps the given order, and does not sort in place", () => {
    const given = [...all];
    expect(sortCycles(given, null, TODAY)).toEqual(all);
    sortCycles(given, { id: "standard", desc: false }, TODAY);
    expect(given).toEqual(all);
  });

  test("by an end date, an end no source publishes goes last in both directions", () => {
    expect(labels(sortCycles(all, { id: "standard", desc: false }, TODAY))).toEqual([
      "COS 69 LTS",
      "Ubuntu 20.04 LTS",
      "RHEL 9",
      "COS 133 LTS",
      "Bottlerocket 1.x",
      "Azure Linux 4.0",
    ]);
    expect(labels(sortCycles(all, { id: "standard", desc: true }, TODAY))).toEqual([
      "COS 133 LTS",
      "RHEL 9",
      "Ubuntu 20.04 LTS",
      "COS 69 LTS",
      "Bottlerocket 1.x",
      "Azure Linux 4.0",
    ]);
  });

  test("a tier not offered goes after an unpublished end, in both directions", () => {
    const asc = labels(sortCycles(all, { id: "extended", desc: false }, TODAY));
    const desc = labels(sortCycles(all, { id: "extended", desc: true }, TODAY));
    expect(asc).toEqual(["Ubuntu 20.04 LTS", "RHEL 9", "Bottlerocket 1.x", "COS 133 LTS", "COS 69 LTS", "Azure Linux 4.0"]);
    expect(desc).toEqual(["RHEL 9", "Ubuntu 20.04 LTS", "Bottlerocket 1.x", "COS 133 LTS", "COS 69 LTS", "Azure Linux 4.0"]);
    const withUnpublished = [cos133, cycle("Open extended", { extended: tier(null) })];
    expect(labels(sortCycles(withUnpublished, { id: "extended", desc: true }, TODAY))).toEqual(["Open extended", "COS 133 LTS"]);
  });

  test("a release date not published goes last", () => {
    expect(labels(sortCycles(all, { id: "released", desc: true }, TODAY)).at(-1)).toBe("Azure Linux 4.0");
    expect(labels(sortCycles(all, { id: "released", desc: false }, TODAY))).toEqual([
      "COS 69 LTS",
      "Ubuntu 20.04 LTS",
      "Bottlerocket 1.x",
      "RHEL 9",
      "COS 133 LTS",
      "Azure Linux 4.0",
    ]);
  });

  test("cycle labels sort with their numbers as numbers", () => {
    const cos = [cycle("COS 69 LTS", {}), cycle("COS 133 LTS", {}), cycle("COS 101 LTS", {})];
    expect(labels(sortCycles(cos, { id: "cycle", desc: false }, TODAY))).toEqual(["COS 69 LTS", "COS 101 LTS", "COS 133 LTS"]);
  });

  test("status ascending runs from ended to supported, unpublished last either way", () => {
    // Ubuntu 20.04: free support ended, ESM runs: paid support only.
    expect(labels(sortCycles([bottlerocket, cos133, ubuntu2004, cos69], { id: "status", desc: false }, TODAY))).toEqual([
      "COS 69 LTS",
      "Ubuntu 20.04 LTS",
      "COS 133 LTS",
      "Bottlerocket 1.x",
    ]);
    expect(labels(sortCycles([bottlerocket, cos133, ubuntu2004, cos69], { id: "status", desc: true }, TODAY))).toEqual([
      "COS 133 LTS",
      "Ubuntu 20.04 LTS",
      "COS 69 LTS",
      "Bottlerocket 1.x",
    ]);
  });

  test("ties keep the given order", () => {
    const a = cycle("A", { standard: tier("2030-01-01") });
    const b = cycle("B", { standard: tier("2030-01-01") });
    expect(labels(sortCycles([b, a], { id: "standard", desc: false }, TODAY))).toEqual(["B", "A"]);
    expect(labels(sortCycles([b, a], { id: "standard", desc: true }, TODAY))).toEqual(["B", "A"]);
  });
});

test("the sort travels in the URL as the column, led by '-' when descending; anything else is unsorted", () => {
  expect(parseSort("extended")).toEqual({ id: "extended", desc: false });
  expect(parseSort("-status")).toEqual({ id: "status", desc: true });
  for (const bad of [null, "", "-", "sources", "--extended", "Extended", "extended "]) expect(parseSort(bad)).toBeNull();
  expect(serializeSort({ id: "released", desc: true })).toBe("-released");
  expect(serializeSort(null)).toBeNull();
});
