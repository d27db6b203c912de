// Held-out commitments, same format and rubric as commitment-quality.training-data.ts. Written
// before the classifier was measured on them and never trained or tuned on: the quality tests
// read these.
export const commitmentHeldOutData = `
someone shares an idea in standup | write it on the board and ask who wants to explore it | every standup | ideas get an owner | -
a report finishes a big task | ask them what they learned and what they'd do differently | every time | a short chat after each big task | -
i need to give bad news | tell the team in person first and then write it down | every time | they hear it from me first | -
planning meeting | ask the quietest person for their estimate first | every planning | juniors estimate first | -
we agree a deadline | check in with the owner on the date we agreed, not before | each deadline | one check-in on the agreed date | -
someone asks for a decision | give an answer or a date for the answer within two days | every time | answers within two days | -
a new teammate joins | set up a weekly 1:1 for their first month and ask how they want it after that | each new joiner | they choose after a month | -
i make a mistake | say it in the team channel and what i'll change | every time | my mistakes are visible | -
a review gets heated | propose a short call instead of more comments | every time | calls instead of long threads | -
tech debt comes up | put one tech debt item in every sprint, chosen by the team | every sprint | a team-chosen debt ticket | -
a customer escalation comes in | handle the customer call myself and let the engineer focus on the fix | every escalation | engineers are not on the call | -
friday | write three people a specific thank-you | weekly | three thank-yous a week | -
team meetings | be more open | always | | vague
feedback | give feedback more often | regularly | | vague
the team struggles | support them better | always | | vague
decisions | communicate decisions more clearly | when needed | | vague
1:1s | try to have better conversations | weekly | better talks | vague
someone is stuck | help as soon as possible | asap | | vague
when i can | recognise good work | when i can | | vague
someone disagrees with me | really try to understand them | every time | | unobservable
a report makes a mistake | stay calm and not judge | every time | | unobservable
meetings | listen actively | every meeting | | unobservable
stress | keep my frustration to myself | always | nobody | unobservable
people bring ideas | be open to them | always | | unobservable
someone pushes back | remind myself they mean well | every time | | unobservable
team meeting | make sure nobody feels left out | every meeting | everyone included | outside-control
retro | get everyone to be honest | every retro | honest retros | outside-control
a release | ensure zero incidents | every release | no incidents | outside-control
the team is tired | boost their energy | this month | more energy | outside-control
new joiner | make sure they are productive in week one | every new hire | productive new joiners | outside-control
a conflict | make both sides agree | when it happens | agreement | outside-control
stakeholders | keep them satisfied | always | satisfied stakeholders | outside-control
quarter | make the team hit all OKRs | each quarter | okrs hit | outside-control
because i care about their wellbeing | ask everyone for a quick daily check-in message on how their work is going | daily | i know how everyone is | micromanagement
before anything is shipped | sign off on it myself | every release | nothing ships without me | micromanagement
someone works from home | ping them a few times a day to see if they need anything | daily | they know i'm there | micromanagement
to keep things on track | get an end of day update from each dev | daily | on-track projects | micromanagement
someone writes code | review all their commits that evening | daily | fewer bugs | micromanagement
a new task comes in | decide who does it and how | every task | clear plan | micromanagement
to avoid interruptions | only allow questions during my office hour | daily | | micromanagement
customer calls | be on every call the team has with customers | always | i'm on all calls | micromanagement
juniors work on tickets | check their progress twice a day | daily | i catch problems early | micromanagement
`;
