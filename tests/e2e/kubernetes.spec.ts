import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./a11y";

type Cited = { id: string; url: string | null; kind: string; quote: string | null };
type Version = {
  version: string;
  released: string | null;
  standardEnd: string | null;
  extendedEnd: string | null;
  extended: boolean;
  status: string;
  sources: Cited[];
};
type Service = {
  slug: string;
  name: string;
  shortName: string;
  versions: Version[];
  nodeOs: { distro: string | null; name: string; stage: string; versions: { value: string[] | null } }[];
};
type Window = { service: string; serviceShortName: string; version: string; standardEnd: string | null; stage: string };

const today = new Date().toISOString().slice(0, 10);

test("GET /api/v1/kubernetes lists EKS, AKS and GKE with every supported version's dates and sources", async ({ request }) => {
  const res = await request.get("/api/v1/kubernetes");
  expect(res.status()).toBe(200);
  expect(res.headers()["etag"]).toBeTruthy();
  const { services, catalogVersion } = (await res.json()) as { services: Service[]; catalogVersion: { hash: string } };
  expect(catalogVersion.hash).toMatch(/^[0-9a-f]+$/);
  expect(services.map((s) => s.shortName).sort()).toEqual(["AKS", "EKS", "GKE"]);
  for (const s of services) {
    const live = s.versions.filter((v) => (v.extendedEnd ?? v.standardEnd ?? "9999") >= today);
    expect(live.length, `${s.shortName} has versions in support`).toBeGreaterThan(1);
    for (const v of s.versions) {
      expect(v.standardEnd, `${s.shortName} ${v.version} standard end`).not.toBeNull();
      // Every version cites the service's own page, quoted; a tracker alone never confirms.
      expect(v.sources.some((c) => (c.kind === "vendor" || c.kind === "project") && c.quote)).toBe(true);
      if (v.status === "confirmed") expect(v.sources.every((c) => c.kind === "vendor" || c.kind === "project")).toBe(true);
    }
    expect(s.nodeOs.length).toBeGreaterThan(1);
  }
  expect((await request.get("/api/v1/kubernetes?x=1")).status()).toBe(400);
  expect((await request.post("/api/v1/kubernetes")).status()).toBe(405);
});

test("the managed Kubernetes page sets services against node OS options, each cell with its sources", async ({ page, request }) => {
  const { services } = (await (await request.get("/api/v1/kubernetes")).json()) as { services: Service[] };
  await page.goto("/");
  await page.getByRole("navigation", { name: /main/i }).getByRole("link", { name: "Managed Kubernetes" }).click();
  await expect(page).toHaveURL(/\/kubernetes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Managed Kubernetes");
  const matrix = page.getByTestId("service-matrix");
  for (const s of services) await expect(matrix.getByRole("columnheader", { name: s.name })).toBeVisible();
  const rows = new Set(services.flatMap((s) => s.nodeOs.map((o) => o.distro ?? `other:${o.name.toLowerCase()}`)));
  await expect(matrix.getByTestId("matrix-row")).toHaveCount(rows.size);
  await expect(matrix.getByTestId("matrix-option")).toHaveCount(services.reduce((n, s) => n + s.nodeOs.length, 0));

  // A cell names versions, architectures, FIPS and confidential nodes, and opens to its quoted sources.
  const bottlerocket = matrix.getByTestId("matrix-row").filter({ has: page.getByRole("link", { name: "Bottlerocket" }) });
  const cell = bottlerocket.getByTestId("matrix-option").first();
  for (const label of ["Kubernetes:", "Architectures:", "FIPS:", "Confidential:"]) await expect(cell).toContainText(label);
  await cell.getByText("Sources for Bottlerocket").click();
  await expect(cell.locator("blockquote").first()).toBeVisible();
  await expect(cell.getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);

  for (const s of services) await expect(page.getByTestId(`versions-${s.slug}`).getByTestId("kubernetes-version")).toHaveCount(s.versions.length);
  await expectNoSeriousA11yViolations(page);
});

test("every catalog distro that no service offers is named under the matrix with the catalog's own statement", async ({ page, request }) => {
  const { services } = (await (await request.get("/api/v1/kubernetes")).json()) as { services: Service[] };
  const { distros } = (await (await request.get("/api/v1/distros")).json()) as { distros: { slug: string; name: string }[] };
  const offered = new Set(services.flatMap((s) => s.nodeOs.flatMap((o) => (o.distro ? [o.distro] : []))));
  const elsewhere = distros.filter((d) => !offered.has(d.slug));
  expect(elsewhere.length).toBeGreaterThan(0);
  await page.goto("/kubernetes");
  const list = page.getByTestId("not-node-os-distro");
  await expect(list).toHaveCount(elsewhere.length);
  for (const d of elsewhere) {
    const item = list.filter({ has: page.getByRole("link", { name: d.name, exact: true }) });
    await expect(item).toHaveCount(1);
    // The catalog's statement, with its evidence status in words.
    await expect(item).toContainText(/— .{10,}/);
    await expect(item.locator("[data-status]")).toHaveCount(1);
  }
  for (const d of distros.filter((x) => offered.has(x.slug)))
    await expect(list.filter({ has: page.getByRole("link", { name: d.name, exact: true }) })).toHaveCount(0);
});

test("a node OS with no end of its own shows its window on the newest Kubernetes version its service offers", async ({ page, request }) => {
  const { distro } = (await (await request.get("/api/v1/distros/bottlerocket")).json()) as { distro: { managedKubernetes: Window[] } };
  const eks = distro.managedKubernetes.find((w) => w.service === "eks" && w.stage !== "retired");
  if (!eks) throw new Error("Bottlerocket is expected on EKS");
  // The newest version EKS offers with Bottlerocket that is still supported.
  const { services } = (await (await request.get("/api/v1/kubernetes")).json()) as { services: Service[] };
  const service = services.find((s) => s.slug === "eks");
  const offered = service?.nodeOs.find((o) => o.distro === "bottlerocket")?.versions.value ?? [];
  const newest = service?.versions
    .filter((v) => offered.includes(v.version) && (v.extendedEnd ?? v.standardEnd ?? "9999") >= today)
    .map((v) => v.version)
    .sort((a, b) => Number(b.split(".")[1]) - Number(a.split(".")[1]))[0];
  expect(eks.version).toBe(newest);

  await page.goto("/distros/bottlerocket");
  const windows = page.getByTestId("support-windows");
  await expect(windows.getByTestId("support-window").first()).toContainText(`EKS ${eks.version}`);
  await expect(windows).not.toContainText("Not published");
  await expectNoSeriousA11yViolations(page);
});

test("the decision builder scores Kubernetes-tied node OSes on their effective window and names the version", async ({ request }) => {
  const saved = await request.post("/api/v1/reports", { data: { candidates: ["bottlerocket", "azure-container-linux", "container-optimized-os"] } });
  expect(saved.status()).toBe(201);
  const { id } = await saved.json();
  const report = await (await request.get(`/api/v1/reports/${id}/export?format=json`)).json();
  const support = (slug: string) =>
    report.result.ranked
      .concat(report.result.excluded)
      .find((c: { slug: string }) => c.slug === slug)
      ?.breakdown?.find((b: { criterion: string }) => b.criterion === "support-remaining");
  for (const [slug, service] of [
    ["bottlerocket", "EKS"],
    ["azure-container-linux", "AKS"],
    ["container-optimized-os", "GKE"],
  ] as const) {
    const s = support(slug);
    expect(s?.detail, slug).toMatch(new RegExp(`^${service} 1\\.\\d+: .* to \\d{1,2} \\w{3} \\d{4}`));
    // Scored on the window, not as an end no source publishes.
    expect(s?.value, slug).toBeGreaterThan(0);
    expect(
      s?.flags.map((f: { flag: string }) => f.flag),
      slug,
    ).not.toContain("unknown");
  }
  const markdown = await (await request.get(`/api/v1/reports/${id}/export?format=markdown`)).text();
  expect(markdown).toMatch(/EKS 1\.\d+ \(.+ nodes\)/);
});
