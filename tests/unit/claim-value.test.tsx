// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { ClaimValue } from "@/components/claim-value";

afterEach(cleanup);

const badges = (container: HTMLElement) => [...container.querySelectorAll("[data-status]")].map((b) => b.textContent);

describe("ClaimValue", () => {
  test("by default a confirmed value has no badge and any other status has one, in words", () => {
    expect(badges(render(<ClaimValue claim={{ display: "dnf", status: "confirmed" }} />).container)).toEqual([]);
    const { container } = render(<ClaimValue claim={{ display: "Not stated", status: "unknown" }} />);
    expect(container.textContent).toBe("Not stated ?Unknown");
    expect(badges(container)).toEqual(["?Unknown"]);
  });

  test("'always' badges a confirmed value too; 'none' badges nothing", () => {
    expect(badges(render(<ClaimValue claim={{ display: "dnf", status: "confirmed" }} badge="always" />).container)).toEqual(["✓Confirmed"]);
    expect(badges(render(<ClaimValue claim={{ display: "yum", status: "disputed" }} badge="none" />).container)).toEqual([]);
  });

  test("a record without a status (a release, an earlier position) shows its words only", () => {
    const { container } = render(<ClaimValue claim={{ display: "Release dates", status: null }} badge="always" />);
    expect(container.textContent).toBe("Release dates");
    expect(badges(container)).toEqual([]);
  });

  test("no claim reads as missing from the catalog", () => {
    expect(render(<ClaimValue claim={undefined} />).container.textContent).toBe("Not in the catalog");
  });
});
