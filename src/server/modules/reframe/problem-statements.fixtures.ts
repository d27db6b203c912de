/**
 * Problems as new engineering managers actually describe them, each labeled with the
 * default-framework competency a coach would most likely suggest working on.
 */
type LabeledProblem = readonly [problem: string, competencyKey: string];

/** The statements the competency cues were tuned against. */
export const tunedProblems: readonly LabeledProblem[] = [
  [
    "My team keeps missing deadlines and nobody tells me until it's too late.",
    'fostering-ownership-and-accountability',
  ],
  [
    "In one-on-ones people just give me status updates and I have no idea what's really going on with them.",
    'listening-with-empathy',
  ],
  [
    "I still end up writing most of the critical code myself because it's faster than explaining it.",
    'delegating-outcomes',
  ],
  [
    "Whenever I point out problems in someone's code, they get defensive and nothing changes.",
    'giving-feedback',
  ],
  ['The team pushed back hard on the new on-call rotation I announced last week.', 'co-creating-decisions'],
  ["Nobody on the team seems to know why we're building what we're building.", 'building-a-shared-vision'],
  [
    'Two of my senior engineers keep arguing in code reviews and the rest of the team is staying out of it.',
    'handling-conflict',
  ],
  [
    'One of my best engineers told me she feels like nobody notices the work she does.',
    'recognizing-contributions',
  ],
  ['Half the team worked through the weekend again and people look exhausted.', 'supporting-well-being'],
  ["I lose my temper in incident calls when people don't have answers.", 'managing-own-reactions'],
  ['My junior developers come to me with every small question instead of figuring things out.', 'coaching'],
  ['People are quiet in meetings and I end up doing all the talking.', 'listening-with-empathy'],
  [
    "I haven't told Mark that his work isn't good enough because I don't want to hurt him.",
    'giving-feedback',
  ],
  ["I review and approve every pull request and it's become a bottleneck.", 'delegating-outcomes'],
  [
    "Priorities change every week and the team says they don't understand what matters.",
    'building-a-shared-vision',
  ],
  [
    'When something goes wrong, everyone points at someone else and nobody takes responsibility.',
    'fostering-ownership-and-accountability',
  ],
  [
    "I made a call on the architecture without asking the team and now they're not committed to it.",
    'co-creating-decisions',
  ],
  ["Our backend and frontend developers don't get along and blame each other for bugs.", 'handling-conflict'],
  ['Morale is low since the launch and I never really thanked anyone for it.', 'recognizing-contributions'],
  [
    "Someone on my team seems stressed and withdrawn lately, and I don't know how to bring it up.",
    'supporting-well-being',
  ],
  [
    'When my manager challenges my plans in front of others I get defensive and argue.',
    'managing-own-reactions',
  ],
  [
    'My engineers never take initiative; they wait for me to tell them what to do.',
    'fostering-ownership-and-accountability',
  ],
  [
    "I want my senior engineer to be ready for a tech lead role but I don't know how to help her grow.",
    'coaching',
  ],
  ["I give tasks to people but end up redoing them because they don't do it my way.", 'delegating-outcomes'],
  ["I only tell people what's wrong at their performance review, months later.", 'giving-feedback'],
  [
    "The team feels decisions are made above their heads and their opinions don't count.",
    'co-creating-decisions',
  ],
  [
    'Every time someone disagrees with me in a meeting I shut it down, and people have stopped raising concerns.',
    'managing-own-reactions',
  ],
  ['I avoid dealing with the tension between two team members and hope it goes away.', 'handling-conflict'],
  [
    "People ping me at midnight and answer messages on vacation, and I'm worried about burnout.",
    'supporting-well-being',
  ],
  [
    "The team doesn't feel connected to the company strategy; it's just tickets in a backlog.",
    'building-a-shared-vision',
  ],
  [
    "When I'm in a conversation I'm already thinking about my reply and I miss what people actually mean.",
    'listening-with-empathy',
  ],
  [
    'Nobody gets credit for all the support work and on-call firefighting that keeps us running.',
    'recognizing-contributions',
  ],
  ['My reports keep asking me what to do next instead of coming with a proposal.', 'coaching'],
  // Written after tuning on the lines above; 11 of these 15 were in the top 3 before the
  // cues were broadened with general vocabulary, so they count as tuned now.
  [
    'Whenever there is an outage I start typing orders in the channel and people freeze.',
    'managing-own-reactions',
  ],
  [
    "I keep rewriting the specs my tech lead writes because they're not how I'd do it.",
    'delegating-outcomes',
  ],
  [
    'My designer and my PM have stopped talking to each other after a heated planning session.',
    'handling-conflict',
  ],
  ['I never know what my quietest engineer is thinking.', 'listening-with-empathy'],
  [
    "Engineers tell me they don't see how their work connects to what the business needs.",
    'building-a-shared-vision',
  ],
  [
    'One of my reports has been underperforming for months and I keep hoping it gets better on its own.',
    'giving-feedback',
  ],
  [
    "After the reorg I just told everyone the new team structure, and several people are upset they weren't asked.",
    'co-creating-decisions',
  ],
  [
    'People say yes to tasks in planning but then nothing happens and no one follows up.',
    'fostering-ownership-and-accountability',
  ],
  ['My newest hire keeps asking me how to debug things instead of trying first.', 'coaching'],
  ['A few people have been putting in sixty-hour weeks to hit the release date.', 'supporting-well-being'],
  [
    'Our big migration shipped and I moved straight on to the next thing without saying anything.',
    'recognizing-contributions',
  ],
  ['I answer every question in our team channel myself before anyone else gets a chance.', 'coaching'],
  ['I get irritated when people ask questions I have already answered.', 'managing-own-reactions'],
  ["The team keeps working on side projects that don't fit our quarterly goals.", 'building-a-shared-vision'],
  ["I'm the only one who talks to stakeholders, so everything goes through me.", 'delegating-outcomes'],
];

/** Written after all tuning and deliberately left out of it: an honest view of unseen text. */
export const untunedProblems: readonly LabeledProblem[] = [
  [
    'When a release goes sideways I take over the keyboard and fix it while everyone watches.',
    'delegating-outcomes',
  ],
  [
    "Our two tech leads have completely different ideas about the architecture and won't compromise.",
    'handling-conflict',
  ],
  ["I don't think anyone on the team could explain what our group is for.", 'building-a-shared-vision'],
  ["People bring me problems and I immediately tell them how I'd solve it.", 'coaching'],
  [
    "I realized I hadn't said a word about the great work on the on-call tooling.",
    'recognizing-contributions',
  ],
  [
    "One engineer's pull requests are consistently messy and I've just been fixing them quietly.",
    'giving-feedback',
  ],
  ['My mood swings with the build status and the team tiptoes around me.', 'managing-own-reactions'],
  [
    "People nod along in planning, but I suspect they don't agree with what I've decided.",
    'co-creating-decisions',
  ],
  [
    "A teammate's parent is ill and she's trying to keep up with everything as if nothing happened.",
    'supporting-well-being',
  ],
  [
    "Tickets sit in progress for weeks and when I ask, it's always someone else's fault.",
    'fostering-ownership-and-accountability',
  ],
  [
    'In our weekly meeting I talk for forty minutes and barely know what my reports care about.',
    'listening-with-empathy',
  ],
  [
    "I'm not sure my quieter engineers feel safe telling me what they really think.",
    'listening-with-empathy',
  ],
];
