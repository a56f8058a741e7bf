import { describe, expect, test } from "vitest";
import { data } from "@/lib/compare/fixture.test-data";
import type { CompareData } from "@/lib/compare/types";
import { packCompareData, unpackCompareData, type PackedCompareData } from "@/lib/compare/wire";

// As the browser gets the props: through JSON.
const overTheWire = (d: CompareData): PackedCompareData => JSON.parse(JSON.stringify(packCompareData(d))) as PackedCompareData;

describe("the packed form of the comparison data", () => {
  test("unpacks into exactly the data that was packed, disputed cells and their preferred position included", () => {
    expect(unpackCompareData(overTheWire(data))).toEqual(data);
  });

  test("a distro without a claim for a row still has no cell for it", () => {
    const [first, ...rest] = data.distros;
    const { rollback: _dropped, ...cells } = first!.cells;
    const sparse: CompareData = { ...data, distros: [{ ...first!, cells }, ...rest] };
    const back = unpackCompareData(overTheWire(sparse));
    expect(back.distros[0]!.cells).not.toHaveProperty("rollback");
    expect(back).toEqual(sparse);
  });

  test("sends each key once per distro, not once per claim", () => {
    const packed = JSON.stringify(packCompareData(data));
    expect(packed).not.toContain('"display"');
    expect(packed).not.toContain('"preferred"');
    expect(packed.length).toBeLessThan(JSON.stringify(data).length * 0.75);
  });

  test("refuses a cell for an attribute that is not a row, rather than dropping it", () => {
    const stray: CompareData = {
      ...data,
      distros: [{ ...data.distros[0]!, cells: { ...data.distros[0]!.cells, "no-such-row": data.distros[0]!.cells.rollback! } }],
    };
    expect(() => packCompareData(stray)).toThrow(/no-such-row/);
  });

  test("refuses a status it does not know", () => {
    const packed = overTheWire(data);
    packed.distros[0]!.cells[0] = [9, [[null, "x", 9, 1]]];
    expect(() => unpackCompareData(packed)).toThrow(/claim status 9/);
  });
});
