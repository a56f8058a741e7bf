"use client";

import { useMemo } from "react";
import { CandidatePicker } from "@/components/decide/candidate-picker";
import { CurrentPicker } from "@/components/decide/current-picker";
import { RequirementsForm } from "@/components/decide/requirements-form";
import { SaveForm } from "@/components/decide/save-form";
import { useDecideState } from "@/components/decide/url-state";
import { WeightsForm } from "@/components/decide/weights-form";
import { IgnoredParamsNotice, useSearchParamsOnce } from "@/components/ignored-params-notice";
import { ResultView } from "@/components/report/result-view";
import { CRITERIA } from "@/lib/decide/criteria";
import { decide } from "@/lib/decide/decide";
import { ignoredDecideParams } from "@/lib/decide/url";
import type { ScoringCatalog } from "@/lib/decide/types";

type Props = { catalog: ScoringCatalog; today: string };

/** The decision builder: inputs on the left, the live ranking on the right; all state is in the URL. */
export function DecideClient({ catalog, today }: Props) {
  const [state, setState] = useDecideState(catalog.distros);
  const { distros: candidates, require: requirements, weights, current, strict } = state;
  const result = useMemo(
    () => decide(catalog, { candidates, requirements, weights, current, strict }, today),
    [catalog, candidates, requirements, weights, current, strict, today],
  );
  const nameOf = (slug: string | null) => catalog.distros.find((d) => d.slug === slug)?.name ?? slug ?? "";
  // What the address asks for that the page cannot use; read in the browser (the prerendered page has no address).
  const params = useSearchParamsOnce();
  const ignored = useMemo(() => ignoredDecideParams(params, catalog.distros), [params, catalog.distros]);
  return (
    <div className="space-y-6">
      <IgnoredParamsNotice messages={ignored} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] 2xl:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
        <div className="space-y-6">
          <CandidatePicker distros={catalog.distros} selected={candidates} onChange={(distros) => setState({ distros })} />
          <CurrentPicker distros={catalog.distros} value={current} onChange={(slug) => setState({ current: slug })} />
          <RequirementsForm
            value={requirements}
            onChange={(require) => setState({ require })}
            strict={strict}
            onStrictChange={(on) => setState({ strict: on || null })}
          />
          <WeightsForm value={weights} onChange={(w) => setState({ weights: w })} />
        </div>
        <div className="min-w-0 space-y-10">
          <section aria-labelledby="result-h">
            <h2 id="result-h" className="mb-3 text-xl font-semibold">
              Result
            </h2>
            <ResultView result={result} criteria={CRITERIA.map(({ key, label }) => ({ key, label }))} nameOf={nameOf} live />
          </section>
          <SaveForm candidates={candidates} requirements={requirements} weights={weights} current={current} strict={strict} />
        </div>
      </div>
    </div>
  );
}
