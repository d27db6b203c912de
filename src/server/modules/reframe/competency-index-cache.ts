import type { TextAnalysis } from '../text';
import {
  buildCompetencyIndex,
  type CompetencyIndex,
  type RankableCompetency,
} from './competency-index.models';

// A server sees a handful of framework versions (the default and each workspace's import);
// past this many, the least recently used is rebuilt when next needed.
const maxVersions = 64;

const cachesByAnalysis = new WeakMap<TextAnalysis, Map<string, CompetencyIndex>>();

/**
 * The analysed framework, built once per framework version and language model. The version is
 * the competencies' own text, so an edited framework is never matched against a stale index and
 * two workspaces with the same framework share one.
 */
export function competencyIndexFor(
  competencies: readonly RankableCompetency[],
  analysis: TextAnalysis,
): CompetencyIndex {
  const cache = cachesByAnalysis.get(analysis) ?? new Map<string, CompetencyIndex>();
  cachesByAnalysis.set(analysis, cache);
  const version = versionOf(competencies);
  const cached = cache.get(version);
  if (cached) {
    // Re-inserting keeps the Map in least-recently-used order.
    cache.delete(version);
    cache.set(version, cached);
    return cached;
  }
  const index = buildCompetencyIndex(competencies, analysis);
  cache.set(version, index);
  if (cache.size > maxVersions) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return index;
}

function versionOf(competencies: readonly RankableCompetency[]): string {
  return JSON.stringify(
    competencies.map(({ key, name, description, whyItMatters, reflectionPrompts, behaviors }) => [
      key,
      name,
      description,
      whyItMatters,
      reflectionPrompts,
      behaviors.map((behavior) => behavior.text),
    ]),
  );
}
