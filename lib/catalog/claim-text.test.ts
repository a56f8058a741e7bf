import { describe, expect, test } from "vitest";
import { claimText, withStatus } from "@/lib/catalog/claim-text";
import type { ClaimStatus } from "@/lib/validations/catalog";

const claim = (display: string, status: ClaimStatus, preferred = true) => ({ display, status, preferred });
const one = (display: string, status: ClaimStatus) => ({ claims: [claim(display, status)] });

describe("claimText", () => {
  test("a confirmed value is its words alone", () => {
    expect(claimText(one("dnf", "confirmed"))).toBe("dnf");
  });

  test("any other status is said in words, so text never shows it as settled", () => {
    expect(claimText(one("Image-based", "reported"))).toBe("Image-based (reported by press or community only)");
    expect(claimText(one("Image-based", "inferred"))).toBe("Image-based (our reading of the sources)");
    expect(claimText(one("Not stated", "unknown"))).toBe("Not stated (unknown)");
  });

  test("a dispute leads with the preferred position and names every other one", () => {
    const dispute = { claims: [claim("None", "disputed", false), claim("Manual", "disputed", true)] };
    expect(claimText(dispute)).toBe("Manual (sources disagree; other position: None)");
    const three = { claims: [claim("dnf", "disputed", true), claim("yum", "disputed", false), claim("rpm-ostree", "disputed", false)] };
    expect(claimText(three)).toBe("dnf (sources disagree; other positions: yum / rpm-ostree)");
  });

  test("no claim recorded reads as missing from the catalog, not as a value", () => {
    expect(claimText(undefined)).toBe("Not in the catalog");
    expect(claimText({ claims: [] })).toBe("Not in the catalog");
  });
});

describe("withStatus", () => {
  test("adds the same words to text already chosen; confirmed and records without a status stay bare", () => {
    expect(withStatus("Disputed: dnf / yum", "disputed")).toBe("Disputed: dnf / yum (sources disagree)");
    expect(withStatus("Not stated", "unknown")).toBe("Not stated (unknown)");
    expect(withStatus("dnf", "confirmed")).toBe("dnf");
    expect(withStatus("Release dates", null)).toBe("Release dates");
  });
});
