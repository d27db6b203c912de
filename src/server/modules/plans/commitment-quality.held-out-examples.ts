// Later batches of the labeled commitments, same rubric and format as the first block in
// commitment-quality.labeled-examples.ts. Each batch was written fresh and measured before the
// rules were changed for it; the fifth was never tuned for.

export const heldOutBatches = `
# Second batch, written as a held-out check after the first rules existed and then kept with its labels.
a direct report asks for my opinion on their approach | ask what they would do first and let them finish explaining | every time | they talk first and I comment second | -
I catch myself rewriting someone's code | leave a review comment with my suggestion instead and let them decide | every time | comments instead of commits from me on their branch | -
a meeting has no clear outcome | end it by saying who owns the next step and by when | every meeting I run | each meeting ends with a named owner | -
someone on the team ships something | call it out in the Friday demo with what it changed for users | weekly | shout-outs in the demo | -
I'm about to say no to an idea | ask one question about how it would work before giving my answer | every time | people get a question before a no | -
someone is blocked waiting on another team | contact that team's lead the same day and tell the person what I did | whenever I hear about it | blockers move within a day | -
we start our weekly 1:1 | ask "what's on your mind?" and wait before bringing my own list | weekly | they set the tone of the 1:1 | -
I make a mistake that affects the team | say so in standup, along with what I'll do differently | every time | I own my mistakes out loud | -
a decision I made gets questioned | explain my reasoning in two sentences and ask what I might have missed | every time | a question back instead of a defence | -
a team member asks to lead something new | say yes, or tell them within two days what would need to be true for a yes | every time | a clear answer within two days | -
someone returns from leave | block 30 minutes on their first day to catch them up on what changed | every time | a catch-up on day one | -
an incident postmortem starts | open by saying we look at systems, not people, then ask the on-call engineer what they saw | every postmortem | a blameless opening, heard in the room | -
I have a free slot on Friday afternoon | walk over to someone I haven't talked to this week and ask how their week went | weekly | people see me drop by | -
someone gives me feedback about myself | say thank you and write it down without explaining myself | every time | they see me take notes, not argue | -
in team meetings | be a more inclusive leader | always | everyone has a voice | vague
working with my reports | give people more autonomy | ongoing | they run things themselves | vague
things get stressful | lead by example | always | | vague
I talk to the team | share more context | regularly | people know why | vague
giving feedback | be more direct and honest | every time | people know where they stand | vague
the team has questions about strategy | over-communicate | always | | vague
I get the chance | praise good work | when I can | people feel recognized | vague
someone is new | provide a great onboarding experience | every new hire | good onboarding | vague
we have 1:1s | make them more meaningful | weekly | better 1:1s | vague
someone challenges my technical opinion | keep my ego out of it | always | | unobservable
a report is underperforming | stay positive about their potential | until it improves | they feel believed in | unobservable
someone brings bad news | not shoot the messenger | always | people bring bad news earlier | unobservable
people share concerns | take them seriously | always | they feel taken seriously | unobservable
I'm in design discussions | be curious about other approaches | every discussion | | unobservable
someone explains their plan | give them the benefit of the doubt | always | they feel trusted | unobservable
I'm busy and someone asks for help | stay present in the conversation | every time | I'm not on my laptop | unobservable
we do planning | ensure all tickets are estimated by the team | every sprint | estimates on every ticket | outside-control
someone is disengaged | get them excited about the work again | as needed | more energy | outside-control
the team is siloed | have people collaborate more | ongoing | more pairing | vague, outside-control
the team disagrees on architecture | bring everyone to consensus | as needed | everyone agrees | outside-control
a new quarter starts | get buy-in from every engineer on the roadmap | quarterly | everyone on board | outside-control
there is tension between two seniors | make them get along | ongoing | no more friction | outside-control
someone is stressed | reduce their stress | as needed | a calmer team | outside-control
a sprint is running | look at the Jira board twice a day and ask about any ticket that hasn't moved | daily | I'm on top of things | micromanagement
the team writes code | be a required reviewer on all pull requests | always | quality stays high | micromanagement
I'm in deep work | set Slack to do-not-disturb and tell the team to save questions for 4pm | daily | fewer interruptions | micromanagement
someone finishes a task | have them message me before picking up the next one | every task | I know what everyone is on | micromanagement
the week ends | collect a written summary from each engineer of what they did | weekly | I know what happened | micromanagement
work starts in the morning | run a round of individual check-ins with each person | every morning | everyone knows I'm around | micromanagement
customers email the team | be cc'd on every customer email | always | I can step in early | micromanagement
someone wants to change scope | have them run it by me first | always | no surprises | micromanagement
people work from home | make sure everyone is online and green on Slack from 9 to 5 | every day | | micromanagement, outside-control
an engineer picks up a ticket | agree the approach with me before they start coding | every ticket | fewer rewrites | micromanagement

# Third batch, held out in the same way after the second round of rules.
we finish a project | hold a 30-minute retro and share my own mistakes first | every project | I go first with what I got wrong | -
someone asks me to decide between two options | ask which one they would pick and why, and go with it unless there's a risk I can name | every time | my default answer is "what would you pick?" | -
my boss asks me for a status update | check the team's shared board instead of pinging people | whenever it happens | no extra pings from me | -
a report shares a career goal | write it down and bring one matching opportunity to our next 1:1 | every time | they see their goal come up again | -
I notice someone did extra work over the weekend | thank them and ask what we can change so it doesn't have to happen again | every time | a thank-you plus a question | -
I'm about to join a meeting the team can run without me | decline it and ask for the notes | every week | fewer meetings with me in them | -
someone asks for more responsibility | agree one concrete thing they can own this month | every time | they own something new within a month | -
I get a question I've answered before | point to the doc and offer to update it together | every time | docs get better, no sighs | -
the team approves a design without me | say in the channel that I back the decision | every time | public support for their call | -
an engineer proposes a tool I don't know | ask them to show me a five-minute demo before I comment | every time | a demo request instead of a no | -
someone is late with a deliverable | ask what got in the way and what they need from me, before mentioning the delay | every time | the first question is about obstacles | -
I assign work | explain in one or two sentences why it matters to the customer | every assignment | people hear the why | -
our team wins something | name the people who did it at the all-hands | every time | names on the all-hands slides | -
I feel like taking over a struggling task | offer to pair for an hour instead | every time | pairing offers instead of takeovers | -
a new engineer opens their first PR | review it the same day with at least two encouraging comments | for every new hire | a fast, kind first review | -
things get busy | keep the team informed | always | no surprises | vague
a conflict comes up | address it early | as needed | fewer blowups | vague
I work with seniors | step back and give them room | ongoing | they lead more | vague
in 1:1s | show more interest in their careers | weekly | they feel I care | vague
the team gets new work | set clearer expectations | every sprint | fewer misunderstandings | vague
people come to me | be approachable and friendly | always | people come to me | vague
I'm with my team | be a good manager | always | | vague
I hear criticism of my decisions | not get defensive | always | they keep telling me things | unobservable
someone has a different working style | accept that there are many ways to do it | always | less friction | unobservable
I feel overwhelmed | keep my stress to myself | during busy weeks | the team stays focused | unobservable
someone makes the same mistake twice | stay curious instead of annoyed | every time | | unobservable
I'm reviewing someone's plan | focus on what's good about it | every review | | vague, unobservable
someone is venting | just be there and hold space | as needed | they feel supported | vague, unobservable
a junior is slow | remind myself everyone learns at their own pace | every time | | unobservable
we have all-hands | make sure people feel comfortable asking questions | monthly | more questions | outside-control
the team has too much on | get stakeholders to respect our priorities | every quarter | fewer surprise requests | outside-control
someone gets negative feedback | help them not take it personally | every time | they bounce back | outside-control
we onboard a new hire | make sure they are productive within a month | every new hire | they ship early | outside-control
the team is in a rut | bring back the energy | as needed | more buzz in standups | vague, outside-control
code quality drops | have the team write more tests | ongoing | more tests | outside-control
we have incidents | ensure people learn from them | every incident | fewer repeats | outside-control
the team is remote | ask everyone to keep their cameras on in all meetings | always | | micromanagement
a ticket is in progress | require a comment on it every day with the current state | daily | up-to-date tickets | micromanagement
I'm worried we're slipping | join every standup and ask each person what they did yesterday | daily | more accountability | micromanagement
someone messages me outside my focus blocks | remind them of my availability times | every time | fewer messages | micromanagement
someone changes an API | make sure they get my sign-off first | every change | no breaking changes | micromanagement, outside-control
the team writes design docs | read every design doc before it is shared | always | fewer design mistakes | micromanagement
people leave for the day | have them post what they got done in the channel | every day | a daily log | micromanagement
we work on a critical project | sit in on every technical discussion | until launch | I'm in the room | micromanagement
someone wants to merge to main | require my thumbs-up on the PR | always | | micromanagement

# Fourth batch, held out in the same way after the third round of rules.
a teammate asks "do you have a minute?" | say yes, or give a specific time within the same day | every time | nobody waits more than a day for me | -
I see a bug in someone's code during review | ask a question about it instead of rewriting it | every review | questions in my review comments | -
I start a 1:1 | I'll put my phone away and close my laptop | every 1:1 | my laptop stays closed | -
someone presents at the all-hands | send them a short note afterwards about one thing that landed well | monthly | a message from me after they present | -
I'm about to assign a task | ask the person if they want it and what would make it interesting for them | each assignment | they get a choice | -
my own manager praises our team | forward the praise to the team with names | every time | they see the praise within a day | -
an engineer's estimate seems too long | ask how they got to it before sharing my own guess | every planning | a question instead of a counter-offer | -
someone misses a deadline | have a one-on-one conversation within a day to understand what happened | every time | a private chat, not a public callout | -
we make a team decision I disagreed with | say in the meeting that I'll support it, and then do | every time | I back it publicly | -
I learn about a reorg that affects the team | tell them what I know within 24 hours, including what I don't know yet | every time | no rumors before my message | -
someone asks for feedback on a doc | reply within two days with three specific comments | every time | quick, specific comments | -
I open a planning meeting | show the goal and the constraints, then stay quiet for the first ten minutes | every sprint | the team talks first | -
someone pushes back on a deadline I set | ask what date they'd commit to and why | every time | a question, not a repeat of my date | -
I check my calendar on Monday | book 20 minutes with one person I haven't had a 1:1 with in three weeks | weekly | nobody goes a month without time with me | -
an engineer solves a problem differently than I would have | say what I like about their approach and not mention mine unless asked | every time | fewer "I would have..." from me | -
I run meetings | make meetings more efficient | weekly | shorter meetings | vague
we talk about careers | be more intentional about growth conversations | monthly | | vague
the team is heads-down | protect their focus | always | fewer distractions | vague
someone has a problem | be supportive and helpful | always | they feel supported | vague
I have feedback | share it in a timely manner | always | | vague
working with product | collaborate better with our PM | ongoing | smoother planning | vague
someone makes a decision I wouldn't | let it go | every time | | unobservable
I'm in a heated discussion | keep my emotions in check | always | calmer discussions | unobservable
someone is slow to respond | not assume they're slacking | always | | unobservable
I get bad news | stay composed | always | | unobservable
I'm in 1:1s | be fully present | weekly | they feel listened to | unobservable
my team tries new approaches | be open to failure | always | | unobservable
we hire | make sure new hires love the team culture | every hire | | outside-control
the team is unhappy with on-call | get people to stop complaining | as needed | | outside-control
a teammate is shy | help them gain confidence | ongoing | they speak up more | outside-control
we're behind schedule | get the team to work faster | until we catch up | | outside-control
there's drama | make sure everyone gets along | as needed | | outside-control
it's release week | ensure zero bugs reach production | every release | | outside-control
someone starts their day | expect a message from them saying what they plan to do | every day | | micromanagement
my team opens PRs | be added as a reviewer to every PR | always | | micromanagement
people want to reach me | make them go through my calendar assistant | always | | micromanagement
work is assigned | check every ticket's status at 5pm | daily | | micromanagement
someone wants to talk to another team | have them loop me in first | always | | micromanagement
engineers plan their week | review and adjust each person's weekly plan | weekly | | micromanagement
a bug is reported | personally decide who fixes it and how | every time | | micromanagement
the team writes to customers | approve every outgoing message | always | | micromanagement

# Fifth batch, held out after the fourth round of rules and deliberately left untuned: its misses
# are the honest picture of how the check does on wording it has not seen.
someone joins a video call late | carry on, and send them a two-line recap in the chat afterwards | every time | a recap instead of a remark | -
I write a performance review | include two examples the person would recognise for every point I make | every review cycle | examples they recognise | -
a candidate interview ends | write my notes before talking to the other interviewers | every interview | independent notes in the hiring doc | -
someone asks me a question in Slack | answer within two hours during working time, or say when I will | every working day | replies within two hours | -
I notice the same person always takes notes in meetings | rotate note-taking and put the rota in the meeting invite | every meeting | a rota in the invite | -
we have a production incident | ask the on-call engineer what they need and take the stakeholder updates off their plate | every incident | I handle the status updates while they fix | -
I disagree with my manager's decision | tell them privately first, and then back the decision in front of the team | every time | one voice in front of the team | -
someone on the team has a personal emergency | tell them to take the time and cover their meetings myself | every time | their meetings are covered | -
a quarter ends | write a short note to each person about one thing they did that mattered | quarterly | a personal note each quarter | -
a teammate wants to try a risky idea | agree a small experiment with a date to look at the results together | every time | experiments with dates | -
I'm asked to present the team's work to leadership | invite the person who built it to present with me | every time | their names and faces in the meeting | -
I give a task to a junior | agree one check-in point halfway and tell them they can ask me anything before then | each task | one planned check-in and an open door | -
we start a new project | set the team up for success | every project | | vague
someone needs guidance | give more guidance | as needed | | vague
I lead meetings | run them more effectively | weekly | shorter meetings | vague
the team is overloaded | help prioritise | ongoing | less overload | vague
I'm with direct reports | act more like a coach and less like a boss | always | | vague
someone criticises my code | not take it personally | always | | unobservable
I'm about to react to bad news | count to ten in my head | every time | | unobservable
someone has an unusual idea | suspend judgment | always | | unobservable
a project I care about gets cancelled | make peace with it quickly | every time | | unobservable
I talk to someone much more junior | be humble | always | | unobservable
the team lacks direction | make everyone aligned on the vision | every quarter | | outside-control
we have reviews | get honest feedback from everyone | every cycle | | outside-control
someone is burning out | make them take a break | as needed | | outside-control
people leave meetings confused | make sure everybody understands the decision | every meeting | | outside-control
the team dislikes the new process | convince them it's the right thing | ongoing | | outside-control
someone works on a big task | ask them for a progress update every afternoon | until it's done | | micromanagement
my reports schedule meetings with other teams | have them invite me to all of them | always | | micromanagement
the team is in the office | walk around every hour to see what people are doing | daily | | micromanagement
engineers want to refactor | make them get my approval before touching shared code | always | | micromanagement
I'm on vacation | require everyone to text me if anything comes up | during time off | | micromanagement
my team sets their OKRs | rewrite them until they match what I would have written | every quarter | | micromanagement
`;
