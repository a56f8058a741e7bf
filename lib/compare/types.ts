import type { AttributeGroup, ClaimStatus, ClaimValue, DistroKind, DistroStatus } from "@/lib/validations/catalog";
import type { AttributeView, SourceRef } from "@/lib/validations/api";

/**
 * The plain data the /compare page hands to the browser: claims keep only
 * source ids, and sources travel once in a map, to keep the payload small.
 */
export type CompareClaim = {
  value: ClaimValue | null;
  display: string;
  status: ClaimStatus;
  preferred: boolean;
  note: string | null;
  sources: string[];
};

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
  sources: Record<string, SourceRef>;
};

export type Group = AttributeGroup;
