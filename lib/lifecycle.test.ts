import { describe, expect, test } from "vitest";
import { coveringTier, describeEnd, formatDate, isoDay, releaseState, supportState } from "@/lib/lifecycle";
import type { ReleaseView } from "@/lib/validations/api";

const today = "2026-11-25";

describe("supportState", () => {
  test("classifies against an injected today", () => {
    expect(supportState(null, today)).toBe("unpublished");
    expect(supportState("2026-11-24", today)).toBe("ended");
    expect(supportState("2026-11-25", today)).toBe("ending");
    expect(supportState("2027-11-25", today)).toBe("ending");
    expect(supportState("2027-11-26", today)).toBe("supported");
  });
  test("the same date changes state as today moves", () => {
    expect(supportState("2027-06-30", "2026-06-29")).toBe("supported");
    expect(supportState("2027-06-30", "2026-07-01")).toBe("ending");
    expect(supportState("2027-06-30", "2027-07-01")).toBe("ended");
  });
});

describe("describeEnd and formatDate", () => {
  test("says how far away an end is, with the date", () => {
    expect(describeEnd("2029-06-30", today)).toBe("ends in 2 years 7 months (30 Jun 2029)");
    expect(describeEnd("2026-06-30", today)).toBe("ended 4 months ago (30 Jun 2026)");
    expect(describeEnd("2026-12-05", today)).toBe("ends in 10 days (5 Dec 2026)");
    expect(describeEnd(today, today)).toBe("ends today (25 Nov 2026)");
    expect(describeEnd(null, today)).toBe("end not published");
  });
  test("formats full and partial dates", () => {
    expect(formatDate("2027-06-30")).toBe("30 Jun 2027");
    expect(formatDate("2026-06")).toBe("Jun 2026");
    expect(formatDate("2026")).toBe("2026");
    expect(formatDate("2025-09-04")).toBe("4 Sep 2025");
  });
  test("isoDay is the UTC calendar day", () => {
    expect(isoDay(new Date("2026-11-25T23:59:59Z"))).toBe("2026-11-25");
  });
});

describe("releases", () => {
  const base: ReleaseView = {
    name: "9",
    label: "RHEL 9",
    releaseDate: "2022-05-18",
    previewDate: null,
    lts: true,
    standard: { name: "Full Support", end: "2027-05-31", paid: false },
    maintenance: { name: "Maintenance Support", end: "2032-05-31", paid: false },
    extended: { name: "Extended Life Cycle Support", end: "2036-05-31", paid: false },
    latest: null,
    note: null,
    sources: [],
  };
  test("the covering tier is maintenance, else standard; extended only when alone", () => {
    expect(coveringTier(base)?.name).toBe("Maintenance Support");
    expect(coveringTier({ ...base, maintenance: null })?.name).toBe("Full Support");
    expect(coveringTier({ ...base, standard: null, maintenance: null })?.name).toBe("Extended Life Cycle Support");
    expect(coveringTier({ ...base, standard: null, maintenance: null, extended: null })).toBeNull();
  });
  test("a release's state follows its covering tier", () => {
    expect(releaseState(base, today)).toBe("supported");
    expect(releaseState({ ...base, maintenance: { name: "Maintenance Support", end: null, paid: false } }, today)).toBe("unpublished");
    expect(releaseState({ ...base, maintenance: null, standard: { name: "Support", end: "2025-07-31", paid: false } }, today)).toBe("ended");
  });
});

describe("paid tiers", () => {
  const today = "2026-12-04";
  const ubuntu2004: ReleaseView = {
    name: "20.04",
    label: "Ubuntu 20.04 LTS",
    releaseDate: "2020-04-23",
    previewDate: null,
    lts: true,
    standard: { name: "Standard security maintenance", end: "2025-05-31", paid: false },
    maintenance: { name: "Expanded Security Maintenance (Ubuntu Pro)", end: "2030-05-31", paid: true },
    extended: { name: "Legacy add-on", end: "2035-05-31", paid: true },
    latest: null,
    note: null,
    sources: [],
  };
  test("the covering tier is the last one needing no paid add-on", () => {
    expect(coveringTier(ubuntu2004)?.name).toBe("Standard security maintenance");
    const rhel = { ...ubuntu2004, standard: { ...ubuntu2004.standard!, paid: true } };
    expect(coveringTier(rhel)?.name).toBe("Expanded Security Maintenance (Ubuntu Pro)");
  });
  test("free support over but a paid tier still running reads as paid support only, not ended", () => {
    expect(releaseState(ubuntu2004, today)).toBe("paid-only");
    const allOver = { ...ubuntu2004, maintenance: { ...ubuntu2004.maintenance!, end: "2026-01-31" }, extended: null };
    expect(releaseState(allOver, today)).toBe("ended");
  });
});
