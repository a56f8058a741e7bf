import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { ReportList } from "@/components/report/report-list";
import { listReports } from "@/lib/data/reports";
import { reportListQuerySchema } from "@/lib/validations/report-list";

// Read on every request: the list changes with each save.
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Saved decisions",
  description: "Decision reports saved with the decision builder, newest first.",
  robots: { index: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsPage({ searchParams }: Props) {
  // An unreadable page number shows the first page, as other pages fall back to their defaults.
  const asked = reportListQuerySchema.shape.page.safeParse((await searchParams).page);
  const list = await listReports({ page: asked.success ? asked.data : undefined });
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Saved decisions</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Every decision report saved from the{" "}
        <IntentLink href="/decide" className="link">
          decision builder
        </IntentLink>
        . A report keeps the catalog as it was when it was saved, so re-opening one shows exactly what was decided and why.
      </p>
      <div className="mt-6">
        <ReportList list={list} />
      </div>
    </div>
  );
}
