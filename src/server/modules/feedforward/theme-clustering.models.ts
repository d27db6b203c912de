/**
 * The arithmetic behind themes: TF-IDF vectors and bottom-up (agglomerative) clustering with
 * average cosine linkage. Small inputs only: a round has tens of suggestions, not thousands.
 */
export type TermVector = Map<string, number>;

export type Clusterable = { text: string; vector: TermVector };

/** Weighted term counts → L2-normalized TF-IDF vectors, with IDF taken over these documents. */
export function tfidfVectors(documents: readonly Map<string, number>[]): TermVector[] {
  const documentFrequency = new Map<string, number>();
  for (const terms of documents) {
    for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return documents.map((terms) => {
    const vector: TermVector = new Map();
    for (const [term, count] of terms) {
      const idf = Math.log((1 + documents.length) / (1 + (documentFrequency.get(term) ?? 0))) + 1;
      vector.set(term, count * idf);
    }
    const length = Math.hypot(...vector.values());
    for (const [term, weight] of vector) vector.set(term, length > 0 ? weight / length : 0);
    return vector;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  let sum = 0;
  for (const [term, weight] of a) sum += weight * (b.get(term) ?? 0);
  return sum;
}

/**
 * Merges the two most alike groups until no pair is at least `minSimilarity` alike on
 * average. Ties are broken by the items' text, not their position, so the result does not
 * depend on the order the items arrive in. Items keep their given order within a group.
 */
export function clusterByAverageCosine<T extends Clusterable>(
  items: readonly T[],
  minSimilarity: number,
): T[][] {
  const similarity = new Map<T, Map<T, number>>(
    items.map((a) => [a, new Map(items.map((b) => [b, cosine(a.vector, b.vector)]))]),
  );
  const order = new Map(items.map((item, index) => [item, index]));
  const byGivenOrder = (x: T, y: T) => (order.get(x) ?? 0) - (order.get(y) ?? 0);
  let clusters: T[][] = items.map((item) => [item]);

  for (;;) {
    const firsts = clusters.map((cluster) => cluster.map((item) => item.text).sort()[0] ?? '');
    let best: { a: number; b: number; score: number; key: string } | null = null;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const score = averageSimilarity(clusters[a] ?? [], clusters[b] ?? [], similarity);
        if (score < minSimilarity) continue;
        const key = [firsts[a], firsts[b]].sort().join('\u0000');
        const isTie = best !== null && Math.abs(score - best.score) <= 1e-12;
        if (!best || (score > best.score && !isTie) || (isTie && key < best.key)) best = { a, b, score, key };
      }
    }
    if (!best) return clusters;
    const { a, b } = best;
    const merged = [...(clusters[a] ?? []), ...(clusters[b] ?? [])].sort(byGivenOrder);
    clusters = clusters.filter((_, index) => index !== a && index !== b).concat([merged]);
  }
}

function averageSimilarity<T>(a: readonly T[], b: readonly T[], similarity: Map<T, Map<T, number>>): number {
  let sum = 0;
  for (const x of a) for (const y of b) sum += similarity.get(x)?.get(y) ?? 0;
  return sum / (a.length * b.length);
}
