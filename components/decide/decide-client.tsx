"use client";

import { useMemo } from "react";
import { CandidatePicker } from "@/components/decide/candidate-picker";
import { RequirementsForm } from "@/components/decide/requirements-form";
import { SaveForm } from "@/components/decide/save-form";
import { useDecideState } from "@/components/decide/url-state";
import { WeightsForm } from "@/components/decide/weights-form";
import { ResultView } from "@/components/report/result-view";
import { CRITERIA } from "@/lib/decide/criteria";
import { decide } from "@/lib/decide/decide";
import type { ScoringCatalog } from "@/lib/decide/types";

type Props = { catalog: ScoringCatalog; today: string };

/** The decision builder: inputs on the left, the live ranking on the right; all state is in the URL. */
export function DecideClient({ catalog, today }: Props) {
  const [state, setState] = useDecideState(catalog.distros);
  const { distros: candidates, require: requirements, weights } = state;
  const result = useMemo(() => decide(catalog, { candidates, requirements, weights }, today), [catalog, candidates, requirements, weights, today]);
  const nameOf = (slug: string | null) => catalog.distros.find((d) => d.slug === slug)?.name ?? slug ?? "";
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <div className="space-y-6">
        <CandidatePicker distros={catalog.distros} selected={candidates} onChange={(distros) => setState({ distros })} />
        <RequirementsForm value={requirements} onChange={(require) => setState({ require })} />
        <WeightsForm value={weights} onChange={(w) => setState({ weights: w })} />
      </div>
      <div className="min-w-0 space-y-10">
        <section aria-labelledby="result-h">
          <h2 id="result-h" className="mb-3 text-xl font-semibold">Result</h2>
          <ResultView result={result} criteria={CRITERIA.map(({ key, label }) => ({ key, label }))} nameOf={nameOf} />
        </section>
        <SaveForm candidates={candidates} requirements={requirements} weights={weights} />
      </div>
    </div>
  );
}
