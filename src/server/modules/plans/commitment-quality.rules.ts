// What each quality flag looks for. Rules are tried in order and the first match explains the
// flag, so the most specific rule of a kind comes first.

import { betterExampleFor } from './commitment-quality.better-examples';
import { micromanagementRules } from './commitment-quality.micromanagement';
import { type CommitmentRule, firstMatch, inAction, OTHERS, pattern } from './commitment-quality.rule-kit';
import type { CommitmentFlagKind } from './commitment-quality.types';

const ESCAPE_HATCH = String.raw`\b(?:when(?:ever)? (?:possible|i can|i have (?:the )?time|i get (?:a |the )?chance|i remember)|if (?:possible|i can|i have (?:the )?time)|as (?:much|often) as (?:possible|i can)|where (?:possible|appropriate))\b`;

const vague: CommitmentRule[] = [
  {
    find: inAction(/\b(?:try|trying|attempt|aim|strive|do my best|make an effort) to\b/),
    reason: (phrase) =>
      `"${phrase}" leaves an easy way out, and a commitment works best as something you will simply do.`,
    betterExample: betterExampleFor,
  },
  {
    find: (commitment) =>
      firstMatch(commitment.action, [pattern(ESCAPE_HATCH)]) ??
      firstMatch(commitment.frequency, [pattern(ESCAPE_HATCH)]) ??
      firstMatch(commitment.situation, [
        /^(?:possible|i can|i have (?:the )?time|i get (?:a |the )?chance|i remember|it makes sense|appropriate|needed|necessary)$/,
      ]),
    reason: (phrase) =>
      `"${phrase}" lets the busy weeks off the hook, and those are the weeks that count, so tie it to a moment that will surely come.`,
    betterExample: betterExampleFor,
  },
  {
    find: inAction(
      /\b(?:in a timely (?:manner|fashion)|timely|asap|as soon as possible|promptly|regularly|frequently|proactively|appropriately|when appropriate|when needed|as needed)\b/,
    ),
    reason: (phrase) =>
      `"${phrase}" leaves the timing open, so say exactly when, like "within a day" or "before the meeting ends".`,
    betterExample: betterExampleFor,
  },
  {
    find: inAction(
      /\b(?:be|become|being|get) (?:a )?(?:bit |lot |much )?(?:more|less|better)(?: [\w-]+)?/,
      /\b(?:improve|enhance|increase|strengthen|boost|optimi[sz]e)\b(?: \w+)?/,
      /\b(?:work|focus) on\b(?: \w+)?/,
      /\b\w+ (?:more|less|better)(?: (?:often|clearly|regularly|consistently|effectively|openly))?$/,
      /\b(?:more|less) (?:often|clearly|regularly|consistently|effectively|openly)\b/,
      /\b\w+ better\b/,
    ),
    reason: (phrase) =>
      `"${phrase}" says which way you want to go but not what you will do, so ask yourself what someone would see you do, and when.`,
    betterExample: betterExampleFor,
  },
  {
    find: inAction(
      /\bbe (?:an? )?(?:supportive|transparent|available|approachable|constructive|encouraging|proactive|responsive|visible|accessible|consistent|fair|role model|servant leader)\b/,
      /\bbe there\b(?: for \w+)?/,
      /\b(?:protect|respect|value|prioriti[sz]e|champion|support) (?:their|the team's|people's|everyone's) (?:focus|time|growth|wellbeing|well-being|careers?|boundaries|development)\b/,
      /\bbe (?:an? )?(?:good|great|strong|real|better|more \w+) (?:manager|leader|coach|mentor|listener|boss|teammate|role model|example)\b/,
      pattern(String.raw`\bkeep ${OTHERS} (?:informed|in the loop|posted|updated|aligned)\b`),
      /^(?:address|handle|deal with|tackle|manage|resolve|sort out) (?:it|this|that|them|conflicts?|issues?|problems?)(?: (?:early|quickly|properly|well|sooner|head[- ]on|promptly|proactively))?$/,
      /\b(?:step back|let go of control|be hands-off|hold space|give (?:\w+ )?(?:room|space|autonomy|freedom))\b/,
      /\b(?:clearer|simpler|stronger|closer|deeper|smarter|tighter|healthier)\b(?: \w+)?/,
      /\b(?:give|share|provide|offer|show|create|bring|allow|spend|make) (?:\w+ )?(?:more|less) [\w-]+/,
      /\b(?:lead by example|over-?communicate|walk the talk|open[- ]door|set the (?:right )?tone|lead from the front)\b/,
      /\b(?:foster|promote|champion|cultivate|nurture|build|create|drive) (?:a |an )?(?:\w+ )?(?:culture|environment|atmosphere|trust|alignment|collaboration|transparency|psychological safety|safe space|sense of \w+)\b/,
      /\b(?:great|good|positive|healthy|strong) (?:onboarding|experience|environment|culture|atmosphere|relationships?|team spirit)\b/,
      /\b(?:provide|give|offer|show)(?: more)? (?:clarity|support|guidance|direction|visibility|transparency|leadership)$/,
      pattern(
        `^(?:communicate|support|help|coach|mentor|lead|engage|connect|stay in touch|keep in touch)(?: with)?(?: ${OTHERS})?$`,
      ),
    ),
    reason: (phrase) =>
      `"${phrase}" is a quality people hope to feel rather than something they can watch you do, so pick the concrete act that would show it.`,
    betterExample: betterExampleFor,
  },
];

const INNER_STATE =
  '(?:calm|patient|positive|open[- ]minded|curious|humble|mindful|aware|empathetic|empathic|understanding|non-?judgmental|present|composed|relaxed|grounded|confident|compassionate|grateful|optimistic|self-aware)';
const MENTAL_ACT =
  '(?:keep in mind|bear in mind|accept that|remember|remind myself|think (?:about|of|through)|consider|reflect(?: on)?|assume|trust|believe|appreciate|care about|respect|notice|recogni[sz]e that|realise|realize|understand|empathi[sz]e(?: with)?|let go|let (?:it|that|this|things) go|pay attention|tell myself)';
const ADVERB =
  '(?:really|actively|consciously|always|genuinely|truly|deliberately|silently|mentally|quietly|first) ';

const unobservable: CommitmentRule[] = [
  {
    find: inAction(
      pattern(
        String.raw`\b(?:stay|remain|keep|be|being|feel|become)(?: more| less| very| really| truly| fully| always| genuinely| completely)? ${INNER_STATE}\b`,
      ),
      pattern(String.raw`(?:^|\band |, )(?:${ADVERB})?${MENTAL_ACT}\b`),
      /\b(?:keep|leave|check|park|put) (?:my |the )?ego\b(?: \w+)*/,
      /\btake (?:it|them|this|that|people|concerns|feedback|their \w+) seriously\b/,
      /\bkeep (?:it|this|that|my \w+) to myself\b/,
      /\bkeep my (?:emotions|feelings|temper|frustration|reactions?|cool|composure)(?: in check| under control)?\b/,
      /\bbe (?:more )?open to\b(?: \w+)?/,
      /\bfocus (?:my attention )?on (?:what|the positives?|the good|their strengths)\b/,
      /\bhold space\b/,
      /\b(?:benefit of the doubt|good faith|an open mind|in (?:their|his|her|someone's|other people's) shoes)\b/,
      /\b(?:respond|react|approach \w+|treat \w+) with (?:empathy|compassion|kindness|respect|curiosity|patience|understanding)\b/,
    ),
    reason: (phrase) =>
      `"${phrase}" happens in your head where nobody can see it, so name what you would say or do that shows it.`,
    betterExample: betterExampleFor,
  },
  {
    find: inAction(
      /(?<!\bhelp \w+ )\b(?:not|never|no longer|stop) (?:judge|judging|get(?:ting)? (?:defensive|angry|upset|frustrated|annoyed|irritated|impatient)|take (?:it|things) personally|panic|overreact|worry|assume|presume|jump to conclusions|shoot the messenger|react emotionally|hold (?:it|that|grudges?) against)\b/,
    ),
    reason: (phrase) =>
      `"${phrase}" is invisible from the outside, so name what you will do instead, such as asking a question first.`,
    betterExample: betterExampleFor,
  },
  {
    find: (commitment) =>
      /\blisten(?:ing)?\b/.test(commitment.action) &&
      !/\b(?:without|until|before|then|and (?:sum|repeat|paraphras|ask|write|take|note|reflect))\b/.test(
        commitment.action,
      )
        ? firstMatch(commitment.action, [
            /(?:(?:really|actively|truly|properly|carefully|just) )?listen(?:ing)?(?: (?:better|more|carefully|actively|properly|closely))?/,
          ])
        : null,
    reason: (phrase) =>
      `"${phrase}" is hard for anyone to see, so add what you will visibly do, like summing up what you heard before you answer.`,
    betterExample: betterExampleFor,
  },
  {
    find: (commitment) =>
      firstMatch(commitment.noticedBy, [
        // "nothing" alone means no one would notice; "nothing merges without my review" is a sign.
        /^(?:no ?one|nobody|none|nothing|not sure|n\/?a|only me|just me|hard to (?:say|tell))(?=[,;:]|$)/,
        /^(?:i will know|it'?s (?:just )?for me|this (?:one )?is for me|they (?:probably )?(?:will not|would not) notice)\b/,
      ]),
    reason: (phrase) =>
      `You wrote "${phrase}" for how others would notice, and people's view of you only changes when they can see something different.`,
    betterExample: betterExampleFor,
  },
];

const outsideControl: CommitmentRule[] = [
  {
    find: inAction(
      pattern(
        String.raw`\b(?:make sure|ensure|ensuring|guarantee|see to it)(?: that)? (?:${OTHERS}|we|the (?:project|release|sprint))\b(?: [\w']+){0,2}`,
      ),
      pattern(String.raw`\bmake ${OTHERS}\b(?: [\w']+){0,2}`),
      pattern(
        String.raw`\bget ${OTHERS} (?:to|excited|interested|on board|aligned|engaged|motivated|invested|bought in)\b`,
      ),
      pattern(
        String.raw`\b(?:bring|get) ${OTHERS}(?: \w+)? (?:to|into|on) (?:consensus|agreement|alignment|board|the same page|line)\b`,
      ),
      /\bget (?:buy-?in|agreement|alignment|commitment|consensus) from\b/,
      /\b(?:make sure|ensure|guarantee)(?: that)? (?:zero|no|nothing|nobody|none|100%)\b(?: \w+)?/,
      /\b(?:make sure|ensure|guarantee)(?: that)? (?:all|every|each) (?!.*\bthrough me\b).*\b(?:is|are|gets?|get|has|have)\b/,
      pattern(String.raw`\b(?:make sure|ensure|guarantee)(?: that)? .*\bby ${OTHERS}$`),
      pattern(String.raw`\bhave ${OTHERS} \w+ (?:more|less|better)\b`),
      pattern(
        String.raw`\bhelp ${OTHERS} (?:to )?(?:not (?:take|feel|get|worry)|feel|be (?:happy|calm|ok|okay|confident|motivated)|get over|bounce back|stay (?:calm|positive|motivated)|(?:gain|build|find|regain) (?:confidence|self-confidence|motivation|trust|their voice))\b`,
      ),
      pattern(
        String.raw`\bhave ${OTHERS} (?:take|be|become|feel|hit|reach|own|care|step up|speak|show|stay|get|want)\b`,
      ),
      pattern(
        String.raw`\bkeep (?:${OTHERS}|morale) (?:happy|motivated|engaged|calm|focused|aligned|productive|high|up)\b`,
      ),
      pattern(String.raw`^${OTHERS} (?:will|should|must|feels?|is|are|gets?)\b`),
      /\b(?:motivate|inspire|energi[sz]e|galvani[sz]e)\b(?: \w+)?/,
    ),
    reason: (phrase) =>
      `"${phrase}" depends on other people's choices, so you could do everything right and still miss it; commit to your own part instead.`,
    betterExample: betterExampleFor,
  },
  {
    find: inAction(
      /\b(?:hit|meet|achieve|reach) (?:all )?(?:our|the|their|every) (?:deadlines?|goals?|targets?|okrs?)\b/,
      /\b(?:raise|boost|improve|increase|lift|bring back|restore) (?:the )?(?:team'?s? )?(?:morale|engagement|velocity|productivity|happiness|energy|motivation|spirit|mood)\b/,
      /\b(?:reduce|lower|remove|eliminate|fix|improve|raise|boost|increase) (?:their|his|her|the team's|everyone's|people's) (?:stress|morale|motivation|engagement|happiness|confidence|anxiety|frustration|performance|productivity)\b/,
      /\b(?:reduce|eliminate|prevent|avoid) (?:all )?(?:bugs|incidents|conflicts?|turnover|attrition|mistakes|delays)\b/,
    ),
    reason: (phrase) =>
      `"${phrase}" is a result that depends on many people rather than a behavior, so commit to what you will do that could help it happen.`,
    betterExample: betterExampleFor,
  },
];

export const commitmentRules: Record<CommitmentFlagKind, readonly CommitmentRule[]> = {
  vague,
  unobservable,
  'outside-control': outsideControl,
  micromanagement: micromanagementRules,
};
