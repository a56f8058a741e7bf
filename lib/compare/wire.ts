import type { ClaimStatus } from "@/lib/validations/catalog";
import type { CompareAttribute, CompareCell, CompareClaim, CompareData, CompareDistro } from "@/lib/compare/types";

/*
 * How CompareData travels from the server component to the browser. React
 * writes a client component's props into the page as JSON inside a script
 * string, so every key of every claim is sent (and escaped) once per claim:
 * with ten distros that was over a third of /compare's HTML. Packed, a cell is
 * a tuple in its attribute's position and a status is its index; the browser
 * unpacks it once, into exactly the CompareData the server built.
 */

// Spelled out rather than taken from the zod schema, which would bring zod into the page's script.
// The record makes the compiler insist on every status; a status travels as its position here.
const LISTED: Record<ClaimStatus, true> = { confirmed: true, reported: true, disputed: true, unknown: true, inferred: true };
const STATUSES = Object.keys(LISTED) as ClaimStatus[];

/** [value, display, status index, 1 if preferred else 0] */
type PackedClaim = [CompareClaim["value"], string, number, 0 | 1];
/** [cell status index, claims]; null where the distro has no claim for the attribute. */
type PackedCell = [number, PackedClaim[]] | null;

type PackedDistro = Omit<CompareDistro, "cells"> & { cells: PackedCell[] };

export type PackedCompareData = Omit<CompareData, "distros"> & { distros: PackedDistro[] };

const statusIndex = (s: ClaimStatus): number => STATUSES.indexOf(s);

function statusAt(i: number): ClaimStatus {
  const s = STATUSES[i];
  if (s === undefined) throw new Error(`packed compare data: no claim status ${i}`);
  return s;
}

function packCell(cell: CompareCell): PackedCell {
  return [statusIndex(cell.status), cell.claims.map((c) => [c.value, c.display, statusIndex(c.status), c.preferred ? 1 : 0])];
}

function unpackCell([status, claims]: [number, PackedClaim[]]): CompareCell {
  return {
    status: statusAt(status),
    claims: claims.map(([value, display, s, preferred]) => ({ value, display, status: statusAt(s), preferred: preferred === 1 })),
  };
}

export function packCompareData(data: CompareData): PackedCompareData {
  const keys = new Set(data.attributes.map((a) => a.key));
  return {
    ...data,
    distros: data.distros.map(({ cells, ...distro }) => {
      const stray = Object.keys(cells).find((k) => !keys.has(k));
      // A cell without a row would be dropped silently by the positional encoding.
      if (stray) throw new Error(`packed compare data: ${distro.slug} has a cell for ${stray}, which is not a comparison row`);
      return {
        ...distro,
        cells: data.attributes.map((a: CompareAttribute) => {
          const cell = cells[a.key];
          return cell ? packCell(cell) : null;
        }),
      };
    }),
  };
}

export function unpackCompareData(packed: PackedCompareData): CompareData {
  return {
    ...packed,
    distros: packed.distros.map(({ cells, ...distro }) => {
      const unpacked: Record<string, CompareCell> = {};
      packed.attributes.forEach((a, i) => {
        const cell = cells[i];
        if (cell) unpacked[a.key] = unpackCell(cell);
      });
      return { ...distro, cells: unpacked };
    }),
  };
}
