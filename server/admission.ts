// Admission control: at most `limit` requests are with Next at once. Beyond
// that a request is refused at once (503) rather than queued, so a burst
// cannot pile up work and memory until every request is slow.
/** What admission needs of a response: to hear when its connection closes. */
type ClosingResponse = { once(event: "close", listener: () => void): unknown };

/** ATLAS_MAX_IN_FLIGHT: requests handed to Next at once (default 256); 0 turns admission control off. */
export function maxInFlight(env: Partial<Record<string, string>> = process.env): number {
  const raw = env.ATLAS_MAX_IN_FLIGHT?.trim();
  if (!raw) return 256;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`ATLAS_MAX_IN_FLIGHT must be a whole number (0 turns admission control off), not "${raw}"`);
  return n;
}

export type Admission = {
  /** Admits the request behind `res` and counts it until its connection closes; false when the server is full. */
  admit: (res: ClosingResponse) => boolean;
  inFlight: () => number;
};

export function createAdmission(limit: number): Admission {
  let inFlight = 0;
  return {
    admit(res) {
      if (limit > 0 && inFlight >= limit) return false;
      inFlight++;
      // "close" fires once per response, finished or abandoned.
      res.once("close", () => inFlight--);
      return true;
    },
    inFlight: () => inFlight,
  };
}
