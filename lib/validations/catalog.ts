import { z } from "zod";
import { DISTRO_KINDS, DISTRO_STATUSES, attributeGroups } from "@/lib/catalog/constants";

export { attributeGroups };

// No JIT: zod otherwise probes `new Function` in the browser, which the CSP (no 'unsafe-eval') reports as a violation.
z.config({ jitless: true });

/**
 * Schemas for the curated catalog files in prisma/catalog/. They are the
 * source of the catalog's types: the loader, the data layer and the API use
 * the types inferred here.
 */

const slugRe = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z.string().regex(slugRe, "must be lower-case words joined by hyphens (e.g. amazon-linux-2023)");

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number);
    return isRealDate(y ?? 0, m ?? 0, d ?? 0);
  }, "is not a real calendar date");

/** A date known to the day, month or year: YYYY-MM-DD, YYYY-MM or YYYY. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number);
    if (m === undefined) return true;
    if (m < 1 || m > 12) return false;
    return d === undefined || isRealDate(y ?? 0, m, d);
  }, "is not a real calendar date");

export const sourceKindSchema = z.enum(["vendor", "project", "press", "community"]);

export const sourceSchema = z.strictObject({
  id: slugSchema,
  title: z.string().trim().min(3).max(300),
  publisher: z.string().trim().min(2).max(120),
  /** null only for a press source whose address cannot be found (say so in the note). */
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).nullable(),
  kind: sourceKindSchema,
  /** When the page or commit is dated; null when the page carries no date. */
  published: partialDateSchema.nullable(),
  /** When the page was last read for this catalog. */
  accessed: z.string({ error: "every source needs the date it was read (YYYY-MM-DD)" }).pipe(isoDateSchema),
  note: z.string().trim().min(3).max(1000).optional(),
});

export const attributeGroupSchema = z.enum(attributeGroups);

export const valueTypeSchema = z.enum(["text", "enum", "list", "boolean"]);

export const attributeValueSchema = z.strictObject({
  value: z.string().trim().min(1).max(60),
  label: z.string().trim().min(1).max(80),
  /** Higher is better for an architect; only on attributes with an order. */
  rank: z.number().int().min(0).max(10).optional(),
});

export const attributeSchema = z
  .strictObject({
    key: slugSchema,
    label: z.string().trim().min(2).max(80),
    group: attributeGroupSchema,
    valueType: valueTypeSchema,
    /** Allowed values for enum and list attributes (list values are checked against them when given). */
    values: z.array(attributeValueSchema).min(2).optional(),
    required: z.boolean(),
    /** A value decisions turn on: the catalog check caps how many of these may be unknown. */
    critical: z.boolean().optional(),
    /**
     * Why more than the usual share of distros may leave this attribute unknown
     * (vendors that do not publish it); without a reason the check holds each
     * required attribute to the same cap as the critical values.
     */
    sparseBecause: z.string().trim().min(20).max(400).optional(),
    explanation: z.string().trim().min(40).max(1200),
  })
  .superRefine((a, ctx) => {
    if (a.valueType === "enum" && !a.values) {
      ctx.addIssue({ code: "custom", path: ["values"], message: "an enum attribute needs its allowed values" });
    }
    if ((a.valueType === "text" || a.valueType === "boolean") && a.values) {
      ctx.addIssue({ code: "custom", path: ["values"], message: `a ${a.valueType} attribute takes no values list` });
    }
    if (a.values) {
      const seen = new Set<string>();
      a.values.forEach((v, i) => {
        if (seen.has(v.value)) {
          ctx.addIssue({ code: "custom", path: ["values", i, "value"], message: `duplicate value "${v.value}"` });
        }
        seen.add(v.value);
      });
      const ranked = a.values.filter((v) => v.rank !== undefined).length;
      if (ranked !== 0 && ranked !== a.values.length) {
        ctx.addIssue({ code: "custom", path: ["values"], message: "rank every value or none" });
      }
    }
  });

/**
 * confirmed: a vendor or project source states it (quoted). reported: only
 * press or community sources state it. disputed: sources disagree, one claim
 * per position. inferred: our reading of stated facts. unknown: no source
 * checked states it.
 */
export const claimStatusSchema = z.enum(["confirmed", "reported", "disputed", "inferred", "unknown"]);

/** A source as cited by one claim or release: the page, and its own words that state the fact. */
export const citationSchema = z.strictObject({
  source: slugSchema,
  /** The shortest passage of the page that states the fact, verbatim. */
  quote: z.string().trim().min(8).max(400).optional(),
});

/** An earlier position a later official statement replaced; kept so readers see what moved. */
export const supersededSchema = z
  .strictObject({
    display: z.string().trim().min(1).max(400),
    /** The day the position stopped holding (when the statement that replaced it appeared, or was first read). */
    until: partialDateSchema,
    /** Each source quoted: an earlier position is only shown with the words that stated it. */
    sources: z
      .array(citationSchema.extend({ quote: z.string({ error: "an earlier position quotes the source that stated it" }).trim().min(8).max(400) }))
      .min(1)
      .max(6),
  })
  .refine((h) => new Set(h.sources.map((c) => c.source)).size === h.sources.length, { path: ["sources"], message: "a source is listed twice" });

export const claimValueSchema = z.union([z.string().min(1).max(200), z.boolean(), z.array(z.string().min(1).max(60)).min(1)]);

export const claimSchema = z
  .strictObject({
    /** Typed value; null only when the status is unknown. */
    value: claimValueSchema.nullable(),
    /** What a reader sees. */
    display: z.string().trim().min(1).max(400),
    status: claimStatusSchema,
    /** Among disputed positions, the one the catalog leads with. */
    preferred: z.boolean().optional(),
    note: z.string().trim().min(3).max(1500).optional(),
    /** For an unknown claim: the pages checked that do not state it (no quotes). */
    sources: z.array(citationSchema).max(12),
    /** Earlier positions, newest first. */
    history: z.array(supersededSchema).max(8).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.status === "unknown") {
      if (c.value !== null) ctx.addIssue({ code: "custom", path: ["value"], message: "an unknown claim has value null" });
      if (c.sources.length === 0) ctx.addIssue({ code: "custom", path: ["sources"], message: "an unknown claim names the pages checked that do not state it" });
      c.sources.forEach((s, i) => {
        if (s.quote)
          ctx.addIssue({
            code: "custom",
            path: ["sources", i, "quote"],
            message: "an unknown claim quotes nothing: a page that states the value makes it known",
          });
      });
    } else {
      if (c.value === null)
        ctx.addIssue({ code: "custom", path: ["value"], message: `a ${c.status} claim needs a value (use status "unknown" when none is known)` });
      if (c.sources.length === 0) ctx.addIssue({ code: "custom", path: ["sources"], message: `a ${c.status} claim needs at least one source` });
    }
    if (c.status === "inferred" && !c.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "an inferred claim needs a note saying what it rests on" });
    }
    if (c.preferred !== undefined && c.status !== "disputed") {
      ctx.addIssue({ code: "custom", path: ["preferred"], message: "only disputed claims are marked preferred" });
    }
    if (new Set(c.sources.map((s) => s.source)).size !== c.sources.length) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: "a source is listed twice" });
    }
  });

export const supportTierSchema = z.strictObject({
  /** The vendor's own name for this tier, e.g. "Maintenance support". */
  name: z.string().trim().min(2).max(80),
  /** null: the tier exists but no source publishes its end. */
  end: isoDateSchema.nullable(),
  /** Needs a paid subscription or add-on (RHEL, Ubuntu Pro ESM, Legacy support, ELS). */
  paid: z.boolean(),
});

export const releaseSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(40),
    label: z.string().trim().min(1).max(80),
    releaseDate: isoDateSchema.nullable(),
    /** Start of a public preview before the release date, when there was one. */
    previewDate: isoDateSchema.nullable().optional(),
    lts: z.boolean(),
    /** A missing tier is not offered; a tier with end null has no published end. */
    standard: supportTierSchema.nullable(),
    maintenance: supportTierSchema.nullable(),
    extended: supportTierSchema.nullable(),
    latest: z.strictObject({ version: z.string().trim().min(1).max(80), date: isoDateSchema.nullable() }).nullable(),
    note: z.string().trim().min(3).max(1500).optional(),
    sources: z.array(citationSchema).min(1).max(12),
  })
  .superRefine((r, ctx) => {
    if (new Set(r.sources.map((c) => c.source)).size !== r.sources.length) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: "a source is listed twice (quote the one passage that states the dates)" });
    }
    const order: [string, string | null | undefined][] = [
      ["previewDate", r.previewDate],
      ["releaseDate", r.releaseDate],
      ["standard.end", r.standard?.end],
      ["maintenance.end", r.maintenance?.end],
      ["extended.end", r.extended?.end],
    ];
    let last: [string, string] | null = null;
    for (const [name, date] of order) {
      if (!date) continue;
      if (last && date < last[1]) {
        ctx.addIssue({ code: "custom", path: name.split("."), message: `${name} (${date}) is before ${last[0]} (${last[1]})` });
      }
      last = [name, date];
    }
  });

export const distroKindSchema = z.enum(DISTRO_KINDS);
export const distroStatusSchema = z.enum(DISTRO_STATUSES);

export const distroSchema = z
  .strictObject({
    slug: slugSchema,
    name: z.string().trim().min(2).max(80),
    vendor: z.string().trim().min(2).max(80),
    /** One of the current cloud vendors' own OSes shown first and selected by default. */
    featured: z.boolean(),
    /** Clouds with vendor images; empty when the catalog's sources name none (see the availability claim). */
    clouds: z.array(z.string().trim().min(2).max(40)),
    kind: distroKindSchema,
    status: distroStatusSchema,
    summary: z.string().trim().min(40).max(800),
    /** Slug of the catalog distro this one succeeds, if any. */
    predecessor: slugSchema.nullable(),
    /** Slug of the catalog distro this one is built from, if any. */
    derivedFrom: slugSchema.nullable(),
    upstreamBase: z.string().trim().min(2).max(200),
    /** null when no source gives the project's own address. */
    homepage: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).nullable(),
    /** Sources for the record's own fields (name, vendor, homepage). */
    sources: z.array(slugSchema).min(1).max(12),
    /** The day this distro's claims and releases were last checked against their sources. */
    reviewed: isoDateSchema,
    claims: z.record(slugSchema, z.array(claimSchema).min(1).max(6)),
    releases: z.array(releaseSchema).max(40),
  })
  .superRefine((d, ctx) => {
    for (const [key, claims] of Object.entries(d.claims)) {
      if (claims.length === 1) {
        if (claims[0]?.status === "disputed") {
          ctx.addIssue({ code: "custom", path: ["claims", key], message: "a disputed attribute needs one claim per position (at least two)" });
        }
        continue;
      }
      claims.forEach((c, i) => {
        if (c.status !== "disputed") {
          ctx.addIssue({ code: "custom", path: ["claims", key, i, "status"], message: "when an attribute has several claims, each is a disputed position" });
        }
      });
      const preferred = claims.filter((c) => c.preferred === true).length;
      if (preferred !== 1) {
        ctx.addIssue({ code: "custom", path: ["claims", key], message: `exactly one disputed position must be preferred (found ${preferred})` });
      }
    }
    const names = new Set<string>();
    d.releases.forEach((r, i) => {
      if (names.has(r.name)) ctx.addIssue({ code: "custom", path: ["releases", i, "name"], message: `duplicate release "${r.name}"` });
      names.add(r.name);
    });
    if (d.predecessor === d.slug) ctx.addIssue({ code: "custom", path: ["predecessor"], message: "a distro cannot succeed itself" });
    if (d.derivedFrom === d.slug) ctx.addIssue({ code: "custom", path: ["derivedFrom"], message: "a distro cannot derive from itself" });
  });

export const sourcesFileSchema = z
  .array(sourceSchema)
  .min(1)
  .superRefine((list, ctx) => {
    list.forEach((s, i) => {
      if (s.url === null && s.kind !== "press") {
        ctx.addIssue({ code: "custom", path: [i, "url"], message: "a source needs its URL (only a press piece whose address cannot be found may lack one)" });
      }
      if (s.url === null && !s.note) {
        ctx.addIssue({ code: "custom", path: [i, "note"], message: "a source without a URL needs a note saying why" });
      }
    });
  });
export const attributesFileSchema = z.array(attributeSchema).min(1);

export type SourceInput = z.infer<typeof sourceSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type AttributeInput = z.infer<typeof attributeSchema>;
export type AttributeGroup = z.infer<typeof attributeGroupSchema>;
export type ValueType = z.infer<typeof valueTypeSchema>;
export type ClaimInput = z.infer<typeof claimSchema>;
export type ClaimStatus = z.infer<typeof claimStatusSchema>;
export type ClaimValue = z.infer<typeof claimValueSchema>;
export type CitationInput = z.infer<typeof citationSchema>;
export type SupersededInput = z.infer<typeof supersededSchema>;
export type ReleaseInput = z.infer<typeof releaseSchema>;
export type SupportTier = z.infer<typeof supportTierSchema>;
export type DistroInput = z.infer<typeof distroSchema>;
export type DistroKind = z.infer<typeof distroKindSchema>;
export type DistroStatus = z.infer<typeof distroStatusSchema>;
