import type { FrameworkFile } from '../../../shared/framework';
import { defaultFrameworkText } from '../../../shared/i18n/catalogs/framework';

// Names and behaviors are translatable content, read from the framework catalog
// (src/shared/i18n/catalogs/framework/en.json; decision 0050): a round in German asks with the
// German texts. A key missing there fails when this module loads, not in a stakeholder's form.
const textOf = defaultFrameworkText;
const behaviorsOf = (competency: string, keys: string[]) =>
  keys.map((key) => ({ key, text: textOf(`${competency}.${key}`) }));

/**
 * The framework a new workspace starts with, written for engineers who have just become
 * managers. Every behavior is something another person could see, phrased to complete both
 * "Did I do my best to … today?" and a stakeholder's rating list.
 */
export const defaultFramework: FrameworkFile = {
  version: 1,
  name: 'Feedforward starter framework for new managers',
  competencies: [
    {
      key: 'listening-with-empathy',
      name: textOf('listening-with-empathy.name'),
      description:
        'Giving people your full attention and trying to understand what they think and feel before you respond, advise or decide. It means listening to understand rather than to reply, and checking that you heard them right.',
      whyItMatters:
        'People who feel heard tell you about problems early, speak up in meetings and trust your decisions even when they disagree. People who feel interrupted or dismissed go quiet, and you lose the information you most need.',
      reflectionPrompts: [
        'In my last few conversations, how much of the time was I talking, and how much was I listening?',
        'When did someone last stop sharing with me halfway through, and what had I just done?',
        'Who on my team do I understand least, and what have I never asked them?',
      ],
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
      key: 'coaching',
      name: textOf('coaching.name'),
      description:
        'Helping people find their own answers and grow their skills through questions, instead of handing them the solution. It means treating a problem someone brings you as a chance for them to learn.',
      whyItMatters:
        'If every hard question comes to you, you become the bottleneck and your team stops growing. People who work things out themselves learn faster, own the result and need you less for the next problem.',
      reflectionPrompts: [
        'When someone brings me a problem, how often do I give the answer before asking what they think?',
        'Which person on my team could grow most right now, and what would help them?',
        'What do I gain from being the one with the answers, and what does it cost my team?',
      ],
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
      key: 'delegating-outcomes',
      name: textOf('delegating-outcomes.name'),
      description:
        'Handing over whole pieces of work with a clear result, context and limits, and leaving the how to the person doing it. It means delegating the outcome and the authority to decide, not a list of steps.',
      whyItMatters:
        'A manager who keeps doing the technical work, or who hands out tasks but keeps every decision, becomes a bottleneck and burns out. The team waits for you, stops taking initiative and feels micromanaged.',
      reflectionPrompts: [
        'Which work am I still doing myself that someone on my team could own?',
        'When I hand something over, do I describe the result I need or the steps I would take?',
        'What would I need to trust so that I could stop checking this work?',
      ],
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
      key: 'giving-feedback',
      name: textOf('giving-feedback.name'),
      description:
        'Telling people, soon and specifically, what is working and what would make their work more effective, in a way that helps them improve. It means describing behavior and its effect rather than judging the person.',
      whyItMatters:
        'Feedback that comes too late or too vaguely feels like an ambush, and feedback that is never given lets small problems grow. Clear, kind and timely feedback lets people correct course while it still matters.',
      reflectionPrompts: [
        'What feedback have I been putting off, and what is it costing the person and the team?',
        'Do my words describe what I saw and its effect, or my opinion of the person?',
        'How do I find out whether my feedback actually helped?',
      ],
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
      key: 'co-creating-decisions',
      name: textOf('co-creating-decisions.name'),
      description:
        'Involving the people affected by a decision in shaping it, being clear about how the decision will be made, and explaining the reasoning when it is. It means asking for input before your mind is made up.',
      whyItMatters:
        'Decisions made alone and announced from the top get quiet resistance, second-guessing and slow follow-through. People commit to what they helped shape, and they often see options and risks you cannot.',
      reflectionPrompts: [
        'Which recent decision did I make alone that the team should have been part of?',
        'Do people know, before we discuss something, whether I am asking for input, consensus or a vote?',
        'When I ask for input, is my mind still open, or have I already decided?',
      ],
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
      key: 'building-a-shared-vision',
      name: textOf('building-a-shared-vision.name'),
      description:
        'Working with the team on a clear picture of where you are going and why, and connecting everyday work and priorities to it. It means direction people understand, help shape and can repeat in their own words.',
      whyItMatters:
        'Without a shared sense of direction, people optimize for different things, priorities keep changing and the work feels pointless. A clear purpose helps people make good choices on their own and say no to the wrong work.',
      reflectionPrompts: [
        'If I asked each person on my team what we are trying to achieve this quarter, what would they say?',
        'How often do I explain why a piece of work matters, not just what it is?',
        'Who helped shape our direction, and who was simply told about it?',
      ],
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
      key: 'fostering-ownership-and-accountability',
      name: textOf('fostering-ownership-and-accountability.name'),
      description:
        'Creating clear commitments that people make for themselves, and following up on them in a way that builds responsibility rather than fear. It means agreeing who owns what, by when, and what happens when plans slip.',
      whyItMatters:
        'When ownership is vague, deadlines slip quietly, problems surface too late and the manager ends up chasing everyone. When people own their commitments, they raise risks early and keep their word without being checked on.',
      reflectionPrompts: [
        'Do people on my team say "I will" or "someone should"? What have I done to create either?',
        'When a commitment slips, what do I do, and what does that teach people about raising risks early?',
        'Where have I taken ownership back from someone without meaning to?',
      ],
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
      key: 'handling-conflict',
      name: textOf('handling-conflict.name'),
      description:
        'Addressing disagreements and tension early, directly and fairly, and helping people work through them rather than avoiding them or taking sides. It means turning conflict about people into a discussion about interests and options.',
      whyItMatters:
        'Avoided conflict does not go away; it turns into gossip, silos and people who stop working together. Handled well, disagreement produces better ideas and stronger working relationships.',
      reflectionPrompts: [
        'Which tension on my team have I been hoping will resolve itself?',
        'When two people disagree, do I help them understand each other or do I pick a winner?',
        'How do I usually react when someone disagrees with me in front of others?',
      ],
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
      key: 'recognizing-contributions',
      name: textOf('recognizing-contributions.name'),
      description:
        'Noticing and appreciating the work, effort and growth of the people around you, specifically and often, including the quiet, behind-the-scenes work. It means giving credit publicly and thanks personally.',
      whyItMatters:
        'People who feel their work goes unnoticed lose motivation and eventually leave. Specific recognition tells people what to keep doing, raises morale and shows the whole team what good work looks like.',
      reflectionPrompts: [
        'Whose work have I not acknowledged recently, and what did they contribute?',
        'When my team succeeds, who gets the credit in the rooms I am in?',
        'Do I notice the invisible work, such as reviews, support and mentoring, or only the visible wins?',
      ],
      behaviors: behaviorsOf('recognizing-contributions', [
        'thank-specifically',
        'credit-in-public',
        'notice-invisible-work',
        'celebrate-progress',
        'recognize-growth',
      ]),
    },
    {
      key: 'supporting-well-being',
      name: textOf('supporting-well-being.name'),
      description:
        'Paying attention to how people are doing, keeping the workload sustainable and making it safe to talk about stress, health and life outside work. It means protecting focus, rest and boundaries, including your own example.',
      whyItMatters:
        'Teams that run on overtime and constant urgency make more mistakes, get sick and lose good people. People do their best work when their load is realistic and they can say "I am struggling" without fear.',
      reflectionPrompts: [
        'Who on my team seems most stretched right now, and when did I last ask them about it?',
        'What message do my own working hours and messages send about rest?',
        'Which urgent requests did I pass on that could have waited?',
      ],
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
      key: 'managing-own-reactions',
      name: textOf('managing-own-reactions.name'),
      description:
        'Noticing your own frustration, anxiety or defensiveness as it rises and choosing how to respond instead of reacting on impulse. It means staying calm and curious under pressure, especially when things go wrong.',
      whyItMatters:
        'A manager\u2019s mood spreads through the team. Snapping, sighing or visible impatience make people hide bad news and stop taking risks. A calm response keeps problems visible and conversations useful.',
      reflectionPrompts: [
        'In which situations do I lose my temper or patience, and what do I feel just before?',
        'How do people on my team act after they have seen me frustrated?',
        'What helps me pause before I respond?',
      ],
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
