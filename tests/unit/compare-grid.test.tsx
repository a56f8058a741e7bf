// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { DataTable } from "@/components/compare/data-table";
import { GROUP_ROW_HEIGHT, ROW_HEIGHT } from "@/components/compare/grid-window";
import { parseViewState } from "@/lib/compare/state";
import type { CompareAttribute, CompareData, CompareDistro } from "@/lib/compare/types";
import { computeView } from "@/lib/compare/view";
import { attributeGroups } from "@/lib/catalog/constants";

// A wide comparison (the benchmark's shape): 50 distros × 60 ranked attributes spread over the groups.
const ATTRS: CompareAttribute[] = Array.from({ length: 60 }, (_, i) => ({
  key: `a${i}`,
  label: `Attribute ${i}`,
  group: attributeGroups[i % attributeGroups.length]!,
  valueType: "enum",
  order: "rank",
  explanation: "x",
  values: [0, 1, 2].map((r) => ({ value: `v${r}`, label: `V${r}`, rank: r })),
}));
const DISTROS: CompareDistro[] = Array.from({ length: 50 }, (_, d) => ({
  slug: `d${d}`,
  name: `Distro ${d}`,
  vendor: `Vendor ${d % 4}`,
  kind: "general-purpose",
  status: "ga",
  featured: d < 5,
  packageManager: "dnf",
  updateModel: "package",
  cells: Object.fromEntries(
    ATTRS.map((a, i) => [
      a.key,
      { status: "confirmed" as const, claims: [{ value: `v${(d + i) % 3}`, display: `V${(d + i) % 3}`, status: "confirmed" as const, preferred: true }] },
    ]),
  ),
}));
const DATA: CompareData = { today: "2026-12-03", catalogVersion: "test", attributes: ATTRS, distros: DISTROS };
const ALL = DISTROS.map((d) => d.slug).join(",");

const noop = () => {};
const viewWith = (base: string | null) => computeView(DATA, parseViewState({ distros: ALL, base }, DATA));

// jsdom lays nothing out: give the scroller a window's size and the header a height.
function size(el: HTMLElement, width: number, height: number) {
  Object.defineProperty(el, "clientWidth", { configurable: true, value: width });
  Object.defineProperty(el, "clientHeight", { configurable: true, value: height });
}

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 1400 });
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 900 });
  Object.defineProperty(HTMLElement.prototype, "offsetHeight", { configurable: true, get: () => 60 });
  window.requestAnimationFrame = (cb) => window.setTimeout(() => cb(performance.now()), 0);
});
afterEach(cleanup);

function renderedRows(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLTableRowElement>("tbody tr[data-row]")];
}

describe("the wide comparison grid", () => {
  test("renders only the rows and columns in view, with spacers that keep the full size", () => {
    const { container } = render(<DataTable view={viewWith(null)} highlight={false} onToggleGroup={noop} onOpenCell={noop} />);
    const table = container.querySelector("table")!;
    expect(table.getAttribute("aria-rowcount")).toBe(String(60 + attributeGroups.length + 1));
    const rows = renderedRows(container);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(20);
    // Columns: those in the 1400 px window after the 192 px attribute column, plus two of overscan.
    const cells = rows[0]!.querySelectorAll(".compare-cell");
    expect(cells.length).toBe(Math.ceil((1400 - 192) / 224) + 2);
    const below = container.querySelector<HTMLTableRowElement>("tbody[aria-hidden] tr")!;
    const renderedHeight = [...container.querySelectorAll<HTMLTableRowElement>("tbody:not([aria-hidden]) tr")].reduce(
      (h, tr) => h + Number.parseFloat(tr.style.height),
      0,
    );
    const total = 60 * ROW_HEIGHT + attributeGroups.length * GROUP_ROW_HEIGHT;
    expect(renderedHeight + Number.parseFloat(below.style.height)).toBe(total);
  });

  test("scrolling brings the rows and columns in view, each row saying where it sits", async () => {
    const { container, getByTestId } = render(<DataTable view={viewWith(null)} highlight={false} onToggleGroup={noop} onOpenCell={noop} />);
    const scroller = getByTestId("compare-scroller");
    size(scroller, 1400, 900);
    scroller.scrollTop = 3000;
    scroller.scrollLeft = 224 * 20;
    await act(async () => {
      fireEvent.scroll(scroller);
      await new Promise((r) => setTimeout(r, 5));
    });
    const rows = renderedRows(container);
    const first = Number(rows[0]!.getAttribute("aria-rowindex"));
    expect(first).toBeGreaterThan(20);
    // Consecutive row indexes, group heading rows included.
    const indexes = [...container.querySelectorAll("tbody:not([aria-hidden]) tr")].map((tr) => Number(tr.getAttribute("aria-rowindex")));
    expect(indexes).toEqual(indexes.map((_, i) => indexes[0]! + i));
    const above = container.querySelector<HTMLTableRowElement>("tbody[aria-hidden] tr")!;
    // Everything above the window (less the overscan) is one spacer.
    expect(Number.parseFloat(above.style.height)).toBeGreaterThan(3000 - 5 * ROW_HEIGHT);
    expect(Number.parseFloat(above.style.height)).toBeLessThanOrEqual(3000);
    const headers = [...container.querySelectorAll("thead th[scope=col]")].map((th) => th.textContent);
    // Scrolled 20 columns right: column 20 is the first fully shown, two more are kept to its left.
    expect(headers).toContain("Distro 18Vendor 2");
    expect(headers).toContain("Distro 20Vendor 0");
    expect(headers).not.toContain("Distro 17Vendor 1");
  });

  test("a new baseline updates the cells in place instead of remounting them", () => {
    const { container, rerender } = render(<DataTable view={viewWith("d2")} highlight={false} onToggleGroup={noop} onOpenCell={noop} />);
    const button = container.querySelector<HTMLButtonElement>('tr[data-row="a0"] .compare-cell')!;
    expect(button.textContent).toContain("Distro 0, Attribute 0");
    const before = button.querySelector("[data-verdict]")?.getAttribute("data-verdict");
    rerender(<DataTable view={viewWith("d0")} highlight={false} onToggleGroup={noop} onOpenCell={noop} />);
    const after = container.querySelector<HTMLButtonElement>('tr[data-row="a0"] .compare-cell')!;
    expect(after).toBe(button);
    expect(before).toBe("worse");
    expect(after.querySelector("[data-verdict]")?.getAttribute("data-verdict")).toBe("baseline");
  });
});

describe("keyboard focus in the wide grid", () => {
  test("one cell is in the tab order; arrows move it, and a move past the rendered columns scrolls there first", async () => {
    const { container, getByTestId } = render(<DataTable view={viewWith(null)} highlight={false} onToggleGroup={noop} onOpenCell={noop} />);
    const scroller = getByTestId("compare-scroller");
    size(scroller, 1400, 900);
    const tabbable = () => [...container.querySelectorAll<HTMLButtonElement>('.compare-cell[tabindex="0"]')];
    expect(tabbable()).toHaveLength(1);
    const first = tabbable()[0]!;
    expect(first.textContent).toContain("Distro 0, Attribute 0");
    act(() => first.focus());
    fireEvent.keyDown(first, { key: "ArrowRight" });
    expect(document.activeElement?.textContent).toContain("Distro 1, Attribute 0");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement?.textContent).toContain("Distro 1, Attribute 6"); // the next row shown: group order
    expect(tabbable()).toHaveLength(1);
    // End: the last of 50 columns is not rendered yet; the grid scrolls to it, then focuses it.
    let scrolledTo: ScrollToOptions | undefined;
    scroller.scrollTo = ((o: ScrollToOptions) => {
      scrolledTo = o;
      scroller.scrollLeft = o.left ?? 0;
      scroller.scrollTop = o.top ?? 0;
    }) as typeof scroller.scrollTo;
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: "End" });
      await new Promise((r) => setTimeout(r, 5));
    });
    expect(scrolledTo?.left).toBeGreaterThan(224 * 40);
    await act(async () => {
      fireEvent.scroll(scroller);
      await new Promise((r) => setTimeout(r, 5));
    });
    expect(document.activeElement?.textContent).toContain("Distro 49, Attribute 6");
    expect(tabbable()).toHaveLength(1);
  });
});
