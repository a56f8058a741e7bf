import { describe, expect, test } from "vitest";
import { chartRows, shortCycleLabel } from "@/lib/timeline/chart-rows";
import { cycleSegments, cycleStatus, dayInWindow, isFullyEnded, timeWindow, yearTicks, type CycleDates } from "@/lib/timeline/status";

const rhel9: CycleDates = {
  releaseDate: "2022-05-18",
  previewDate: null,
  standard: { name: "Full Support", end: "2027-05-31", paid: false },
  maintenance: { name: "Maintenance Support", end: "2032-05-31", paid: false },
  extended: { name: "Extended Life Cycle Support", end: "2036-05-31", paid: false },
};
const ubuntu2004: CycleDates = {
  releaseDate: "2020-04-23",
  previewDate: null,
  standard: { name: "Standard support", end: "2025-05-31", paid: false },
  maintenance: null,
  extended: { name: "Expanded Security Maintenance", end: "2030-04-02", paid: false },
};
const bottlerocket: CycleDates = {
  releaseDate: "2020-08-31",
  previewDate: "2020-02-27",
  standard: { name: "Update policy (per variant)", end: null, paid: false },
  maintenance: null,
  extended: null,
};

describe("cycle status with today injected", () => {
  test("supported, ends within 12 months, ended", () => {
    expect(cycleStatus(rhel9, "2026-09-01")).toBe("supported");
    expect(cycleStatus(rhel9, "2031-06-01")).toBe("ending");
    expect(cycleStatus(rhel9, "2032-06-01")).toBe("ended");
    expect(cycleStatus(bottlerocket, "2026-09-01")).toBe("unpublished");
  });

  test("the status moves with today, not with the wall clock", () => {
    expect(cycleStatus(ubuntu2004, "2024-01-01")).toBe("supported");
    expect(cycleStatus(ubuntu2004, "2025-05-31")).toBe("ending");
    expect(cycleStatus(ubuntu2004, "2025-06-01")).toBe("ended");
  });

  test("a cycle is fully ended only when every tier, extended included, has ended", () => {
    expect(isFullyEnded(ubuntu2004, "2026-09-01")).toBe(false);
    expect(isFullyEnded(ubuntu2004, "2030-04-03")).toBe(true);
    expect(isFullyEnded(bottlerocket, "2099-01-01")).toBe(false);
  });
});

describe("time windows and segments", () => {
  test("presets", () => {
    expect(timeWindow("2018-2036", "2026-09-01", [])).toEqual({ start: "2018-01-01", end: "2036-12-31" });
    expect(timeWindow("next-5-years", "2026-09-01", [])).toEqual({ start: "2026-09-01", end: "2031-09-01" });
    expect(timeWindow("all", "2026-09-01", ["2010-12-01", "2039-05-31"])).toEqual({ start: "2009-01-01", end: "2040-12-31" });
  });

  test("tiers follow each other from the release date", () => {
    const w = { start: "2022-01-01", end: "2036-12-31" };
    const s = cycleSegments(rhel9, w) ?? [];
    expect(s.map((x) => x.kind)).toEqual(["standard", "maintenance", "extended"]);
    expect(s[0]?.from).toBe(dayInWindow("2022-05-18", w));
    expect(s[0]?.to).toBe(s[1]?.from);
    expect(s[2]?.to).toBe(dayInWindow("2036-05-31", w));
  });

  test("an unpublished end runs open to the window's edge, after the preview", () => {
    const w = { start: "2018-01-01", end: "2036-12-31" };
    const s = cycleSegments(bottlerocket, w) ?? [];
    expect(s.map((x) => [x.kind, x.open])).toEqual([
      ["preview", false],
      ["standard", true],
    ]);
    expect(s[1]?.to).toBe(dayInWindow("2036-12-31", w));
  });

  test("no release date: cannot be placed", () => {
    expect(cycleSegments({ ...rhel9, releaseDate: null }, { start: "2018-01-01", end: "2036-12-31" })).toBeNull();
  });

  test("segments are clipped to the window", () => {
    const s = cycleSegments(rhel9, { start: "2030-01-01", end: "2034-12-31" }) ?? [];
    expect(s.map((x) => x.kind)).toEqual(["maintenance", "extended"]);
    expect(s[0]?.from).toBe(0);
  });

  test("year ticks fall on 1 January inside the window", () => {
    expect(yearTicks({ start: "2026-09-01", end: "2028-03-01" }).map((t) => t.year)).toEqual([2027, 2028]);
  });
});

describe("chart rows", () => {
  test("rows stack an offset and tier lengths; unplaceable cycles are reported", () => {
    const w = { start: "2018-01-01", end: "2036-12-31" };
    const { rows, unplaced } = chartRows(
      [
        { id: "rhel/9", distroName: "Red Hat Enterprise Linux", cycleLabel: "RHEL 9", cycle: rhel9 },
        { id: "br/1.x", distroName: "Bottlerocket", cycleLabel: "Bottlerocket 1.x", cycle: bottlerocket },
        { id: "al4/4.0", distroName: "Azure Linux 4.0", cycleLabel: "Azure Linux 4.0", cycle: { ...rhel9, releaseDate: null } },
      ],
      w,
      "2026-09-01",
    );
    expect(unplaced.map((u) => u.id)).toEqual(["al4/4.0"]);
    const [r, b] = rows;
    expect(r?.label).toBe("RHEL 9");
    expect((r?.offset ?? 0) + (r?.standard ?? 0) + (r?.maintenance ?? 0) + (r?.extended ?? 0)).toBe(dayInWindow("2036-05-31", w));
    expect(r?.details).toContain("Maintenance Support (maintenance): until 31 May 2032");
    expect(b?.open).toBe("standard");
    expect(b?.statusLabel).toBe("End not published");
  });
});

test("axis labels name the distro only where the cycle label does not", () => {
  expect(shortCycleLabel("Flatcar Container Linux", "LTS-2024 (4081)")).toBe("Flatcar LTS-2024 (4081)");
  expect(shortCycleLabel("Container-Optimized OS", "COS 129 LTS")).toBe("COS 129 LTS");
  expect(shortCycleLabel("Ubuntu LTS", "Ubuntu 24.04 LTS")).toBe("Ubuntu 24.04 LTS");
});

test("chart rows mark paid tiers, open ends and ended cycles", () => {
  const w = { start: "2018-01-01", end: "2036-12-31" };
  const ubuntu: CycleDates = { ...ubuntu2004, extended: { name: "Legacy add-on", end: "2035-05-31", paid: true } };
  const cos69: CycleDates = {
    releaseDate: "2018-09-18",
    previewDate: null,
    standard: { name: "LTS support", end: "2019-12-01", paid: false },
    maintenance: null,
    extended: null,
  };
  const { rows } = chartRows(
    [
      { id: "u/20.04", distroName: "Ubuntu LTS", cycleLabel: "Ubuntu 20.04 LTS", cycle: ubuntu },
      { id: "br/1.x", distroName: "Bottlerocket", cycleLabel: "Bottlerocket 1.x", cycle: bottlerocket },
      { id: "cos/69", distroName: "Container-Optimized OS", cycleLabel: "COS 69 LTS", cycle: cos69 },
    ],
    w,
    "2026-12-04",
  );
  const [u, b, c] = rows;
  expect(u?.paid).toEqual({ standard: false, maintenance: false, extended: true });
  expect(u?.details).toContain("Legacy add-on (extended, paid): until 31 May 2035");
  expect([u?.open, b?.open]).toEqual([null, "standard"]);
  expect([u?.label, c?.label]).toEqual(["Ubuntu 20.04 LTS", "COS 69 LTS (ended)"]);
  const { rows: named } = chartRows(
    [{ id: "u/24.04", distroName: "Ubuntu LTS", cycleLabel: "Ubuntu 24.04 LTS (Noble Numbat)", cycle: ubuntu }],
    w,
    "2036-01-01",
  );
  expect(named[0]).toMatchObject({ label: "Ubuntu 24.04 LTS (Noble Numbat) (ended)", compactLabel: "Ubuntu 24.04 LTS (ended)" });
  expect([u?.ended, b?.ended, c?.ended]).toEqual([false, false, true]);
});
