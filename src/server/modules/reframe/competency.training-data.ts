// Problem statements as leaders type them into the reframe assistant, labeled by hand with the
// default-framework competency a coach would point to first:
// L = listening-with-empathy, C = coaching, D = delegating-outcomes, F = giving-feedback,
// K = co-creating-decisions, V = building-a-shared-vision, O = fostering-ownership-and-accountability,
// X = handling-conflict, R = recognizing-contributions, W = supporting-well-being,
// M = managing-own-reactions.
// Written for the styles issue 13 lists (terse, lowercase, typos, non-native, jargon, rambling with
// the point at the end, questions, passive voice, "we"), not from any sealed case. Used only to
// train the competency classifier (npm run train:text); never by a test's assertions.
export const competencyCodes = {
  L: 'listening-with-empathy',
  C: 'coaching',
  D: 'delegating-outcomes',
  F: 'giving-feedback',
  K: 'co-creating-decisions',
  V: 'building-a-shared-vision',
  O: 'fostering-ownership-and-accountability',
  X: 'handling-conflict',
  R: 'recognizing-contributions',
  W: 'supporting-well-being',
  M: 'managing-own-reactions',
} as const;

export const competencyTrainingData = `
# listening-with-empathy
L | my team says talking to me feels like talking to a brick wall
L | i catch myself planning my reply while they are still talking
L | In 1:1s I do 80% of the talking, they barely say anything
L | people stopped bringing me their worries, I only find out when its already a resignation
L | someone cried in our one on one and I just moved on to the next agenda item
L | I type on my laptop during meetings and people notice
L | the designer said I never really get what she is trying to say
L | im always half on slack when someone comes to my desk
L | why do my reports tell my peer things they never tell me?
L | I respond with solutions when people just want to be heard
L | the introverts in the team never say a word in our meetings and I let it happen
L | a colleague told me I make people feel stupid by cutting in
L | we had a retro and I defended every point instead of hearing it
L | i assume i know what they mean and i'm often wrong
L | my direct report says I misunderstood her completely in our last talk
L | I nod but honestly I am not following, my mind is on the next deadline
L | people open up to the other lead but not to me, not sure why
L | When someone complains about the process I immediately explain why it is like that
L | it was said to me in the survey that I don't make people feel understood
L | in standups I finish people's sentences to speed things up
L | the remote folks get talked over in every call and I do nothing about it
L | I read emails while people present to me
L | our junior tried to tell me something was wrong at home and I missed the signal
L | I'm told I have a poker face and people can't tell if I'm listening
L | i ask how are you but i dont wait for the answer
L | My team feels I only care about the numbers, not about what they say
L | how do I get people to actually tell me what they think instead of what I want to hear
L | I'm impatient when people take long to explain something
L | i jump in with my opinion before anyone else had a chance
L | feedback from skip level: manager doesn't really listen, decisions feel pre-made in 1:1s
L | I keep getting surprised by things that people say they told me weeks ago
L | half the team thinks I dont take their concerns serious
L | sometimes i check my phone when someone is venting, not proud of it
L | Whenever my report talks about frustrations I change the subject to work
L | the new person feels like nobody listens to her ideas in design reviews
# coaching
C | my juniors keep asking me the same kind of question every day
C | i always end up giving the answer because its faster than asking questions
C | nobody in my team grows, they do the same tasks they did two years ago
C | how do I help a mid level dev become senior?
C | my team can't debug anything without pinging me first
C | I explain the fix instead of letting them find it, then they never learn
C | our intern is lost and I dont know how to guide him
C | my reports dont have development goals and I never talk about careers
C | the graduates wait for instructions for every little step
C | I want my engineers to solve problems on their own but they come to me for everything
C | when someone is stuck on a bug I jump on and solve it myself in 5 min
C | one of my people asked for a growth plan and I have no idea what to put in it
C | the team is not improving their skills, we always hire seniors for the hard stuff
C | i dont have time to teach the new hires so they stay slow
C | people ask me "what should I do" and i just tell them
C | my senior wants to become a tech lead and i dont know how to prepare her
C | the same mistakes are repeated sprint after sprint, nobody learns from it
C | onboarding takes months because everything is in my head
C | he has potential but he lacks confidence to take on bigger tasks
C | I never ask what someone already tried, I just give my solution
C | my people are very dependent on me, if I go on holiday nothing moves
C | how can I get juniors to think for themselves?
C | a engineer in my team plateaued and is bored, not learning anything new
C | code review is me rewriting their approach with no explanation, so they don't learn
C | I'm the bottleneck for all technical questions
C | my new team lead does not know how to run her first 1:1s and asks me what to say
C | nobody wants to take the stretch project because they are afraid to fail
C | i lecture people instead of asking them what they think
C | they never come up with their own ideas, they wait for me to propose
C | I struggle to help underperformers improve, I just redo their work
C | when a dev asks for advice i give a 20 minute monologue
C | my team lacks experience with the new stack and I dont help them learn it
C | people ask for promotion but dont know what skills they miss and I cant explain it
C | every PR review i basically tell them exactly what to write
C | Junior devs are scared to ask questions so they stay stuck for days
# delegating-outcomes
D | i cant let go of the code, i still do the hardest tickets myself
D | I review every single line before anything is merged
D | i give very detailed step by step instructions and then check each step
D | When I give a task away I end up taking it back halfway
D | my team waits for me to approve every small decision
D | i am in every meeting because nobody else can represent the team
D | i hand out tasks but not the decision power that comes with them
D | I work until 10pm because it's easier to do it myself than to explain
D | my tech lead complains that I override her decisions on design
D | Everything goes through me: deploys, budget, hiring, even naming
D | i micromanage when deadlines are close
D | I told someone to own the migration but then I kept changing how he did it
D | people say they don't feel trusted with real work
D | I keep the interesting projects for myself and give others the boring tasks
D | i assign tickets but never explain the goal behind them, just what to do
D | my report redid the dashboard differently than I would and I rewrote it over the weekend
D | i'm still the one who writes all the specs and architecture docs
D | how do I hand over the vendor relationship without losing control?
D | I'm a bottleneck, things pile up waiting for my sign-off
D | I can't delegate because nobody does it as good as me
D | when I delegate something I hover and ask for updates every few hours
D | the team lead role was given to Tom but I still run the standups
D | I redo slides that my team prepared because they are not how I like them
D | I dont trust people to make decisions about their own work
D | every time someone takes a different approach I correct it to mine
D | I keep doing my old IC job on top of being a manager
D | i give tasks without telling the deadline or budget, then get annoyed at the result
D | my calendar is full of work i should have given away months ago
D | i find it hard to give ownership of the release process to someone else
D | I am the only one who talks to the client, so I'm always the bottleneck
D | i jump in and take over whenever a project is behind
D | people wait for me to tell them how to do things instead of just doing them
D | how do i stop being the hero who fixes every incident myself?
D | i delegated the roadmap draft and then rewrote the whole thing
D | I check on delegated work daily because I worry it will go wrong
# giving-feedback
F | i never tell people when their work is not good enough, i just fix it
F | one of my devs is underperforming and I haven't said anything for months
F | my feedback is too vague, people don't know what to change
F | I only give feedback once a year in the review and people are surprised
F | How do I tell a senior that his code reviews are too harsh?
F | I avoid difficult conversations about performance
F | my team never hears when they did something well from me
F | when i give criticism i get emotional and it comes out as an attack
F | I sugarcoat so much that the message gets lost
F | someone keeps coming late to meetings and I don't know how to bring it up
F | i dont know how my team sees me as a manager, nobody tells me
F | I tell people they are "sloppy" instead of saying what went wrong
F | the performance review came as a shock for him because I never mentioned it before
F | i wait too long to address problems and then it explodes
F | people get defensive whenever I point out mistakes
F | I am not comfortable telling my former peers that their work needs to improve
F | my comments on design docs are just "looks good" or "no"
F | how to give feedback to someone older and more experienced than me?
F | i give feedback in public in the channel and people feel embarrassed
F | one report has bad communication with stakeholders and I dont know how to say it
F | I never ask my team for feedback about myself
F | the only feedback I give is when something breaks
F | she asked me how she's doing and i said "fine" because i didnt want to hurt her
F | my feedback is always about what went wrong, never what to do next time
F | I let small issues slide until they become big issues in the review
F | it's hard for me to be direct, I hint and hope they get it
F | nobody on the team knows where they stand
F | I need to tell someone their presentation was confusing but i keep postponing
F | people hear about problems with their work from others, not from me
F | my praise is generic like "good job", it means nothing
F | how do i tell an engineer that his attitude in meetings is a problem?
F | the quality of his PRs dropped and i have not raised it
F | I give feedback by email days later and it does not land
F | my report never knows if i'm happy with her work
F | I don't check if my feedback was understood, I just say it and leave
# co-creating-decisions
K | i decide things alone and then announce them, people are annoyed
K | the team was not asked before we changed the sprint length
K | I ask for opinions but I already decided, and they know it
K | my team feels decisions are made over their heads
K | We moved to a new ticketing tool and nobody was consulted
K | I never explain why I chose one option over the other
K | people disagree with my calls but only in private, never in the meeting
K | how do I involve the team in hiring decisions without it taking forever?
K | the reorg was decided by me and the director, the team heard it in the all-hands
K | they say input is asked but nothing ever changes because of it
K | i pick the tech stack for every project and the seniors are frustrated
K | when someone suggests an alternative i shut it down quickly
K | decisions are taken in my 1:1 with the PM and the devs find out later
K | I dont say who decides, so discussions go on forever
K | the on-call schedule was changed without asking anyone
K | nobody pushes back on my proposals, i think they gave up
K | my team says they have no say in what we work on
K | I made the call to cancel the project and didn't tell anyone the reasoning
K | the devs feel like the architecture is imposed on them
K | should I let the team vote on the new process or just decide it myself?
K | people feel their feedback in the survey was ignored in the changes we made
K | i make the decision first and ask for feedback after, as formality
K | we switched to office days twice a week, I decided it and there was a lot of anger
K | I ask for input too late, when the plan is basically done
K | my team wants to choose their own tools but I keep deciding for them
K | they complain that the rollout plan came from nowhere
K | how do i make decisions more together with the team without slowing down?
K | when I present a plan I only want agreement, not questions
K | the new review process was designed by me alone and nobody follows it
K | the team learned about the budget cut from the finance email, not from me
# building-a-shared-vision
V | nobody knows why we are building this product
V | the team does not understand our quarterly goals
V | we jump from priority to priority and people ask what the point is
V | if you ask 5 people in my team what our mission is you get 5 answers
V | our OKRs are written by me and nobody looks at them after
V | people work hard but in different directions
V | priorities change every week and I dont explain why
V | the devs only see tickets, not the bigger picture
V | my team feels the work is meaningless busywork
V | we say yes to every request so there is no focus at all
V | i never talk about where the team should be in a year
V | when strategy changes at the top I just pass it on without context
V | the team can't tell which projects matter most
V | we have no roadmap that people believe in
V | people keep working on side projects that don't move our goals
V | how to make the team care about the company strategy?
V | nobody could explain in their own words what success looks like for us
V | our team charter is outdated and nobody knows it exists
V | they see the goals as something from management, not theirs
V | the sprint goal is just a list of tickets, there is no why
V | new joiners ask what our team is for and we cant answer clearly
V | we lost direction after the merger and I did not set a new one
V | every team member has their own idea of what is important
V | i don't connect daily tasks to our product goals
V | we spent a quarter on features nobody asked for because the direction was unclear
V | the team doesnt know what to say no to
V | I struggle to explain the vision from leadership because I don't get it myself
V | people ask me "why are we doing this" and i say because the boss wants it
V | our planning is only about next sprint, never about the long term
V | motivation is low because people dont see where this is all going
# fostering-ownership-and-accountability
O | deadlines slip and nobody says anything until the last day
O | people say "I'll do it" in the meeting and then nothing happens
O | no one feels responsible when the build breaks
O | action items from retros are never done
O | it's never clear who owns what in our team
O | when things go wrong everyone points to someone else
O | I promise things to my team and then forget
O | tickets sit in progress for weeks and I dont follow up
O | we agree on dates but nobody tracks them
O | the bug was known for a month but nobody took it
O | people hide problems because they fear my reaction, so I learn too late
O | i follow up randomly, sometimes every day, sometimes never
O | my team does the minimum and waits to be told
O | i never admit when i made a mistake in front of the team
O | commitments made in planning are not kept and there are no consequences
O | everyone assumed someone else would fix the alert
O | how do I get people to own their deliverables instead of me chasing them?
O | the handover was dropped between two teams and nobody felt it was theirs
O | I cancel our 1:1s often even though I said they are important
O | when a project slips, people stay quiet instead of raising it early
O | there is no clear owner for the documentation so it is always outdated
O | i do the follow-ups that should be done by the people who committed
O | my team misses sprint commitments every sprint and we just move tickets over
O | nobody takes responsibility for the flaky tests
O | I said I would get them a budget for training and never did
O | the same excuse every week in standup, "almost done"
O | people dont raise risks, deadlines just get missed
O | ownership of the on-call runbook is unclear so incidents take long
O | tasks fall through the cracks between QA and dev
O | I blame people in public when things slip and now nobody reports delays
# handling-conflict
X | two of my engineers are not talking to each other anymore
X | there is tension between the backend and frontend people and I ignore it
X | i avoid conflict, I hope it goes away on its own
X | my senior and my tech lead fight in every design review
X | people complain to me about a colleague behind his back
X | i always take the side of the person I like more
X | meetings turn into arguments and I don't step in
X | the product manager and my lead have a bad relationship and it blocks work
X | a dev made a rude comment in the PR and the other one is hurt
X | i don't say I disagree in the meeting, I complain after
X | how do I mediate between two people who both think they are right?
X | the team split into two camps about the rewrite
X | there's gossip in the team about someone and it's getting worse
X | I keep the peace by giving both sides what they want, which doesn't work
X | people are passive aggressive in slack and I pretend not to see
X | a conflict with another team lead is hurting both teams
X | one person dominates discussions and the others are annoyed with him
X | i have a disagreement with my boss and I just keep quiet
X | QA and devs blame each other for every escaped bug
X | two reports asked to stop working together
X | the atmosphere in standup is toxic since the argument last month
X | i hate confrontation so I let bad behavior go
X | colleagues are fighting about who gets the credit for the launch
X | someone yelled at a colleague in a meeting and I did nothing
X | how do I handle a team member who undermines another in front of clients?
X | there is friction between the old team and the new hires
X | they argue about code style in every review and it gets personal
X | I pick a winner in disagreements without hearing both sides
X | I feel the designer and the dev dont like each other and the work suffers
X | the tension between ops and dev is never addressed, only worked around
# recognizing-contributions
R | i never say thank you, i assume people know
R | the people doing reviews and support get no credit
R | I present the team's work to leadership and forget to mention who did it
R | my team feels invisible to the rest of the company
R | good work is taken for granted here
R | only the loud people get recognized, the quiet ones are overlooked
R | someone worked the whole weekend to fix the outage and i didn't even say anything
R | we never celebrate when we ship something
R | people feel unappreciated and it came up in the engagement survey
R | my engineer mentored the interns for months and nobody noticed
R | i only notice when things go wrong, never when they go right
R | the praise goes to the person who demos, not to the ones who built it
R | how do i show appreciation without it feeling fake?
R | the on-call heroes get no recognition for the nights they lose
R | a colleague said she feels her effort is not seen
R | i took credit for an idea that came from my report
R | people leave because they feel nobody values their work
R | we only celebrate big launches, not progress along the way
R | my team is thanked by other teams but never by me
R | i dont notice how much someone has grown this year
R | the documentation writer gets zero credit for making everything work
R | we had a great quarter and i just moved on to the next goals
R | my reports feel like cogs in a machine
R | nobody gets a shout-out in our all-hands, only managers talk
R | the tester found a huge bug before release and nobody mentioned it
R | I forget to give credit in the release notes and the channel
R | invisible glue work in my team is never rewarded
R | i'm stingy with compliments
R | they work hard but I never acknowledge it in front of others
R | the junior did amazing work on the migration and i didn't tell her
# supporting-well-being
W | my team is exhausted after three crunch months
W | people work late every night and I do too
W | i send slack messages at midnight and people feel they must answer
W | one of my reports seems burned out but I don't know how to bring it up
W | we're always on fire, no time to breathe
W | the on-call rotation is killing people, alerts all night
W | i keep adding work to people who are already overloaded
W | someone is going through a divorce and i don't know how to support them
W | people don't take their vacation days
W | i havent taken a real holiday in two years and the team copies me
W | sick people still log in because they feel they have to
W | i never ask how someone is really doing
W | my team gets interrupted by sales requests all day and can't focus
W | stress levels are very high since the layoffs
W | someone told me they can't sleep because of work
W | deadlines are unrealistic and people are crying in the bathroom
W | how do I protect my team from all the escalations from above?
W | a report's parent is sick and she is still trying to hit every deadline
W | i email people on weekends and then wonder why they are tired
W | the workload doubled but the team size stayed the same
W | people are afraid to say they are struggling
W | mental health is a topic nobody talks about on my team
W | we had two people on sick leave for stress this year
W | i expect people to be available all the time
W | there is no time for focus work, the calendar is full of meetings
W | my best engineer looks tired and less engaged lately
W | after the incident everyone did overtime for weeks and nobody recovered
W | nobody takes lunch breaks, we eat at our desks
W | I push deadlines onto people without checking their load
W | working from home people are lonely and i dont notice
# managing-own-reactions
M | i lose my temper when things break in production
M | when someone questions me in a meeting i get defensive
M | I snap at people when I'm stressed
M | i send angry messages and regret them later
M | my face shows when i'm annoyed and people see it
M | bad news makes me panic and the team picks up on it
M | i raise my voice in discussions without noticing
M | when my boss criticizes me I take it out on my team
M | i get irritated when people ask basic questions
M | I react emotionally when a deadline slips and blame people
M | my team is afraid to tell me about incidents because of how i react
M | I sigh and roll my eyes when I disagree, someone told me
M | my anxiety about the launch spreads to everyone
M | i'm sarcastic when i'm frustrated and it hurts people
M | How do I stay calm when a client yells at me?
M | i get very defensive when someone points out my mistake
M | I overreact to small problems
M | my mood decides the mood of the whole team
M | i wrote a harsh reply to a PR comment at 11pm and it went badly
M | when I'm challenged I argue to win instead of to understand
M | I get impatient and cut the discussion short when it doesnt go my way
M | after a bad meeting with leadership I'm grumpy with everyone for the rest of the day
M | the stress makes me short with people and I later apologize
M | people tiptoe around me because of my moods
M | I take criticism of the product personally
M | i yelled at a developer after the outage
M | I get frustrated when things are not done my way and it shows
M | how do i not explode when the same bug comes back again?
M | I lose patience with slow people and they notice
M | i blame first and ask questions later when something fails
`;
