import { StatusBadge } from "@/components/status-badge";

/** What the matrix means for installing an agent or a driver; our reading of the claims above, not a sourced fact. */
export function ImageHostNotes() {
  return (
    <section
      aria-labelledby="agents-heading"
      className="max-w-3xl rounded-md border border-slate-300 p-4 text-sm dark:border-slate-700"
      data-testid="agent-notes"
    >
      <h2 id="agents-heading" className="flex flex-wrap items-center gap-2 text-xl font-semibold">
        Installing an agent or a driver <StatusBadge status="inferred" />
      </h2>
      <p className="mt-1 muted">Our reading of the claims above, not a statement of any vendor; check the sources in each cell.</p>
      <ul className="mt-2 flex list-disc flex-col gap-2 pl-5">
        <li>
          <span className="font-medium">With a package manager</span> (dnf5, dnf, tdnf, yum, apt): agents and kernel modules install as packages on the host and
          are updated with it, so their versions must track the distribution&apos;s kernel and libraries.
        </li>
        <li>
          <span className="font-medium">Without one</span> (the image-based hosts): nothing is installed onto the read-only host image. An agent runs as a
          container, typically scheduled by the cluster, or in what the host offers instead: admin and control host containers, a toolbox container for
          debugging, or a systemd system extension layered onto /usr. A driver has to come with the image or a supported extension, so check the host&apos;s
          extension mechanism before you pick it for GPU or security-agent workloads.
        </li>
      </ul>
    </section>
  );
}
