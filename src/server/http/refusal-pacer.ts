/** What to do with one more declared-oversized request from a network. */
export type RefusalPlan = { kind: 'answer' } | { kind: 'hold'; ms: number } | { kind: 'drop' };

export const refusalPacing = {
  /** Refusals a network gets at once per window; a person who picked a too-large file never sees more. */
  freePerWindow: 5,
  windowMs: 60_000,
  /** How long a later refusal waits, its socket paused: the sender's loop waits too, at no cost here. */
  holdMs: 1_000,
  /** Held connections at most; past that a refusal drops its connection without an answer. */
  maxHeld: 64,
  /** Networks remembered at most; past that the memory starts over rather than grow. */
  maxNetworks: 10_000,
};

/**
 * Paces the 413s for bodies that declare a size over the limit, per network (issue 11 item 3,
 * decision 0037): a flood of refused uploads is answered as fast as it is sent, so its sender,
 * not this server, decides how much CPU it takes. After a few refusals in a window, each further
 * one is held for a second with nothing read, which slows such a loop to its concurrency a second.
 * In memory, per process: it only ever delays an answer that is a refusal anyway.
 */
export function createRefusalPacer(now: () => number, pacing = refusalPacing) {
  const recent = new Map<string, { since: number; count: number }>();
  let holding = 0;
  return {
    plan(network: string): RefusalPlan {
      const at = now();
      let entry = recent.get(network);
      if (!entry || at - entry.since >= pacing.windowMs) {
        if (!entry && recent.size >= pacing.maxNetworks) recent.clear();
        entry = { since: at, count: 0 };
        recent.set(network, entry);
      }
      entry.count++;
      if (entry.count <= pacing.freePerWindow) return { kind: 'answer' };
      if (holding >= pacing.maxHeld) return { kind: 'drop' };
      holding++;
      return { kind: 'hold', ms: pacing.holdMs };
    },
    /** A held refusal was answered (or its connection went): one more may be held. */
    released() {
      holding--;
    },
  };
}
