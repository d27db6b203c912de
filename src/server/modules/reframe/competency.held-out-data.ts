// Problem statements kept out of training (competency.training-data.ts has the labels' key):
// written alongside it, in the same styles, to check the competency classifier on wording it has
// not seen. The unit tests assert on these; never train on them.
export const competencyHeldOutData = `
L | my 1:1s are just status updates and nobody tells me whats really going on
L | i look at my screen when people talk to me, a report mentioned it
L | the quiet guy in the team hasn't said anything in a meeting for months
L | I hear their problem and immediately say what to do
L | People don't feel comfortable sharing bad news with me
L | a dev said I never let him finish a sentence
L | honestly i'm not really present in conversations, always thinking about other stuff
L | why does my team talk openly to HR and not to me?
L | I brush off worries as "it'll be fine"
L | i don't notice when someone is upset until they say it directly
C | my team always waits for my solution instead of trying themselves
C | juniors dont grow because i fix their stuff
C | i never discuss career goals with my people
C | how to help someone learn system design?
C | the new devs ask me how to do every task
C | one of my leads wants to grow but i dont know how to support her
C | I answer questions too quickly, nobody thinks on their own
C | they keep making the same mistake and i keep correcting it myself
C | people are not developing new skills in my team
C | I'm the only person who knows the legacy system and I don't teach anyone
D | I do the critical work myself because I don't trust the team with it
D | i approve everything, even the small things
D | i assign work with a checklist of how to do it
D | I take back tasks when they are not going my way
D | my report owns the feature but i still decide every detail
D | i cant stop doing technical work, i'm still the main coder
D | I want to hand over the sprint planning but I keep running it
D | everything waits for my review
D | I'm overloaded because I don't give work away
D | i rewrite the docs my team writes
F | i dont tell people when something is wrong with their work
F | my team doesn't know what I think of their performance
F | How do I tell someone they talk too much in meetings?
F | i give feedback way too late, usually at the review
F | my criticism is vague and nobody changes anything
F | I never say what went well
F | I avoid telling my best friend on the team that his work is slipping
F | feedback from me comes across as personal attack
F | i haven't asked my team how i'm doing as a lead
F | someone's attitude is bad and i keep not mentioning it
K | i make big decisions without asking the team
K | the team wasn't consulted about the new release process
K | people feel their opinion doesn't matter in our planning
K | I announce changes in the all hands without discussing them first
K | i choose the tools and frameworks alone
K | they say they are asked for feedback only for show
K | the devs don't know why the decision was made
K | nobody challenges my ideas in meetings anymore
K | how do i get buy-in for a decision the team didn't make?
K | the new office policy was decided by me and caused a lot of complaints
V | the team doesn't know what we are trying to achieve this year
V | we have no clear priorities, everything is urgent
V | people don't see how their work connects to the company goals
V | our goals keep changing and I don't explain it
V | what is the purpose of our team? nobody can say
V | we're busy but not going anywhere
V | I don't share the strategy with the team
V | the roadmap is a mystery to most people
V | people ask why we are doing this project and i don't have a good answer
V | everyone pulls in a different direction
O | people promise things in standups and don't deliver
O | nobody owns the incidents, they just get passed around
O | deadlines are missed and nobody warns me
O | retro actions never get done
O | I don't follow up on what people commit to
O | things get dropped because no one is clearly responsible
O | I don't keep my own promises to the team
O | people make excuses instead of owning the delay
O | nobody raises a hand when something goes wrong
O | we agree on something in the meeting and a week later nothing happened
X | two colleagues keep fighting and i stay out of it
X | the team is divided about the new architecture and it's getting personal
X | I avoid addressing tension between people
X | a senior is rude to the juniors and I haven't addressed it
X | there's a conflict with the other team about priorities and I let it fester
X | people complain about each other to me but never talk to each other
X | I take sides too quickly when people argue
X | my two leads can't stand each other
X | i don't disagree openly, i go along and complain later
X | heated arguments in code review and i just watch
R | i don't thank people enough
R | the team's work is not visible to leadership
R | the people who do the boring but important stuff never get credit
R | I don't celebrate our wins
R | someone did great work and i didn't acknowledge it
R | my team feels undervalued
R | i mention only the project, never the people who made it happen
R | the quiet contributors in my team get overlooked
R | i don't notice when people go the extra mile
R | praise from me is rare
W | my people are overworked and tired
W | the team has been in crunch mode for too long
W | someone seems stressed and I don't know how to ask
W | i message people late at night
W | nobody takes time off
W | people are burning out from the on-call
W | I keep piling work on the same people
W | i don't ask how my team is doing personally
W | the team is interrupted all day by requests from other teams
W | someone is struggling with a family situation and still works overtime
M | i get angry when production goes down
M | i get defensive when people disagree with me
M | I'm short-tempered under pressure
M | i react badly to bad news
M | my frustration shows in meetings
M | i send messages when i'm annoyed and regret it
M | I panic when deadlines are close and the team feels it
M | I get irritated by questions
M | people are scared of my reactions
M | when I'm criticized I attack back
`;
