import { describe, expect, test } from "vitest";
import { attributeOf, attributeStatus, leadClaim } from "@/lib/catalog/claims";
import type { ClaimStatus } from "@/lib/validations/catalog";

type Claim = { display: string; status: ClaimStatus; preferred?: boolean };
const claim = (display: string, status: ClaimStatus, preferred?: boolean): Claim => ({ display, status, preferred });

describe("leadClaim", () => {
  test("a single claim leads, whatever its status: an unknown stays the value shown", () => {
    for (const status of ["confirmed", "reported", "inferred", "unknown"] as const) {
      expect(leadClaim({ claims: [claim("x", status, true)] })?.status).toBe(status);
    }
  });

  test("in a dispute the preferred position leads, wherever it is listed", () => {
    const dispute = { claims: [claim("yum", "disputed", false), claim("dnf", "disputed", true), claim("apt", "disputed", false)] };
    expect(leadClaim(dispute)?.display).toBe("dnf");
  });

  test("a catalog file's claims lead the same way: preferred marked only on the preferred position", () => {
    expect(leadClaim({ claims: [claim("Partly in process", "disputed"), claim("Validated", "disputed", true)] })?.display).toBe("Validated");
  });

  test("without a preferred mark the first claim leads, never none", () => {
    expect(leadClaim({ claims: [claim("first", "disputed", false), claim("second", "disputed", false)] })?.display).toBe("first");
  });

  test("no attribute or no claim: no lead", () => {
    expect(leadClaim(undefined)).toBeUndefined();
    expect(leadClaim({ claims: [] })).toBeUndefined();
  });
});

describe("attributeStatus", () => {
  test("several positions are a dispute; one claim gives its own status; none is unknown", () => {
    expect(attributeStatus([claim("a", "disputed", true), claim("b", "disputed", false)])).toBe("disputed");
    expect(attributeStatus([claim("a", "inferred")])).toBe("inferred");
    expect(attributeStatus([])).toBe("unknown");
  });
});

describe("attributeOf", () => {
  test("finds an attribute by key, or nothing", () => {
    const distro = {
      attributes: [
        { key: "fips", claims: [] },
        { key: "rollback", claims: [] },
      ],
    };
    expect(attributeOf(distro, "rollback")?.key).toBe("rollback");
    expect(attributeOf(distro, "kernel")).toBeUndefined();
  });
});
