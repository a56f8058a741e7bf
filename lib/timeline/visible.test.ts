import { describe, expect, test } from "vitest";
import type { CycleDates } from "@/lib/timeline/status";
import { parsePicked, togglePicked, visibleCycles, type ListedCycle } from "@/lib/timeline/visible";

const TODAY = "2026-12-04";
const listed = (slug: string, name: string, end: string | null, paidEnd?: string): ListedCycle => {
  const dates: CycleDates = {
    releaseDate: "2018-01-01",
    previewDate: null,
    standard: { name: "Standard", end, paid: false },
    maintenance: null,
    extended: paidEnd ? { name: "Paid add-on", end: paidEnd, paid: true } : null,
  };
  return { id: `${slug}/${name}`, slug, cycle: dates };
};

const cos133 = listed("cos", "133", "2028-11-01");
const cos117 = listed("cos", "117", "2026-09-01");
const cos69 = listed("cos", "69", "2019-12-01");
const al2 = listed("al2", "2", "2026-06-30");
const ubuntu2004 = listed("ubuntu", "20.04", "2025-05-31", "2035-05-31");
const items = [cos133, cos117, cos69, al2, ubuntu2004];
const ids = (r: { shown: { id: string }[] }) => r.shown.map((c) => c.id);

describe("which cycles the page lists", () => {
  test("ended cycles hide by default; one still under a paid tier is not ended", () => {
    const r = visibleCycles([cos133, cos117, cos69, ubuntu2004], { showEnded: false, picked: new Set(), today: TODAY });
    expect(ids(r)).toEqual(["cos/133", "ubuntu/20.04"]);
    expect(r.hidden).toBe(2);
    expect(r.shown.every((c) => !c.ended && c.kept === null)).toBe(true);
  });

  test("a cycle the user picked stays, marked ended, in its place", () => {
    const r = visibleCycles(items, { showEnded: false, picked: new Set(["cos/69"]), today: TODAY });
    expect(ids(r)).toEqual(["cos/133", "cos/69", "al2/2", "ubuntu/20.04"]);
    expect(r.shown.find((c) => c.id === "cos/69")).toMatchObject({ ended: true, kept: "picked" });
    expect(r.hidden).toBe(1);
  });

  test("a selected distro with nothing running keeps its newest cycle", () => {
    const old = listed("al2", "1", "2020-12-31");
    const r = visibleCycles([al2, old], { showEnded: false, picked: new Set(), today: TODAY });
    expect(r.shown).toEqual([{ ...al2, ended: true, kept: "distro" }]);
    expect(r.hidden).toBe(1);
  });

  test("with 'show ended' every cycle shows, ended ones marked but not as kept", () => {
    const r = visibleCycles(items, { showEnded: true, picked: new Set(["cos/69"]), today: TODAY });
    expect(r.hidden).toBe(0);
    expect(r.shown.find((c) => c.id === "cos/69")).toMatchObject({ ended: true, kept: null });
  });
});

test("the cycles parameter keeps known ids once, and a toggle adds or removes one", () => {
  const known = items.map((c) => c.id);
  expect(parsePicked("cos/69,nope/1,cos/69, al2/2", known)).toEqual(["cos/69", "al2/2"]);
  expect(parsePicked(null, known)).toEqual([]);
  expect(togglePicked(["cos/69"], "al2/2")).toBe("cos/69,al2/2");
  expect(togglePicked(["cos/69"], "cos/69")).toBeNull();
});
