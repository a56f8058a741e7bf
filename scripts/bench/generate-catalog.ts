// Writes a synthetic catalog (N distros × M attributes) for the benchmark. Never the shipped catalog.
import fs from "node:fs";
import path from "node:path";
import { attributeGroups } from "@/lib/validations/catalog";

/** Deterministic pseudo-random numbers so every run measures the same table. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function generateCatalog(dir: string, distros = 50, attributes = 60): void {
  const rand = rng(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "sources"), { recursive: true });
  fs.mkdirSync(path.join(dir, "distros"), { recursive: true });

  const sources = Array.from({ length: 20 }, (_, i) => ({
    id: `bench-source-${i}`,
    title: `Benchmark source ${i}`,
    publisher: `Publisher ${i % 5}`,
    url: `https://bench.example/source/${i}`,
    kind: pick(["vendor", "project", "press", "community"]),
    published: `2026-0${1 + (i % 9)}`,
    accessed: null,
  }));
  fs.writeFileSync(path.join(dir, "sources", "bench.json"), JSON.stringify(sources, null, 2));

  const kinds = ["enum-ranked", "enum", "text", "list", "boolean"] as const;
  type Attr = {
    key: string;
    label: string;
    group: string | undefined;
    required: boolean;
    explanation: string;
    valueType: string;
    values?: { value: string; label: string; rank?: number }[];
  };
  const attrs = Array.from({ length: attributes }, (_, i): Attr => {
    const type = kinds[i % kinds.length]!;
    const base = {
      key: `attr-${i}`,
      label: `Attribute ${i}`,
      group: attributeGroups[i % attributeGroups.length],
      required: false,
      explanation: `Synthetic attribute ${i} of type ${type}, generated for the benchmark only.`,
    };
    if (type === "enum-ranked") return { ...base, valueType: "enum", values: [0, 1, 2, 3].map((r) => ({ value: `v${r}`, label: `Level ${r}`, rank: r })) };
    if (type === "enum") return { ...base, valueType: "enum", values: ["a", "b", "c"].map((v) => ({ value: v, label: `Option ${v}` })) };
    if (type === "list") return { ...base, valueType: "list", values: ["x86_64", "aarch64", "s390x"].map((v) => ({ value: v, label: v })) };
    return { ...base, valueType: type };
  });
  fs.writeFileSync(path.join(dir, "attributes.json"), JSON.stringify(attrs, null, 2));

  for (let d = 0; d < distros; d++) {
    const cite = () => [pick(sources).id];
    const claims: Record<string, unknown[]> = {};
    attrs.forEach((a, i) => {
      const roll = rand();
      if (roll < 0.1) {
        claims[a.key] = [{ value: null, display: "Unknown", status: "unknown", note: "Not stated in the benchmark sources.", sources: [] }];
        return;
      }
      const value =
        a.valueType === "boolean"
          ? rand() < 0.5
          : a.valueType === "list"
            ? ["x86_64", ...(rand() < 0.5 ? ["aarch64"] : [])]
            : a.valueType === "text"
              ? `Text value ${Math.floor(rand() * 4)}`
              : pick((a.values ?? []).map((v) => v.value));
      const display = Array.isArray(value) ? value.join(", ") : String(value);
      claims[a.key] =
        roll > 0.95 && i % 2 === 0
          ? [
              { value, display, status: "disputed", preferred: true, note: "First position.", sources: cite() },
              { value, display: `${display} (other source)`, status: "disputed", preferred: false, note: "Second position.", sources: cite() },
            ]
          : [{ value, display, status: "confirmed", sources: cite() }];
    });
    const slug = `bench-distro-${d}`;
    const distro = {
      slug,
      name: `Bench Distro ${d}`,
      vendor: `Vendor ${d % 7}`,
      featured: d < 5,
      clouds: ["Bench Cloud"],
      kind: d % 2 === 0 ? "general-purpose" : "container-host",
      status: pick(["ga", "ga", "preview", "deprecated"]),
      summary: `Synthetic distribution number ${d}, generated for the benchmark only.`,
      predecessor: null,
      derivedFrom: null,
      upstreamBase: "Synthetic",
      homepage: `https://bench.example/distro/${d}`,
      sources: cite(),
      claims,
      releases: [
        {
          name: "1",
          label: `Bench Distro ${d} 1`,
          releaseDate: "2024-01-01",
          lts: true,
          standard: { name: "Standard", end: `20${27 + (d % 6)}-06-30` },
          maintenance: null,
          extended: null,
          latest: null,
          sources: cite(),
        },
      ],
    };
    fs.writeFileSync(path.join(dir, "distros", `${slug}.json`), JSON.stringify(distro));
  }
  // Every source must be cited; the first distro's record cites them all.
  const first = path.join(dir, "distros", "bench-distro-0.json");
  const record = JSON.parse(fs.readFileSync(first, "utf8"));
  record.sources = sources.map((s) => s.id).slice(0, 12);
  record.releases[0].sources = sources.map((s) => s.id).slice(12);
  fs.writeFileSync(first, JSON.stringify(record));
}
