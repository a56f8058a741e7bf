import type { Metadata } from "next";
import { MatrixView } from "@/components/matrix/matrix-view";
import { UrlStateAdapter } from "@/components/url-state-adapter";
import { listAttributeMatrix } from "@/lib/data/views";

export const metadata: Metadata = { title: "Update models" };
export const revalidate = 3600;

const KEYS = ["update-model", "root-filesystem", "rollback", "update-orchestration", "release-cadence"] as const;

export default async function UpdateModelsPage() {
  const data = await listAttributeMatrix(KEYS);
  return (
    <div className="flex flex-col gap-6">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Update models</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          How each distribution is updated: package by package or as whole images (A/B partitions, dm-verity), whether a failed update rolls back, who
          orchestrates reboots, and the channels and cadence of releases. Every value cites its source.
        </p>
      </header>
      <UrlStateAdapter>
        <MatrixView
          data={data}
          groupKey="update-model"
          chartTitle="Distributions per update model"
          caption="Update model, root filesystem, rollback, orchestration and cadence of the chosen distributions"
        />
      </UrlStateAdapter>
    </div>
  );
}
