import { commitmentFlagKinds } from '../../../shared/plans';
import { heldOutBatches } from './commitment-quality.held-out-examples';
import type { CommitmentDraft, CommitmentFlagKind } from './commitment-quality.types';

// Commitments as new engineering managers write them, labeled by hand with the flags a
// thoughtful coach would raise. The labeling rubric:
// - vague: the action does not say what I will actually do (more / better / improve / try to /
//   work on, an abstract quality such as "be supportive", or an escape hatch like "when I can");
// - unobservable: it happens only in my head (stay calm, be patient, keep in mind, not judge,
//   assume good intent, plain "listen"), or I say nobody would notice it;
// - outside-control: it promises what other people do or feel (make the team X, ensure
//   everyone Y, get people to Z, motivate them);
// - micromanagement: checking on each person's work, setting when people may reach me,
//   approving everything, or demanding status reports.
// Used by the accuracy test; never edit a label to make the model pass.
//
// The first block was written before any rule existed. Each later batch was written fresh,
// measured before the rules saw it, and then kept. On those fresh batches the rules were right
// about 90% of the time they flagged, but caught only 34-43% of the problems: word patterns
// generalize poorly to new phrasing, so treat the in-table recall as an upper bound.
//
// One commitment a line: situation | action | frequency | how others would notice | flags ("-" for none).

const firstBlock = `
# Good commitments: specific, visible, mine to do.
someone brings me a problem | ask two open questions before suggesting anything | every time | They'll hear questions from me before any advice | -
a teammate presents a design | name one thing I like about it before raising any concern | every design review | people hear something specific they did well first | -
I delegate a task | agree the outcome and a check-in date with the owner, and not ask about it before then | each time I delegate | the owner gets one agreed check-in instead of random pings | -
I'm in a 1:1 | let the other person set the first half of the agenda | weekly | they start the conversation, not me | -
I disagree with someone in a meeting | ask "what am I missing?" before arguing my point | whenever it happens | people hear the question before my counterpoint | -
a decision affects the team | post the decision and the reason in the team channel the same day | every decision | a written note with the why appears in #team | -
someone finishes a hard piece of work | thank them by name in our team channel within a day | every time | a named thank-you in the channel | -
I notice I'm about to give the answer in a 1:1 | ask "what options do you see?" first | in every 1:1 | they hear the question before my idea | -
I get frustrated in a meeting | pause, take a breath and ask a question before I share my view | whenever I notice it | a question from me instead of a quick reply | -
I review a pull request | leave at least one comment that says what is good about it | every review I do | reviews include a positive comment | -
a sprint starts | ask the team which decisions they'd like me to stay out of | every sprint planning | they are asked, and I stay out of those | -
a new person joins | meet them on their first day and again at the end of their first week | for every new hire | two meetings in their calendar | -
someone is talking in a meeting | not interrupt until they have finished | every meeting | fewer interruptions from me | -
I hand over a project | write down the goal, the constraints and who decides what, and share it with the owner | each handover | a short written brief | -
someone tells me about a mistake they made | thank them for raising it before asking what happened | every time | the first thing they hear is thanks | -
a 1:1 ends | sum up what I heard in one sentence and ask if I got it right | every 1:1 | they hear me repeat back and check | -
I am asked for a decision the team could make | ask who is closest to the problem and hand the decision to them | whenever it comes up | decisions land with the person closest to them | -
someone seems stressed in standup | message them afterwards and offer a 15-minute chat | when I notice it | a private message offering time | -
I run a retro | speak last, after everyone else has had a turn | every retro | I'm the last to speak | -
two engineers are in conflict | meet each of them separately within two days to hear their side before bringing them together | each conflict | both get a private conversation with me first | -
I give critical feedback | describe the specific situation and its impact, then ask for their view | every time | feedback comes with an example and a question | -
I send my manager the weekly status update | mention one team member's contribution by name | weekly | names show up in the update, which the team can read | -
someone asks me for help with a bug | ask "what have you tried so far?" before offering my approach | every time | they get a question first | -
a project gets an owner | ask them how they would like to keep me updated, and stick to it | at the start of each project | they choose how and when we sync | -
our planning meeting starts | share the goal, then ask the team how they would approach it before I say anything | every planning | the team talks first | -
someone raises a concern about a deadline | write it down in front of them and tell them by the next day what I'll do about it | every time | they get an answer within a day | -
I cancel a 1:1 | offer a new time in the same week in the cancellation message | every time | no 1:1 just disappears | -

# Vague: a direction, not an action.
I'm working with the team | be more supportive | always | the team will feel supported | vague
the team is busy | improve communication | ongoing | better communication | vague
people need me | be more available | every day | they can reach me | vague
I run 1:1s | work on giving better feedback | weekly | they get better feedback | vague
I have time | recognize people's work more | when possible | people feel appreciated | vague
there's conflict | handle it better | as needed | less conflict | vague
we plan the quarter | focus on being more transparent | quarterly | more transparency | vague
someone is struggling | be there for them | whenever | they know I have their back | vague
possible | delegate more | ongoing | I do less hands-on work | vague
I'm in standup | communicate more clearly | daily | clearer messages | vague
I give feedback | be more constructive | every time | | vague
someone comes to me with an idea | be more encouraging | always | they feel encouraged | vague
I'm in one-on-ones | be a better coach | weekly | they grow faster | vague
the team needs direction | provide more clarity | as needed | clearer priorities | vague
we work remotely | stay in touch with the team more often | regularly | more contact | vague

# Unobservable: it happens in my head.
someone pushes back on my idea | stay calm | every time | they won't see me get defensive | unobservable
a junior engineer asks a basic question | be patient | always | they feel safe asking | unobservable
someone makes a mistake | assume good intent | always | | unobservable
I'm in a 1:1 | keep in mind that they might be under pressure | weekly | they feel understood | unobservable
we make decisions | think about how they affect each person | every decision | better decisions | unobservable
I give feedback | be mindful of my tone | every time | they notice a softer tone | unobservable
someone shares an idea | not judge it | always | they share more ideas | unobservable
a release goes wrong | remember that it's a team effort | after incidents | less blame | unobservable
I'm tempted to take over a task | remind myself that it's their work | every time | I don't take over | unobservable
someone is talking to me | really listen | always | they feel listened to | unobservable
an engineer explains a technical choice | trust their judgement | every time | they feel trusted | unobservable
I feel the urge to interrupt | be aware of it | in meetings | | unobservable
I come out of a tense meeting | reflect on my own part in it | after tense meetings | no one, this one is for me | unobservable
someone disagrees with me | be more open-minded | always | they feel heard | vague, unobservable
the team is under pressure | be more empathetic | during crunch | people feel I understand them | vague, unobservable
I'm in meetings | try to listen better | daily | people will feel heard | vague, unobservable

# Outside my control: other people's behavior or feelings.
we start a sprint | make the team more proactive | every sprint | the team picks up work without being asked | outside-control
we have team meetings | get people to speak up | weekly | more voices in meetings | outside-control
we have retros | ensure everyone is happy | every retro | a happy team | outside-control
deadlines get close | make sure the team delivers on time | each release | no missed deadlines | outside-control
someone new joins | make them feel welcome | every new hire | they feel part of the team | outside-control
we plan | have the team take more ownership of their projects | every planning | they own things | outside-control
morale is low | motivate people | as needed | higher energy | outside-control
conflicts come up | make sure nobody gets upset | as needed | a calm team | outside-control
we estimate work | get engineers to give accurate estimates | every planning | estimates are accurate | outside-control
the quarter ends | have everyone hit their goals | quarterly | goals met | outside-control
someone is quiet in meetings | make sure they contribute | every meeting | they talk more | outside-control
there is a production incident | ensure the team stays calm | every incident | a calm response | outside-control
we review code | get the seniors to mentor the juniors | weekly | juniors learn faster | outside-control
the team is struggling | try to make everyone more engaged | ongoing | engagement goes up | vague, outside-control

# Micromanagement in disguise.
the day starts | check in with every engineer on what they're working on | daily | I know what everyone's doing | micromanagement
a PR is opened | approve every PR before it merges | always | nothing merges without my review | micromanagement
a decision needs making | make sure all technical decisions go through me | always | consistent decisions | micromanagement
I need focus time | set office hours when the team can come to me with questions | daily | fewer interruptions | micromanagement
people interrupt me | tell them to only message me between 2 and 4pm | every day | fewer pings | micromanagement
work is in progress | ask everyone to send me a daily status update | daily | I always know where things stand | micromanagement
the day ends | have each person email me what they finished | every day | I get a summary | micromanagement
a task is assigned | require a written progress report every Friday | weekly | reports in my inbox | micromanagement
we deploy | sign off on every release myself | every release | | micromanagement
the team picks up tickets | go through everyone's tickets each morning to see who is behind | daily | I catch delays early | micromanagement
I'm worried about a project | ping each engineer twice a day for an update | while it is at risk | | micromanagement
designs are proposed | personally approve all designs before work starts | always | nothing starts without me | micromanagement
someone wants to talk | ask them to book a slot in my calendar first | always | fewer ad-hoc interruptions | micromanagement
we have standup | ask each person for a detailed report of yesterday's work | daily | | micromanagement
the team works on a feature | review all commits every evening | daily | | micromanagement
people have questions | make it clear that questions may only come to me at our Tuesday sync | weekly | fewer interruptions | micromanagement
a junior starts a task | check their progress every couple of hours | daily | I'll catch problems early | micromanagement
a project is late | make sure everyone reports their status to me daily | until it is back on track | | micromanagement, outside-control
`;

export type LabeledCommitment = CommitmentDraft & { expected: readonly CommitmentFlagKind[] };

function parseKinds(labels: string, line: string): CommitmentFlagKind[] {
  if (labels === '-') return [];
  return labels.split(',').map((label) => {
    const kind = commitmentFlagKinds.find((known) => known === label.trim());
    if (!kind) throw new Error(`Unknown flag "${label}" in labeled commitment: ${line}`);
    return kind;
  });
}

function parseLine(line: string): LabeledCommitment {
  const cells = line.split('|').map((cell) => cell.trim());
  if (cells.length !== 5) throw new Error(`A labeled commitment needs 5 cells: ${line}`);
  const [situation = '', action = '', frequency = '', noticedBy = '', labels = ''] = cells;
  return { situation, action, frequency, noticedBy, expected: parseKinds(labels, line) };
}

/** Reads commitments written one a line in the format above. */
export function parseLabeledCommitments(block: string): LabeledCommitment[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(parseLine);
}

export const labeledCommitments: LabeledCommitment[] = parseLabeledCommitments(
  `${firstBlock}\n${heldOutBatches}`,
);
