"use client";

import { useMemo } from "react";
import { createParser, useQueryStates } from "nuqs";
import { parseRequirements, parseWeights, REQUIRE_PARAM, serializeRequirements, serializeWeights, WEIGHTS_PARAM } from "@/lib/decide/url";
import { defaultSelection, parseSelection, SELECTION_PARAM, serializeSelection, type SelectableDistro } from "@/lib/selection";
import { DEFAULT_WEIGHTS } from "@/lib/decide/inputs";

/** /decide's state in the URL: the shared `distros` selection, `require` and `weights`; unreadable values fall back to defaults. */
export function useDecideState(distros: SelectableDistro[]) {
  const parsers = useMemo(
    () => ({
      [SELECTION_PARAM]: createParser({ parse: (v) => parseSelection(v, distros), serialize: serializeSelection, eq: (a, b) => a.join() === b.join() }).withDefault(defaultSelection(distros)),
      [REQUIRE_PARAM]: createParser({ parse: parseRequirements, serialize: serializeRequirements, eq: (a, b) => serializeRequirements(a) === serializeRequirements(b) }).withDefault({}),
      [WEIGHTS_PARAM]: createParser({ parse: parseWeights, serialize: serializeWeights, eq: (a, b) => serializeWeights(a) === serializeWeights(b) }).withDefault(DEFAULT_WEIGHTS),
    }),
    [distros],
  );
  return useQueryStates(parsers, { history: "replace" });
}
