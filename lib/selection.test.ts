import { describe, expect, test } from "vitest";
import { MAX_SELECTION, defaultSelection, parseSelection, serializeSelection } from "@/lib/selection";

const distros = [
  { slug: "a", featured: true },
  { slug: "b", featured: false },
  { slug: "c", featured: true },
];

describe("selection", () => {
  test("defaults to the featured distros in catalog order", () => {
    expect(defaultSelection(distros)).toEqual(["a", "c"]);
    expect(parseSelection(null, distros)).toEqual(["a", "c"]);
    expect(parseSelection("", distros)).toEqual(["a", "c"]);
  });
  test("keeps the given order, drops unknown and repeated slugs", () => {
    expect(parseSelection("c,b,zz,c", distros)).toEqual(["c", "b"]);
    expect(parseSelection(["b,a", "c"], distros)).toEqual(["b", "a"]);
  });
  test("tampered values fall back to the default", () => {
    expect(parseSelection("<script>,../../etc", distros)).toEqual(["a", "c"]);
    expect(parseSelection(",,,", distros)).toEqual(["a", "c"]);
  });
  test("is bounded and round-trips", () => {
    const more = Array.from({ length: MAX_SELECTION + 5 }, (_, i) => ({ slug: `d${i}`, featured: false }));
    expect(parseSelection(more.map((d) => d.slug).join(","), more)).toHaveLength(MAX_SELECTION);
    expect(parseSelection(serializeSelection(["b", "c"]), distros)).toEqual(["b", "c"]);
  });
});
