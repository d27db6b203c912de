import { createHash } from 'node:crypto';

/**
 * A closed round's released view (its results, themes and change summaries), computed once and kept,
 * keyed by the round and a digest of every input the release reads: its status, k, questions,
 * invitations by group and every stored response. A closed round's inputs do not change, so reads
 * after the first skip the release and the text analysis of its suggestions; if anything they read
 * does change (retention removing texts, a deleted response, a different k or group structure), the
 * digest changes with it and the view is computed again, so a kept view can never be stale.
 *
 * Kept in the process's memory, at most `capacity` rounds, the least recently read dropped first:
 * several app processes each keep their own, which is as correct as one since the key is the content.
 */
export function createReleasedViewCache<View>(capacity = 500) {
  const views = new Map<string, { digest: string; view: View }>();
  return {
    read(roundId: string, digest: string): View | undefined {
      const kept = views.get(roundId);
      if (!kept || kept.digest !== digest) return undefined;
      // Re-inserted so the Map's order is the order of last use.
      views.delete(roundId);
      views.set(roundId, kept);
      return kept.view;
    },
    keep(roundId: string, digest: string, view: View): void {
      views.delete(roundId);
      views.set(roundId, { digest, view });
      for (const oldest of views.keys()) {
        if (views.size <= capacity) break;
        views.delete(oldest);
      }
    },
    get size() {
      return views.size;
    },
  };
}

/** The digest of everything a release reads; equal digests mean an equal released view. */
export function releaseInputsDigest(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');
}
