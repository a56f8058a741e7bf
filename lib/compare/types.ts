import type { AttributeGroup, ClaimStatus, ClaimValue, DistroKind, DistroStatus } from "@/lib/validations/catalog";
import type { AttributeView, CitedSource } from "@/lib/validations/api";

/**
 * The plain data the /compare page hands to the browser: what the table
 * shows and compares. What only a cell's dialog and the JSON export need (each
 * claim's note and sources) stays out of the page and comes from the catalog
 * API when asked for (see ClaimEvidence).
 */
export type CompareClaim = {
  value: ClaimValue | null;
  display: string;
  status: ClaimStatus;
  preferred: boolean;
};

/** Why a claim is made and who says so: one per claim of a cell, in the same order. */
export type ClaimEvidence = { note: string | null; sources: CitedSource[] };

/** A distro's evidence for every cell, keyed like CompareDistro.cells. */
export type DistroEvidence = Record<string, ClaimEvidence[]>;

export type CompareCell = { status: ClaimStatus; claims: CompareClaim[] };

export type CompareDistro = {
  slug: string;
  name: string;
  vendor: string;
  kind: DistroKind;
  status: DistroStatus;
  featured: boolean;
  /** Lead package-manager value; null when unknown. Feeds the "has a package manager" facet. */
  packageManager: string | null;
  /** Lead update-model value; null when unknown. */
  updateModel: string | null;
  cells: Record<string, CompareCell>;
};

/** A comparison row: a catalog attribute, or one derived from release data (support end). */
export type CompareAttribute = Pick<AttributeView, "key" | "label" | "group" | "valueType" | "values" | "explanation"> & {
  /** How values order: by rank, true-is-better, superset-is-better, later-is-better, or not at all. */
  order: "rank" | "boolean" | "superset" | "date" | "none";
};

export type CompareData = {
  today: string;
  catalogVersion: string;
  attributes: CompareAttribute[];
  distros: CompareDistro[];
};

export type Group = AttributeGroup;
