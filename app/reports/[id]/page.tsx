import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink } from "@/components/intent-link";
import { DeleteReport } from "@/components/report/delete-report";
import { ReportView } from "@/components/report/report-view";
import { getReport, getReportStaleness } from "@/lib/data/reports";
import { headline } from "@/lib/report/snapshot";

type Props = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await getReport((await params).id);
  return { title: report ? headline(report) : "Report not found", robots: { index: false } };
}

export default async function ReportPage({ params }: Props) {
  const report = await getReport((await params).id);
  if (!report) notFound();
  const staleness = await getReportStaleness(report);
  return (
    <>
      <p className="no-print mb-4 text-sm">
        <IntentLink href="/reports" className="link">
          All saved decisions
        </IntentLink>
      </p>
      <DeleteReport id={report.id} />
      <ReportView report={report} staleness={staleness} />
    </>
  );
}
