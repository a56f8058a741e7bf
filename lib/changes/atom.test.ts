import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, test } from "vitest";
import { changesAtom, FEED_ENTRIES } from "@/lib/changes/atom";
import type { Change } from "@/lib/validations/changes";

const source = {
  id: "vendor-docs",
  title: "Lifecycle <policy> & dates",
  publisher: "Vendor",
  url: "https://vendor.example/lifecycle?a=1&b=2",
  kind: "vendor" as const,
  published: null,
  accessed: "2026-11-01",
  quote: "Release 2 is supported until 30 June 2028.",
};

function change(i: number, over: Partial<Change> = {}): Change {
  return {
    id: `abc:alpha-linux:release:2:standard:${i}`,
    date: "2026-11-20T09:00:00.000Z",
    kind: "end-moved",
    distro: "alpha-linux",
    distroName: "Alpha Linux",
    subject: { type: "release", key: "2", label: "Alpha Linux 2" },
    summary: "Alpha Linux 2: end of Standard support moved from 30 Jun 2027 to 30 Jun 2028",
    before: { display: "Standard support: 30 Jun 2027", status: null, since: "2026-11-01T09:00:00.000Z" },
    after: { display: "Standard support: 30 Jun 2028", status: null, since: "2026-11-20T09:00:00.000Z" },
    sources: [source],
    version: { hash: "abc", loadedAt: "2026-11-20T09:00:00.000Z" },
    ...over,
  };
}

const opts = {
  origin: "https://atlas.example",
  title: "Distro Atlas: catalog changes",
  description: "What changed",
  selfPath: "/changes.atom",
  pagePath: "/changes",
};

describe("changesAtom", () => {
  test("is an Atom 1.0 feed a feed reader parses, one entry per change", () => {
    const xml = changesAtom(
      [change(1), change(2, { kind: "vendor-revised", date: "2025-06", version: null, summary: "Alpha Linux: Support lifecycle revised: Five years" })],
      opts,
      new Date("2026-11-20T09:00:00Z"),
    );
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const feed = parseFeed(xml).toJSON();
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Distro Atlas: catalog changes");
    expect(feed.self).toBe("https://atlas.example/changes.atom");
    expect(feed.url).toBe("https://atlas.example/changes");
    expect(feed.items).toHaveLength(2);
    const [moved, revised] = feed.items;
    expect(moved?.title).toBe("Alpha Linux 2: end of Standard support moved from 30 Jun 2027 to 30 Jun 2028");
    expect(moved?.url).toBe("https://atlas.example/distros/alpha-linux#changes");
    expect(new Date(String(moved?.updated)).toISOString()).toBe("2026-11-20T09:00:00.000Z");
    expect(moved?.content).toContain("Was:");
    // Text from the catalog is escaped inside the entry's HTML, never markup of its own.
    expect(xml).toContain("Lifecycle &#60;policy&#62; &#38; dates");
    expect(xml).not.toContain("<policy>");
    expect(moved?.content).toContain("Release 2 is supported until 30 June 2028.");
    expect(moved?.categories.map((c) => c.term)).toEqual(["End date moved"]);
    // A vendor's month is dated at its start; ids are stable URNs, distinct per change.
    expect(new Date(String(revised?.updated)).toISOString()).toBe("2025-06-01T00:00:00.000Z");
    expect(moved?.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(moved?.id).not.toBe(revised?.id);
    expect(changesAtom([change(1)], opts, new Date(0))).toContain(moved?.id ?? "missing");
  });

  test("says a claim's status in words, as the other text exports do", () => {
    const statusChanged = change(1, {
      kind: "status-changed",
      before: { display: "dnf", status: "reported", since: null },
      after: { display: "dnf", status: "confirmed", since: null },
    });
    const content = parseFeed(changesAtom([statusChanged], opts, new Date())).toJSON().items[0]?.content ?? "";
    expect(content).toContain("Was:</strong> dnf (reported by press or community only)");
    expect(content).toMatch(/Now:<\/strong> dnf<\/p>/);
  });

  test("lists the newest entries only", () => {
    const many = Array.from({ length: FEED_ENTRIES + 5 }, (_, i) => change(i));
    expect(parseFeed(changesAtom(many, opts, new Date())).toJSON().items).toHaveLength(FEED_ENTRIES);
  });
});
