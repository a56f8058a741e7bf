"use client";

import { parseAsString, useQueryState } from "nuqs";
import { parseSelection, SELECTION_PARAM, serializeSelection, type SelectableDistro } from "@/lib/selection";

/** The shared `distros` URL parameter as a list of known slugs (the five featured distros by default). */
export function useDistroSelection(distros: SelectableDistro[]): [string[], (slugs: string[]) => void] {
  const [raw, setRaw] = useQueryState(SELECTION_PARAM, parseAsString);
  const slugs = parseSelection(raw, distros);
  return [slugs, (next) => void setRaw(serializeSelection(next))];
}
