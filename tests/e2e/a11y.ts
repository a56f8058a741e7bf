import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";

/** Fails on any serious or critical axe violation, listing what and where. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // axe walks the whole DOM; on long pages and 2 busy cores that takes a while.
  test.info().setTimeout(test.info().timeout + 60_000);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")})`,
  );
  expect(report, report.join("\n")).toEqual([]);
}
