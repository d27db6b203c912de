import { assertAnonymityThreshold } from '../../../shared/anonymity-threshold';
import { type CycleStage, cycleStages } from '../../../shared/cycles';
import { changeBins, type InsightFilter, type ProgramInsight } from '../../../shared/programs';

/**
 * One leader's part in the program, read only from what their rounds released (each figure on
 * at least k stakeholders). It never leaves this module: every figure below pools whole groups.
 */
export type ParticipantFacts = {
  competencyKey: string;
  competencyName: string;
  /** The day their program cycle started (YYYY-MM-DD). */
  startedOn: string;
  stage: CycleStage;
  /** Whether their listening round closed with results. */
  listened: boolean;
  /** Pulse rounds and mini-surveys that released results after listening. */
  followUpRounds: number;
  /** The released mean change (−3..+3) of their latest mini-survey; null when none released. */
  change: number | null;
  /** How often stakeholders said they followed up (0 never … 3 regularly), from the same mini-survey. */
  followUpLevel: number | null;
};

export type Block = { key: string; label: string; members: ParticipantFacts[] };

export const othersKey = 'others';
export const everyoneKey = 'all';

/**
 * The program's participants split into groups of at least k leaders, by competency (decision
 * 0042). Competencies with fewer than k leaders are merged into "Other competencies", with the
 * next-smallest competencies until it reaches k. Every figure an admin can see is a sum over
 * whole groups of this one partition, whatever the filter, so no combination of figures can be
 * subtracted down to fewer than k leaders. The partition never depends on the filter.
 */
export function programBlocks(participants: readonly ParticipantFacts[], k: number): Block[] {
  assertAnonymityThreshold(k);
  if (participants.length < k) return [];
  const byCompetency = new Map<string, Block>();
  for (const facts of participants) {
    const block = byCompetency.get(facts.competencyKey) ?? {
      key: facts.competencyKey,
      label: facts.competencyName,
      members: [],
    };
    block.members.push(facts);
    byCompetency.set(facts.competencyKey, block);
  }
  // Largest first, then by key, so the same participants always give the same groups.
  const groups = [...byCompetency.values()].sort(
    (a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : 1),
  );
  const large = groups.filter((group) => group.members.length >= k);
  const merged = groups.filter((group) => group.members.length < k);
  if (merged.length === 0) return large;
  while (merged.reduce((total, group) => total + group.members.length, 0) < k) {
    merged.push(large.pop() as Block);
  }
  if (large.length === 0) {
    return [
      { key: everyoneKey, label: 'All competencies', members: merged.flatMap((group) => group.members) },
    ];
  }
  return [
    ...large,
    { key: othersKey, label: 'Other competencies', members: merged.flatMap((group) => group.members) },
  ];
}

const inRange = (day: string, filter: InsightFilter) =>
  (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);

/** The leaders a figure rests on: those of the blocks with at least k contributors to it; a block with fewer is left out whole. */
function basis(blocks: readonly Block[], k: number, contributes: (facts: ParticipantFacts) => boolean) {
  return blocks
    .map((block) => block.members.filter(contributes))
    .filter((members) => members.length >= k)
    .flat();
}

function shownOver<T>(facts: ParticipantFacts[], compute: (facts: ParticipantFacts[]) => T) {
  if (facts.length === 0) return { shown: false as const };
  return { shown: true as const, leaders: facts.length, ...compute(facts) };
}

const hasChange = (facts: ParticipantFacts) => facts.change !== null;
const hasFollowUpLevel = (facts: ParticipantFacts) => facts.followUpLevel !== null;

/**
 * Which leaders each figure of a view rests on, before any figure is computed: the one place the
 * k rule is applied, and what the property tests check against every combination of views.
 */
export function figureBases(participants: readonly ParticipantFacts[], k: number, filter: InsightFilter) {
  const blocks = programBlocks(participants, k);
  const chosen = blocks.filter((block) => !filter.group || block.key === filter.group);
  const view = chosen.filter((block) => block.members.every((facts) => inRange(facts.startedOn, filter)));
  return {
    blocks,
    groupsLeftOut: chosen.length - view.length,
    funnel: basis(view, k, () => true),
    followUpRate: basis(view, k, (facts) => facts.listened),
    changeByGroup: view.map((block) => ({ block, facts: basis([block], k, hasChange) })),
    // The point's change is the group's change figure itself: a mean of the same figure over another
    // subset of the group (say, those whose follow-up answers were released) could be subtracted from it.
    followUpVsChange: view.map((block) => ({
      block,
      change: basis([block], k, hasChange),
      followUp: basis([block], k, hasFollowUpLevel),
    })),
  };
}

const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function binOf(change: number): (typeof changeBins)[number]['key'] {
  if (change < 0) return 'worse';
  if (change < 1) return 'same';
  if (change < 2) return 'better';
  return 'much_better';
}

export type Participation = ProgramInsight['participation'];

/**
 * The admin's view of a program. A date range keeps a group only when every one of its leaders
 * started within it: a range that cuts a group leaves it out whole, so moving the dates never
 * takes one leader in or out of a figure.
 */
export function programInsight(
  participants: readonly ParticipantFacts[],
  participation: Participation,
  k: number,
  filter: InsightFilter,
): ProgramInsight {
  const bases = figureBases(participants, k, filter);
  const stageIndex = (stage: CycleStage) => cycleStages.indexOf(stage);
  return {
    k,
    groups: bases.blocks.map(({ key, label }) => ({ key, label })),
    groupsLeftOut: bases.groupsLeftOut,
    participation,
    funnel: shownOver(bases.funnel, (facts) => ({
      stages: cycleStages.map((stage) => ({
        stage,
        reached: facts.filter((fact) => stageIndex(fact.stage) >= stageIndex(stage)).length,
      })),
    })),
    followUpRate: shownOver(bases.followUpRate, (facts) => ({
      share: oneDecimal((100 * facts.filter((fact) => fact.followUpRounds > 0).length) / facts.length) / 100,
    })),
    changeByGroup: bases.changeByGroup.map(({ block, facts }) => ({
      key: block.key,
      label: block.label,
      figure: shownOver(facts, (rated) => {
        const changes = rated.map((fact) => fact.change as number);
        return {
          mean: oneDecimal(mean(changes)),
          bins: changeBins.map((bin) => ({
            ...bin,
            count: changes.filter((change) => binOf(change) === bin.key).length,
          })),
        };
      }),
    })),
    followUpVsChange: bases.followUpVsChange.map(({ block, change, followUp }) => ({
      key: block.key,
      label: block.label,
      figure:
        followUp.length === 0
          ? { shown: false as const }
          : shownOver(change, (rated) => ({
              followUp: oneDecimal(mean(followUp.map((fact) => fact.followUpLevel as number))),
              change: oneDecimal(mean(rated.map((fact) => fact.change as number))),
            })),
    })),
  };
}
