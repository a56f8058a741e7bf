import { EventEmitter } from "node:events";
import { describe, expect, test } from "vitest";
import { createAdmission, maxInFlight } from "./admission";

const response = () => new EventEmitter();

describe("createAdmission", () => {
  test("admits up to the limit, refuses beyond it, and frees a place when a response closes", () => {
    const admission = createAdmission(2);
    const a = response();
    const b = response();
    expect(admission.admit(a)).toBe(true);
    expect(admission.admit(b)).toBe(true);
    expect(admission.admit(response())).toBe(false);
    expect(admission.inFlight()).toBe(2);
    // An abandoned request closes too: its place is freed.
    a.emit("close");
    expect(admission.inFlight()).toBe(1);
    expect(admission.admit(response())).toBe(true);
    expect(admission.admit(response())).toBe(false);
  });
  test("0 admits everything", () => {
    const admission = createAdmission(0);
    for (let i = 0; i < 1000; i++) expect(admission.admit(response())).toBe(true);
  });
});

describe("maxInFlight", () => {
  test("defaults to 256 and refuses what is not a whole number", () => {
    expect(maxInFlight({})).toBe(256);
    expect(maxInFlight({ ATLAS_MAX_IN_FLIGHT: "0" })).toBe(0);
    expect(maxInFlight({ ATLAS_MAX_IN_FLIGHT: "12" })).toBe(12);
    expect(() => maxInFlight({ ATLAS_MAX_IN_FLIGHT: "lots" })).toThrow(/whole number/);
  });
});
