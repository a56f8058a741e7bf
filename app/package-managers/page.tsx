import type { Metadata } from "next";
import { ImageHostNotes } from "@/components/matrix/image-host-notes";
import { MatrixView } from "@/components/matrix/matrix-view";
import { UrlStateAdapter } from "@/components/url-state-adapter";
import { listAttributeMatrix } from "@/lib/data/views";

export const metadata: Metadata = { title: "Package managers" };
export const revalidate = 3600;

const KEYS = ["package-manager", "package-format", "update-model", "extension-mechanism"] as const;

export default async function PackageManagersPage() {
  const data = await listAttributeMatrix(KEYS);
  return (
    <div className="flex flex-col gap-6">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Package managers</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          The package manager and format of each distribution, and on image-based hosts what takes their place: host or admin containers, a toolbox, systemd
          system extensions. Every value cites its source.
        </p>
      </header>
      <UrlStateAdapter>
        <MatrixView
          data={data}
          groupKey="package-manager"
          chartTitle="Distributions per package manager"
          caption="Package manager, package format, update model and extension mechanism of the chosen distributions"
        />
      </UrlStateAdapter>
      <ImageHostNotes />
    </div>
  );
}
