import { ChangeItem } from "@/components/changes/change-item";
import { changeDateLabel } from "@/lib/changes/dates";
import type { Change } from "@/lib/validations/changes";

/** Changes newest first, under a heading per day (or per month for a vendor's statement dated only by month). */
export function ChangeList({ changes, showDistro = true, headingLevel = 2 }: { changes: Change[]; showDistro?: boolean; headingLevel?: 2 | 3 }) {
  const groups: { label: string; items: Change[] }[] = [];
  for (const c of changes) {
    const label = changeDateLabel(c.date);
    const last = groups.at(-1);
    if (last?.label === label) last.items.push(c);
    else groups.push({ label, items: [c] });
  }
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="flex flex-col gap-6" data-testid="change-list">
      {groups.map((g) => (
        <section key={g.label} aria-label={g.label}>
          <Heading className="text-lg font-semibold">{g.label}</Heading>
          <ul className="mt-2 flex flex-col gap-4">
            {g.items.map((c) => (
              <ChangeItem key={c.id} change={c} showDistro={showDistro} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
