// Micromanagement in disguise: the fixes new managers reach for when they treat a leadership
// problem like a technical one (PRODUCT.md §1). Each pattern gets its own reason and its own
// better example, because "check on everyone" and "approve everything" need different advice.

import {
  type CommitmentRule,
  firstMatch,
  inAction,
  MORE_THAN_DAILY_OR_DAILY,
  OTHERS,
  pattern,
} from './commitment-quality.rule-kit';

const EVERY = '(?:every(?:one|body)?|each|all)';
const EVERYONES = "(?:every(?:one|body)'s|each (?:person|engineer|one|member)'s|every|all(?: of)?(?: the)?)";
const WORK = '(?:progress|work|tickets|tasks|commits|code|status|output|prs|pull requests|hours|messages)';
const LOOK = '(?:check|review|look at|go through|inspect|monitor|track|watch|read)(?: over)?';

const checkingOnEveryone: CommitmentRule = {
  find: (commitment) => {
    const always = firstMatch(commitment.action, [
      pattern(String.raw`\bcheck(?:ing)? on ${EVERY}\b`),
      pattern(String.raw`\b${LOOK} ${EVERYONES}(?: \w+)? ${WORK}\b`),
      // Watching whether people look busy is checking on them without even asking.
      /\b(?:make sure|ensure|check|require|expect|monitor|track|watch|ask|tell|have|get|insist)\b.*\b(?:online|green on slack|active on slack|logged in|at (?:their|his|her) desks?|cameras? on|on camera|their hours|their activity)\b/,
    ]);
    if (always !== null) return always;
    // Asking one person how it's going is care; doing it every few hours, or to everyone
    // every day, is surveillance.
    if (!MORE_THAN_DAILY_OR_DAILY.test(commitment.whole)) return null;
    return firstMatch(commitment.action, [
      pattern(
        String.raw`\b(?:check(?:ing)? in with|check(?:ing)? on|ping|message|ask|look in on|sync with|touch base with|go (?:round|around) to) ${EVERY}\b(?: \w+)?`,
      ),
      // A shared board is a fine place to look, until it is read every few hours to chase people.
      pattern(String.raw`\b${LOOK} (?:their|his|her|on|the|the team's)(?: \w+)? (?:${WORK}|board)\b`),
      pattern(
        String.raw`\bask about (?:every|any|each|all) (?:\w+ )?(?:tickets?|tasks?|prs?|pull requests?|items?)\b`,
      ),
      pattern(
        String.raw`\b(?:1:1s?|one-on-ones?|check-?ins?|syncs?|meetings?|calls?|stand-?ups?) with ${EVERY}(?: \w+)?`,
      ),
    ]);
  },
  reason: (phrase) =>
    `"${phrase}" tells people you don't trust them to come to you, which is exactly how micromanagement feels from the other side.`,
  betterExample: () =>
    'When I want to know how work is going, I will ask in our weekly 1:1 what is in the way and offer one kind of help.',
};

const rationingContact: CommitmentRule = {
  find: inAction(
    /\boffice hours\b/,
    /\b(?:may|can|should|must) only (?:\w+ ){0,3}(?:me|my)\b/,
    /\bonly (?:message|contact|ping|email|call|come to|interrupt|bring|talk to|reach|approach|slack|dm|ask|disturb)\b(?: me)?/,
    pattern(
      String.raw`\b(?:tell|ask|require|make|get|have) ${OTHERS} (?:not to|to only|only to|to book|to schedule|to wait|to save|to hold|to batch)\b`,
    ),
    pattern(
      String.raw`\b(?:times?|hours|slots?|windows?) (?:when|where|for) ${OTHERS} (?:can|may|are allowed to|should)\b`,
    ),
    /\bno (?:interruptions|pings|walk-?ins|drop-?ins|unscheduled|ad-?hoc)\b/,
    /\bgo through my (?:calendar|assistant|ea|pa|calendar assistant|booking \w+)\b/,
    /\b(?:my )?(?:availability|available) (?:times?|hours|windows?|slots?)\b/,
    /\b(?:book|schedule) (?:a |an )?(?:slot|time|meeting)\b.*\b(?:first|before|in advance)\b/,
  ),
  reason: (phrase) =>
    `"${phrase}" decides when others may reach you, which makes people sit on their problems; protect your own time without rationing theirs.`,
  betterExample: () =>
    "When I need focus time, I will block it in my own calendar and say in the team channel when I'll be back.",
};

const approvingEverything: CommitmentRule = {
  find: inAction(
    pattern(
      String.raw`\b(?:approve|sign off(?: on)?|sign-off on|okay|ok|green-?light|vet|be cc'?d on|be copied on|review|check) ${EVERY}(?: of)?(?: \w+)?`,
    ),
    /\b(?:go|goes|must go|has to go|have to go|pass|passes|run|runs) through me\b/,
    pattern(
      String.raw`\b(?:required |mandatory )?(?:reviewer|approver|gatekeeper) (?:on|of|for|to) ${EVERY}\b(?: \w+)?`,
    ),
    /\bbe (?:added|tagged|cc'?d|copied|included)(?: as (?:an? )?\w+)? (?:to|on|in) (?:every|all|each|any)\b(?: \w+)?/,
    /\b(?:loop|check with|ask|tell|cc|inform|include|talk to) me(?: in)? (?:first|beforehand|in advance)\b/,
    /\b(?:personally|myself) (?:decide|choose|assign|pick|approve|review|check|sign off)\b(?: \w+)?/,
    /\bdecide (?:who|how|what)\b.*\band (?:how|who|when)\b/,
    /\b(?:review|check|adjust|edit|rewrite|approve|change)(?: and \w+)? (?:each|every) (?:person|engineer|one|member)'s\b(?: \w+){0,2}/,
    /\b(?:run|clear|check) (?:it|this|that|them|everything|changes?|decisions?|plans?|ideas?|designs?) (?:by|with|past) me(?: first)?\b/,
    /\b(?:with|by|past|through) me (?:first|before (?:they|he|she|anyone|someone|people|the team|it|work)\b)/,
    /\bnothing (?:\w+ ){0,3}without (?:me|my)\b/,
    /\b(?:my|me) (?:approval|sign-?off|blessing|go-?ahead|ok|okay|thumbs-?up|lgtm|\+1)\b/,
    /\b(?:require|need|wait for|insist on) my (?:review|input|permission|say-?so|involvement|approval)\b/,
    /\b(?:every|all|each|any) (?:\w+ ){0,3}before (?:it|they|anything|anyone|work) (?:is |are |gets? |goes? )?(?:shared|sent|published|merged|released|out|starts?|ships?)\b/,
    /\b(?:sit in on|join|attend|be in|be part of|be included in|be invited to) (?:every|all|each|any)(?: \w+)? (?:discussions?|conversations?|decisions?|design reviews?|customer calls?|threads?)\b/,
    /\b(?:approve|sign off on) everything\b/,
    /\bfinal (?:say|call|word) on (?:every|all|each|any)\b/,
  ),
  reason: (phrase) =>
    `"${phrase}" makes you the bottleneck and tells people their judgement isn't trusted; agree the goal and the limits, then let them decide.`,
  betterExample: () =>
    'When someone owns a decision, I will agree the goal and the limits up front and let them decide within them.',
};

const demandingReports: CommitmentRule = {
  find: inAction(
    pattern(
      String.raw`\b(?:ask|require|request|expect|want|demand|need|have|make sure|get|tell|insist)s? (?:that )?(?:${OTHERS}|every(?:one|body)|each|all)\b.*?\b(?:(?<!(?:each|every|direct|my|our) )reports?|update|updates|status|summary|summaries|email me|send me|message me|what (?:they|he|she) (?:did|finished|worked on|are working on|is working on|have done|got done|plans? to|intends? to|are going to|is going to))\b`,
    ),
    /\b(?:require|request|demand|expect|want|insist on) (?:a |an )?(?:\w+ ){0,2}(?:reports?|updates?|summary|summaries|status)\b/,
    /\bfor (?:a |an )?(?:\w+ )?(?:status |progress )?(?:update|report)s?\b/,
    /\b(?:status|progress) (?:reports?|updates?) (?:from|by)\b/,
    /\b(?:expect|require|want|need|demand) (?:a |an )?(?:\w+ ){0,2}(?:messages?|notes?|emails?|updates?|reports?|summary|summaries|lists?|plans?) from\b/,
    /\b(?:require|expect|demand|insist on)\b.*\b(?:status|current state|progress|updates?|reports?|summary)\b/,
    pattern(
      String.raw`\b(?:summary|summaries|reports?|updates?|status|timesheets?) (?:\w+ ){0,2}from (?:every(?:one|body)?|each|all|${OTHERS})\b`,
    ),
    /\b(?:collect|gather|receive) (?:a |an )?(?:\w+ ){0,2}(?:summary|summaries|reports?|updates?|status)\b/,
  ),
  reason: (phrase) =>
    `"${phrase}" turns people's time into your dashboard and signals that you are watching; let each owner choose how to keep you in the loop.`,
  betterExample: () =>
    'When a project starts, I will ask its owner how they would like to keep me updated and stick to what we agree.',
};

export const micromanagementRules: readonly CommitmentRule[] = [
  approvingEverything,
  rationingContact,
  demandingReports,
  checkingOnEveryone,
];
