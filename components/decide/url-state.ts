"use client";

import { useMemo } from "react";
import { createParser, useQueryStates } from "nuqs";
import {
  CURRENT_PARAM,
  parseRequirements,
  parseStrict,
  parseWeights,
  REQUIRE_PARAM,
  serializeRequirements,
  serializeWeights,
  STRICT_PARAM,
  WEIGHTS_PARAM,
} from "@/lib/decide/url";
import { defaultSelection, parseSelection, SELECTION_PARAM, serializeSelection, type SelectableDistro } from "@/lib/selection";
import { DEFAULT_WEIGHTS } from "@/lib/decide/inputs";

/** /decide's state in the URL: the shared `distros` selection, `require`, `weights`, `current` and `strict`; unreadable values fall back to defaults. */
export function useDecideState(distros: SelectableDistro[]) {
  const parsers = useMemo(
    () => ({
      [SELECTION_PARAM]: createParser({
        parse: (v) => parseSelection(v, distros),
        serialize: serializeSelection,
        eq: (a, b) => a.join() === b.join(),
      }).withDefault(defaultSelection(distros)),
      [REQUIRE_PARAM]: createParser({
        parse: parseRequirements,
        serialize: serializeRequirements,
        eq: (a, b) => serializeRequirements(a) === serializeRequirements(b),
      }).withDefault({}),
      [WEIGHTS_PARAM]: createParser({
        parse: parseWeights,
        serialize: serializeWeights,
        eq: (a, b) => serializeWeights(a) === serializeWeights(b),
      }).withDefault(DEFAULT_WEIGHTS),
      // An unknown slug reads as no OS in use today.
      [CURRENT_PARAM]: createParser({ parse: (v) => (distros.some((d) => d.slug === v) ? v : null), serialize: (v: string) => v }),
      [STRICT_PARAM]: createParser({ parse: parseStrict, serialize: (v: boolean) => (v ? "1" : "") }).withDefault(false),
    }),
    [distros],
  );
  return useQueryStates(parsers, { history: "replace" });
}
