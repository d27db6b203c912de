import type { FrameworkFile } from '../../../shared/framework';
import { defaultFrameworkText } from '../../../shared/i18n/catalogs/framework';

// Every text is translatable content, read from the framework catalog
// (src/shared/i18n/catalogs/framework/en.json; decision 0050): a round in German asks with the
// German names and behaviors, and a leader reading the app in German reads all of it in German. A
// key missing there fails when this module loads, not in a stakeholder's form.
const textOf = defaultFrameworkText;
const behaviorsOf = (competency: string, keys: string[]) =>
  keys.map((key) => ({ key, text: textOf(`${competency}.${key}`) }));
const competencyTexts = (key: string) => ({
  key,
  name: textOf(`${key}.name`),
  description: textOf(`${key}.description`),
  whyItMatters: textOf(`${key}.why-it-matters`),
  reflectionPrompts: [1, 2, 3].map((n) => textOf(`${key}.reflection-prompt-${n}`)),
});

/**
 * The framework a new workspace starts with, written for engineers who have just become
 * managers. Every behavior is something another person could see, phrased to complete both
 * "Did I do my best to … today?" and a stakeholder's rating list.
 */
export const defaultFramework: FrameworkFile = {
  version: 1,
  name: textOf('framework.name'),
  competencies: [
    {
      ...competencyTexts('listening-with-empathy'),
      behaviors: behaviorsOf('listening-with-empathy', [
        'let-people-finish',
        'summarize-before-replying',
        'ask-how-it-feels',
        'full-attention',
        'invite-quiet-voices',
        'acknowledge-before-solving',
      ]),
    },
    {
      ...competencyTexts('coaching'),
      behaviors: behaviorsOf('coaching', [
        'ask-before-answering',
        'ask-what-they-tried',
        'talk-about-growth',
        'let-them-choose',
        'offer-stretch-work',
        'debrief-for-learning',
      ]),
    },
    {
      ...competencyTexts('delegating-outcomes'),
      behaviors: behaviorsOf('delegating-outcomes', [
        'describe-the-outcome',
        'agree-check-ins-upfront',
        'hand-over-decisions',
        'leave-work-with-owner',
        'hand-over-my-own-work',
        'name-the-limits',
      ]),
    },
    {
      ...competencyTexts('giving-feedback'),
      behaviors: behaviorsOf('giving-feedback', [
        'give-it-soon',
        'describe-behavior-and-impact',
        'suggest-a-next-step',
        'say-what-works',
        'check-understanding',
        'ask-for-feedback',
      ]),
    },
    {
      ...competencyTexts('co-creating-decisions'),
      behaviors: behaviorsOf('co-creating-decisions', [
        'ask-input-early',
        'say-how-we-decide',
        'explain-reasoning',
        'invite-disagreement',
        'show-how-input-counted',
        'let-team-decide',
      ]),
    },
    {
      ...competencyTexts('building-a-shared-vision'),
      behaviors: behaviorsOf('building-a-shared-vision', [
        'connect-work-to-purpose',
        'shape-vision-together',
        'explain-priority-changes',
        'repeat-the-direction',
        'say-no-to-off-course',
        'check-shared-picture',
      ]),
    },
    {
      ...competencyTexts('fostering-ownership-and-accountability'),
      behaviors: behaviorsOf('fostering-ownership-and-accountability', [
        'agree-clear-commitments',
        'make-raising-risks-safe',
        'follow-up-as-agreed',
        'ask-for-a-plan',
        'keep-my-commitments',
        'own-my-mistakes',
      ]),
    },
    {
      ...competencyTexts('handling-conflict'),
      behaviors: behaviorsOf('handling-conflict', [
        'address-tension-early',
        'hear-both-sides',
        'focus-on-interests',
        'bring-people-together',
        'disagree-respectfully',
        'stay-neutral',
      ]),
    },
    {
      ...competencyTexts('recognizing-contributions'),
      behaviors: behaviorsOf('recognizing-contributions', [
        'thank-specifically',
        'credit-in-public',
        'notice-invisible-work',
        'celebrate-progress',
        'recognize-growth',
      ]),
    },
    {
      ...competencyTexts('supporting-well-being'),
      behaviors: behaviorsOf('supporting-well-being', [
        'ask-how-they-are',
        'check-the-workload',
        'respect-off-hours',
        'shield-from-noise',
        'model-rest',
        'adjust-when-struggling',
      ]),
    },
    {
      ...competencyTexts('managing-own-reactions'),
      behaviors: behaviorsOf('managing-own-reactions', [
        'pause-before-responding',
        'respond-to-bad-news-calmly',
        'name-my-state',
        'repair-after-snapping',
        'stay-curious-when-challenged',
        'wait-before-sending',
      ]),
    },
  ],
};
