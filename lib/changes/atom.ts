import { createHash } from "node:crypto";
import { Feed } from "feed";
import { withStatus } from "@/lib/catalog/claim-text";
import { changeDateLabel, changeInstant } from "@/lib/changes/dates";
import { CHANGE_KIND_LABEL } from "@/lib/changes/labels";
import type { Change, ChangeState } from "@/lib/validations/changes";

/** Feeds list the newest changes only; the full log is on /changes and in the API. */
export const FEED_ENTRIES = 100;

export type FeedOptions = { origin: string; title: string; description: string; selfPath: string; pagePath: string };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function stateHtml(label: string, s: ChangeState | null): string {
  if (!s) return "";
  const since = s.since ? ` <small>(recorded ${escapeHtml(changeDateLabel(s.since))})</small>` : "";
  return `<p><strong>${label}:</strong> ${escapeHtml(withStatus(s.display, s.status))}${since}</p>`;
}

function contentHtml(c: Change): string {
  const sources = c.sources
    .map(
      (s) =>
        `<li>${s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title)} (${escapeHtml(s.publisher)}, read ${escapeHtml(s.accessed)})${s.quote ? `: “${escapeHtml(s.quote)}”` : ""}</li>`,
    )
    .join("");
  return [stateHtml("Was", c.before), stateHtml("Now", c.after), sources ? `<p>Sources:</p><ul>${sources}</ul>` : ""].join("");
}

/** A stable entry id that does not depend on the host serving the feed. */
function entryId(c: Change): string {
  return `urn:uuid:${uuidFrom(c.id)}`;
}

function uuidFrom(text: string): string {
  const h = createHash("sha1").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

/** An Atom 1.0 document of the newest changes, each linking to its distro's page. */
export function changesAtom(changes: Change[], opts: FeedOptions, updated: Date): string {
  const feed = new Feed({
    id: `urn:uuid:${uuidFrom(`distro-atlas${opts.selfPath}`)}`,
    title: opts.title,
    description: opts.description,
    link: `${opts.origin}${opts.pagePath}`,
    feedLinks: { atom: `${opts.origin}${opts.selfPath}` },
    updated,
    author: { name: "Distro Atlas", link: opts.origin },
    generator: "Distro Atlas",
    language: "en",
  });
  for (const c of changes.slice(0, FEED_ENTRIES)) {
    const at = changeInstant(c.date);
    feed.addItem({
      title: c.summary,
      id: entryId(c),
      link: `${opts.origin}/distros/${c.distro}#changes`,
      date: at,
      published: at,
      description: escapeHtml(c.summary),
      content: contentHtml(c),
      category: [{ term: CHANGE_KIND_LABEL[c.kind] }],
    });
  }
  return feed.atom1();
}
