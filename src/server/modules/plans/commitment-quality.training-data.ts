// More commitments as leaders type them, for training the commitment classifier together with
// the labeled commitments (commitment-quality.labeled-examples.ts), same format and rubric:
// situation | action | frequency | how others would notice | flags ("-" for none).
// Written in many voices: terse, lowercase, typos, non-native, jargon; daily reports framed as
// care (micromanagement), check-ins agreed with the owner (fine), intentions nobody can see
// (unobservable), outcomes that depend on others (outside-control).
// Used only to train the classifier (npm run train:text); never by a test's assertions.
export const commitmentTrainingData = `
a sprint starts | agree with each owner when we check in on their piece, and keep to that | every sprint | they set the check-in dates | -
someone takes a new project | agree a weekly 20-minute sync with them and skip it when they say so | weekly | they can cancel our sync | -
we start a project | ask the owner how often they want to meet, and put that in both calendars | each project | the rhythm is their choice | -
pr is waiting on me | review it within one working day | every pr | no pr waits more than a day for me | -
standup | speak last | daily | i talk last in standup | -
1:1 | ask what's on their mind before my list | weekly | they start the 1:1 | -
someone disagrees | ask them to say more before i answer | every time | they hear a question first | -
i hand off a task | write the goal and the deadline in the ticket and let them choose the approach | each handoff | a clear ticket, no how from me | -
a release goes out | thank the people who built it by name in the channel | every release | named thanks in #releases | -
we plan the quarter | ask each person which project they want to grow in and write it down | each quarter | their wish is in the plan doc | -
i get a meeting invite during focus blocks | decline it and offer another slot | every time | my team sees my calendar respected | -
a junior asks a question | ask what they tried first, then pair with them for 15 min if still stuck | every time | they get a question, then help | -
someone is out sick | tell them not to check messages and reassign their urgent work myself | every time | no pings to sick people | -
incident is over | run a blameless review within a week and share the notes | each incident | notes in the wiki within a week | -
we have a new hire | pair them with a buddy and meet them at the end of week one and week four | each new hire | two meetings on their calendar | -
i disagree with a decision from above | explain the reason to the team and say honestly that I disagree | every time | team hears the why and my view | -
an engineer proposes a tool | ask them to try it for one sprint and present what they learned | every time | they run a trial and present | -
the team misses a sprint goal | ask in the retro what got in the way and pick one thing to change, without naming anyone | every retro | retros end with one change | -
planning | show the goal first and let the team propose the tickets | every planning | the team writes the tickets | -
somebody do a good job | say thanks in the team chat same day, with what was good | every time | thank you with detail | -
i want status of a project | look at the board first and only ask the owner if something is unclear | when I need it | fewer questions from me | -
monday | post my own priorities for the week in the team channel | weekly | my priorities are visible | -
one of my reports wants a promotion | write down with them the gaps and review it together monthly | monthly | a shared doc we update | -
i receive feedback | say thanks and ask one follow-up question | every time | i ask instead of defend | -
a deadline is at risk | tell the stakeholders myself within a day, with a new date from the owner | each time | stakeholders hear it from me | -
on-call handover | join the first 10 minutes only if the on-call person asks me | each handover | i'm there only when invited | -
a report is stuck | ask what would help and do that one thing | when they tell me | they get the help they asked for | -
team meeting | | weekly | | vague
1:1s | be a better coach | weekly | better 1:1s | vague
team | communicate more transparently | always | more transparency | vague
standups | be more engaged | daily | | vague
i have time | give feedback | sometimes | | vague
conflicts arise | handle them better | whenever | less conflict | vague
someone needs help | be there for them | always | they know i'm there | vague
working with juniors | mentor them more | regularly | juniors grow | vague
in meetings | try to be more inclusive | always | | vague
feedback | give more constructive feedback | as needed | people improve | vague
team is stressed | support them as much as possible | when needed | they feel supported | vague
product asks for stuff | push back more | when possible | | vague
roadmap | share more context | whenever i can | more context | vague
any meeting | really try to listen | every meeting | | unobservable
every meeting | really try to listen to everyone | every meeting | people feel listened to | unobservable
someone criticise my code | not take it personal | every time | | unobservable
people push back | stay open minded | always | | unobservable
a junior makes mistake | be patient with them | every time | | unobservable
a meeting gets heated | keep calm inside | every time | nobody will notice | unobservable
someone brings bad news | not get angry | every time | | unobservable
i disagree | keep an open mind | always | | unobservable
someone is late | assume good intentions | every time | | unobservable
1:1 | be fully present | weekly | | unobservable
retro | reflect on my own behaviour | every sprint | only me | unobservable
when i review work | remember that everyone has a different style | always | | unobservable
someone asks a basic question | not judge them | every time | | unobservable
stressful release | stay positive | every release | | unobservable
listening to my team | really hear what they mean | always | | unobservable
team meeting | make sure everyone feels heard | every meeting | everyone feels heard | outside-control
retro | make sure everybody speaks up | every retro | | outside-control
team is unmotivated | motivate them | always | higher motivation | outside-control
a project starts | ensure the team hits the deadline | each project | deadline met | outside-control
new person joins | make sure they feel welcome | every new hire | they feel welcome | outside-control
conflict between two engineers | make them get along | when it happens | they work together | outside-control
planning | get everyone aligned on the roadmap | every quarter | alignment | outside-control
demo | make the stakeholders happy | every demo | happy stakeholders | outside-control
someone is down | cheer them up | when i notice | they feel better | outside-control
code review | ensure no bugs reach production | every pr | zero bugs | outside-control
my team | keep everyone happy | always | happy team | outside-control
sprint | make sure the team delivers everything we committed | every sprint | 100% delivery | outside-control
people are quiet | get them to share their ideas | every meeting | more ideas | outside-control
the juniors | make them more confident | ongoing | confident juniors | outside-control
team morale is low | raise morale | this quarter | better morale | outside-control
we miss deadlines | have the team estimate better | every sprint | better estimates | outside-control
someone feel stressed | make sure they dont feel stressed anymore | every time | less stress | outside-control
all-hands | make everyone understand the strategy | each all-hands | everyone gets it | outside-control
i care about my team | ask everyone for an end-of-day summary so i know how they are doing | daily | i know how everyone is | micromanagement
i want to support the team better | have each person send me a short daily report of what they did and what blocks them | every day | i can help faster | micromanagement
people work remote | ask everyone to post what they did today before they log off | every day | i see what everyone did | micromanagement
to protect the team from surprises | get a daily written update from each engineer | daily | no surprises | micromanagement
i want to help juniors | review every line of code they write before it is merged | every pr | fewer bugs | micromanagement
a project is important | join every meeting about it | always | i'm in every meeting | micromanagement
someone works on a customer issue | ask them for an update every two hours | until solved | customer gets updates | micromanagement
the team makes technical choices | approve all of them before they start | every choice | nothing starts without me | micromanagement
team members take days off | require them to tell me what they will finish before they go | each time | clean handover | micromanagement
to stay in the loop | be cc'd on all emails to customers | always | i'm in cc | micromanagement
our sprint | check the board every morning and ping anyone whose ticket didn't move | daily | tickets move | micromanagement
i want to be available | set fixed times when people can bring me questions | weekly | fewer interruptions | micromanagement
a deadline is close | ask each dev for status in the morning and in the evening | every day | i know the status | micromanagement
people start work | check they are online on slack at 9 | daily | everyone starts on time | micromanagement
someone writes a doc | rewrite it myself before it's shared | every doc | docs are better | micromanagement
a ticket is created | assign it myself to the right person | every ticket | clear ownership | micromanagement
remote days | ask for a screenshot of progress at lunch | every remote day | | micromanagement
end of week | collect a timesheet from everyone with hours per task | weekly | i know where time goes | micromanagement
design decisions | have the final say on every design | always | consistent design | micromanagement
out of care | call each report every evening to ask how the day went | daily | they know i care | micromanagement
we have our weekly 1:1 | ask what is getting in their way this week | weekly | they get asked about blockers | -
our weekly 1:1 | ask each report what they need from me | weekly | a question about what they need | -
every other week | ask each of my reports in our 1:1 how they feel about their workload | every two weeks | a workload question in 1:1s | -
a 1:1 starts | ask how they are doing and listen to the answer before any status talk | weekly | status comes last | -
monthly career chat | ask each person what they want to learn next and find one chance for it | monthly | one new chance each month | -
`;
