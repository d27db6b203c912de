import type { FrameworkFile } from '../../../shared/framework';

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
      name: 'Listening with empathy',
      description:
        'Giving people your full attention and trying to understand what they think and feel before you respond, advise or decide. It means listening to understand rather than to reply, and checking that you heard them right.',
      whyItMatters:
        'People who feel heard tell you about problems early, speak up in meetings and trust your decisions even when they disagree. People who feel interrupted or dismissed go quiet, and you lose the information you most need.',
      reflectionPrompts: [
        'In my last few conversations, how much of the time was I talking, and how much was I listening?',
        'When did someone last stop sharing with me halfway through, and what had I just done?',
        'Who on my team do I understand least, and what have I never asked them?',
      ],
      behaviors: [
        { key: 'let-people-finish', text: 'let people finish speaking before I respond' },
        { key: 'summarize-before-replying', text: 'summarize what I heard before giving my view' },
        {
          key: 'ask-how-it-feels',
          text: 'ask how a situation is affecting the person, not only what happened',
        },
        { key: 'full-attention', text: 'put my laptop and phone away when someone is talking to me' },
        { key: 'invite-quiet-voices', text: 'invite the quieter people in a meeting to share their view' },
        {
          key: 'acknowledge-before-solving',
          text: 'acknowledge a concern before I start solving it',
        },
      ],
    },
    {
      key: 'coaching',
      name: 'Coaching',
      description:
        'Helping people find their own answers and grow their skills through questions, instead of handing them the solution. It means treating a problem someone brings you as a chance for them to learn.',
      whyItMatters:
        'If every hard question comes to you, you become the bottleneck and your team stops growing. People who work things out themselves learn faster, own the result and need you less for the next problem.',
      reflectionPrompts: [
        'When someone brings me a problem, how often do I give the answer before asking what they think?',
        'Which person on my team could grow most right now, and what would help them?',
        'What do I gain from being the one with the answers, and what does it cost my team?',
      ],
      behaviors: [
        { key: 'ask-before-answering', text: 'ask an open question before offering my view' },
        { key: 'ask-what-they-tried', text: 'ask what someone has already tried before suggesting a fix' },
        {
          key: 'talk-about-growth',
          text: 'talk with someone about the skill they want to build next',
        },
        {
          key: 'let-them-choose',
          text: 'let a person choose their own approach when more than one would work',
        },
        { key: 'offer-stretch-work', text: 'offer a stretch task along with the support to succeed at it' },
        { key: 'debrief-for-learning', text: 'ask what someone learned after a piece of work is done' },
      ],
    },
    {
      key: 'delegating-outcomes',
      name: 'Delegating outcomes',
      description:
        'Handing over whole pieces of work with a clear result, context and limits, and leaving the how to the person doing it. It means delegating the outcome and the authority to decide, not a list of steps.',
      whyItMatters:
        'A manager who keeps doing the technical work, or who hands out tasks but keeps every decision, becomes a bottleneck and burns out. The team waits for you, stops taking initiative and feels micromanaged.',
      reflectionPrompts: [
        'Which work am I still doing myself that someone on my team could own?',
        'When I hand something over, do I describe the result I need or the steps I would take?',
        'What would I need to trust so that I could stop checking this work?',
      ],
      behaviors: [
        {
          key: 'describe-the-outcome',
          text: 'describe the result I need and why, rather than the steps to get there',
        },
        {
          key: 'agree-check-ins-upfront',
          text: 'agree up front how and when we will check in on delegated work',
        },
        {
          key: 'hand-over-decisions',
          text: 'hand over the decisions that come with a task, not only the work',
        },
        {
          key: 'leave-work-with-owner',
          text: 'leave work with its owner when they do it differently than I would',
        },
        { key: 'hand-over-my-own-work', text: 'hand over a piece of work I would normally do myself' },
        {
          key: 'name-the-limits',
          text: 'make the limits of delegated work clear, such as budget, deadline and what must stay fixed',
        },
      ],
    },
    {
      key: 'giving-feedback',
      name: 'Giving feedback',
      description:
        'Telling people, soon and specifically, what is working and what would make their work more effective, in a way that helps them improve. It means describing behavior and its effect rather than judging the person.',
      whyItMatters:
        'Feedback that comes too late or too vaguely feels like an ambush, and feedback that is never given lets small problems grow. Clear, kind and timely feedback lets people correct course while it still matters.',
      reflectionPrompts: [
        'What feedback have I been putting off, and what is it costing the person and the team?',
        'Do my words describe what I saw and its effect, or my opinion of the person?',
        'How do I find out whether my feedback actually helped?',
      ],
      behaviors: [
        { key: 'give-it-soon', text: 'give feedback soon after I notice something worth saying' },
        {
          key: 'describe-behavior-and-impact',
          text: 'describe the specific behavior and its effect instead of a label',
        },
        { key: 'suggest-a-next-step', text: 'suggest something to try next time along with what I noticed' },
        { key: 'say-what-works', text: 'tell someone specifically what they did well and why it worked' },
        {
          key: 'check-understanding',
          text: 'ask how my feedback landed and what the person sees differently',
        },
        { key: 'ask-for-feedback', text: 'ask someone for feedback on how I am doing as their manager' },
      ],
    },
    {
      key: 'co-creating-decisions',
      name: 'Co-creating decisions',
      description:
        'Involving the people affected by a decision in shaping it, being clear about how the decision will be made, and explaining the reasoning when it is. It means asking for input before your mind is made up.',
      whyItMatters:
        'Decisions made alone and announced from the top get quiet resistance, second-guessing and slow follow-through. People commit to what they helped shape, and they often see options and risks you cannot.',
      reflectionPrompts: [
        'Which recent decision did I make alone that the team should have been part of?',
        'Do people know, before we discuss something, whether I am asking for input, consensus or a vote?',
        'When I ask for input, is my mind still open, or have I already decided?',
      ],
      behaviors: [
        { key: 'ask-input-early', text: 'ask for input on a decision before my mind is made up' },
        { key: 'say-how-we-decide', text: 'say up front who will decide and how input will be used' },
        {
          key: 'explain-reasoning',
          text: 'explain the reasoning behind a decision, including what we gave up',
        },
        { key: 'invite-disagreement', text: 'invite disagreement and alternatives before we commit' },
        { key: 'show-how-input-counted', text: 'show people how their input changed the decision' },
        { key: 'let-team-decide', text: 'let the team make a decision that is theirs to make' },
      ],
    },
    {
      key: 'building-a-shared-vision',
      name: 'Building a shared vision',
      description:
        'Working with the team on a clear picture of where you are going and why, and connecting everyday work and priorities to it. It means direction people understand, help shape and can repeat in their own words.',
      whyItMatters:
        'Without a shared sense of direction, people optimize for different things, priorities keep changing and the work feels pointless. A clear purpose helps people make good choices on their own and say no to the wrong work.',
      reflectionPrompts: [
        'If I asked each person on my team what we are trying to achieve this quarter, what would they say?',
        'How often do I explain why a piece of work matters, not just what it is?',
        'Who helped shape our direction, and who was simply told about it?',
      ],
      behaviors: [
        { key: 'connect-work-to-purpose', text: 'connect a task or priority to the bigger goal it serves' },
        { key: 'shape-vision-together', text: 'ask the team what success should look like for us' },
        { key: 'explain-priority-changes', text: 'explain a change in priorities as soon as it happens' },
        { key: 'repeat-the-direction', text: 'restate our goals and priorities in a team conversation' },
        {
          key: 'say-no-to-off-course',
          text: 'say no to work that does not serve our goals, and explain why',
        },
        {
          key: 'check-shared-picture',
          text: 'check whether people can describe our direction in their own words',
        },
      ],
    },
    {
      key: 'fostering-ownership-and-accountability',
      name: 'Fostering ownership and accountability',
      description:
        'Creating clear commitments that people make for themselves, and following up on them in a way that builds responsibility rather than fear. It means agreeing who owns what, by when, and what happens when plans slip.',
      whyItMatters:
        'When ownership is vague, deadlines slip quietly, problems surface too late and the manager ends up chasing everyone. When people own their commitments, they raise risks early and keep their word without being checked on.',
      reflectionPrompts: [
        'Do people on my team say "I will" or "someone should"? What have I done to create either?',
        'When a commitment slips, what do I do, and what does that teach people about raising risks early?',
        'Where have I taken ownership back from someone without meaning to?',
      ],
      behaviors: [
        {
          key: 'agree-clear-commitments',
          text: 'agree with each person what they own and by when',
        },
        {
          key: 'make-raising-risks-safe',
          text: 'thank someone for raising a risk or a slipping deadline early',
        },
        { key: 'follow-up-as-agreed', text: 'follow up on commitments at the time we agreed, not at random' },
        { key: 'ask-for-a-plan', text: 'ask the owner for their plan to recover when work slips' },
        {
          key: 'keep-my-commitments',
          text: 'keep the commitments I made to my team, or tell them early if I cannot',
        },
        { key: 'own-my-mistakes', text: 'admit openly when I got something wrong' },
      ],
    },
    {
      key: 'handling-conflict',
      name: 'Handling conflict',
      description:
        'Addressing disagreements and tension early, directly and fairly, and helping people work through them rather than avoiding them or taking sides. It means turning conflict about people into a discussion about interests and options.',
      whyItMatters:
        'Avoided conflict does not go away; it turns into gossip, silos and people who stop working together. Handled well, disagreement produces better ideas and stronger working relationships.',
      reflectionPrompts: [
        'Which tension on my team have I been hoping will resolve itself?',
        'When two people disagree, do I help them understand each other or do I pick a winner?',
        'How do I usually react when someone disagrees with me in front of others?',
      ],
      behaviors: [
        {
          key: 'address-tension-early',
          text: 'address a tension I noticed instead of waiting for it to pass',
        },
        { key: 'hear-both-sides', text: 'hear each side separately before bringing people together' },
        { key: 'focus-on-interests', text: 'ask what each person needs, not only what position they hold' },
        {
          key: 'bring-people-together',
          text: 'bring people who disagree into one conversation to find an option together',
        },
        {
          key: 'disagree-respectfully',
          text: 'voice my disagreement openly and respectfully in the meeting itself',
        },
        { key: 'stay-neutral', text: 'avoid taking sides before I understand what happened' },
      ],
    },
    {
      key: 'recognizing-contributions',
      name: 'Recognizing contributions',
      description:
        'Noticing and appreciating the work, effort and growth of the people around you, specifically and often, including the quiet, behind-the-scenes work. It means giving credit publicly and thanks personally.',
      whyItMatters:
        'People who feel their work goes unnoticed lose motivation and eventually leave. Specific recognition tells people what to keep doing, raises morale and shows the whole team what good work looks like.',
      reflectionPrompts: [
        'Whose work have I not acknowledged recently, and what did they contribute?',
        'When my team succeeds, who gets the credit in the rooms I am in?',
        'Do I notice the invisible work, such as reviews, support and mentoring, or only the visible wins?',
      ],
      behaviors: [
        {
          key: 'thank-specifically',
          text: 'thank someone for a specific contribution and say what it made possible',
        },
        {
          key: 'credit-in-public',
          text: 'give credit to the people who did the work when I present results',
        },
        {
          key: 'notice-invisible-work',
          text: 'acknowledge behind-the-scenes work such as reviews, support or mentoring',
        },
        { key: 'celebrate-progress', text: 'celebrate progress with the team, not only finished projects' },
        { key: 'recognize-growth', text: 'tell someone about growth I have seen in them' },
      ],
    },
    {
      key: 'supporting-well-being',
      name: 'Supporting well-being',
      description:
        'Paying attention to how people are doing, keeping the workload sustainable and making it safe to talk about stress, health and life outside work. It means protecting focus, rest and boundaries, including your own example.',
      whyItMatters:
        'Teams that run on overtime and constant urgency make more mistakes, get sick and lose good people. People do their best work when their load is realistic and they can say "I am struggling" without fear.',
      reflectionPrompts: [
        'Who on my team seems most stretched right now, and when did I last ask them about it?',
        'What message do my own working hours and messages send about rest?',
        'Which urgent requests did I pass on that could have waited?',
      ],
      behaviors: [
        { key: 'ask-how-they-are', text: 'ask someone how they are really doing, and listen to the answer' },
        {
          key: 'check-the-workload',
          text: 'check whether someone\u2019s workload is realistic before adding to it',
        },
        {
          key: 'respect-off-hours',
          text: 'avoid sending messages outside working hours unless it is truly urgent',
        },
        { key: 'shield-from-noise', text: 'protect the team from a distraction or an unnecessary request' },
        { key: 'model-rest', text: 'take a real break myself and let the team see me do it' },
        { key: 'adjust-when-struggling', text: 'adjust deadlines or scope when someone is struggling' },
      ],
    },
    {
      key: 'managing-own-reactions',
      name: "Managing one's own reactions",
      description:
        'Noticing your own frustration, anxiety or defensiveness as it rises and choosing how to respond instead of reacting on impulse. It means staying calm and curious under pressure, especially when things go wrong.',
      whyItMatters:
        'A manager\u2019s mood spreads through the team. Snapping, sighing or visible impatience make people hide bad news and stop taking risks. A calm response keeps problems visible and conversations useful.',
      reflectionPrompts: [
        'In which situations do I lose my temper or patience, and what do I feel just before?',
        'How do people on my team act after they have seen me frustrated?',
        'What helps me pause before I respond?',
      ],
      behaviors: [
        {
          key: 'pause-before-responding',
          text: 'pause and breathe before responding when I feel frustrated',
        },
        { key: 'respond-to-bad-news-calmly', text: 'respond to bad news with a question rather than blame' },
        {
          key: 'name-my-state',
          text: 'tell people when I am under pressure so they do not read it as about them',
        },
        { key: 'repair-after-snapping', text: 'apologize and repair when I have reacted badly' },
        {
          key: 'stay-curious-when-challenged',
          text: 'stay curious when someone challenges me in front of others',
        },
        { key: 'wait-before-sending', text: 'wait before sending a message I wrote while annoyed' },
      ],
    },
  ],
};
