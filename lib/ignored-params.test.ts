import { describe, expect, test } from "vitest";
import { ignoredParams, toSearchParams } from "@/lib/ignored-params";
import { ignoredDecideParams } from "@/lib/decide/url";

const distros = [
  { slug: "alpha", featured: true },
  { slug: "beta", featured: false },
];
const p = (q: string) => new URLSearchParams(q);

describe("ignored address parts", () => {
  test("names unknown settings, unknown distros and values outside a setting's choices", () => {
    expect(
      ignoredParams(p("distros=alpha,ghost&window=2018-2036&colour=red&ended=maybe"), distros, [
        { name: "window", allowed: ["2018-2036"] },
        { name: "ended", allowed: ["true", "false"] },
      ]),
    ).toEqual(["“colour” is not a setting of this page", "no distro in the catalog is called “ghost”", "“ended=maybe” is not one of its choices"]);
    expect(ignoredParams(p("distros=alpha&groups=Security,Nope"), distros, [{ name: "groups", allowed: ["Security"], list: true }])).toEqual([
      "“groups=Nope” is not one of its choices",
    ]);
    expect(ignoredParams(p(""), distros, [])).toEqual([]);
  });
  test("/decide: requirements, weights, the OS in use today and strict", () => {
    expect(ignoredDecideParams(p("distros=alpha&require=arm64,cloud:mars&weights=maturity:2,evil:3&current=ghost&strict=yes"), distros)).toEqual([
      "“cloud:mars” is not a requirement this page knows",
      "“evil:3” is not a criterion with a weight from 0 to 5",
      "no distro in the catalog is called “ghost”, so no OS is marked as in use today",
      "“strict=yes” is not on or off, so strict is off",
    ]);
    expect(ignoredDecideParams(p("distros=alpha,beta&require=secure-boot,read-only-root,selinux-enforcing&strict=1&current=beta"), distros)).toEqual([]);
  });
});

describe("toSearchParams", () => {
  test("keeps every value of a repeated name and drops absent ones", () => {
    expect(toSearchParams({ distro: "rhel", kind: ["a", "b"], none: undefined }).toString()).toBe("distro=rhel&kind=a&kind=b");
  });
});
