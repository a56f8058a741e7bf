import { describe, expect, test } from "vitest";
import { groupByValue } from "@/lib/matrix/group";
import type { AttributeClaims, ClaimView } from "@/lib/validations/api";

const claim = (value: string | null, status: ClaimView["status"], preferred = true): ClaimView => ({
  value,
  display: String(value),
  status,
  preferred,
  note: null,
  sources: [],
  history: [],
});
const attr = (...claims: ClaimView[]): AttributeClaims => ({
  key: "package-manager",
  label: "Package manager",
  group: "Packages & extension",
  status: claims.length > 1 ? "disputed" : (claims[0]?.status ?? "unknown"),
  claims,
});
const values = [
  { value: "dnf", label: "dnf" },
  { value: "apt", label: "apt" },
  { value: "none", label: "None" },
];

describe("groupByValue", () => {
  test("counts per value in the attribute's order, unknown last, qualifying unconfirmed values", () => {
    const groups = groupByValue(
      [
        { name: "Ubuntu", attribute: attr(claim("apt", "confirmed")) },
        { name: "AL2023", attribute: attr(claim("dnf", "disputed", true), claim("yum", "disputed", false)) },
        { name: "Flatcar", attribute: attr(claim("none", "confirmed")) },
        { name: "FCOS", attribute: attr(claim(null, "unknown")) },
        { name: "Missing", attribute: undefined },
      ],
      values,
    );
    expect(groups).toEqual([
      { value: "dnf", label: "dnf", count: 1, members: ["AL2023 (disputed)"] },
      { value: "apt", label: "apt", count: 1, members: ["Ubuntu"] },
      { value: "none", label: "None", count: 1, members: ["Flatcar"] },
      { value: "unknown", label: "Unknown", count: 2, members: ["FCOS", "Missing"] },
    ]);
  });
});
