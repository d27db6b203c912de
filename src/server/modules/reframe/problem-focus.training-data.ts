// Problem statements as leaders type them into the reframe assistant, labeled by hand:
// o = mostly about other people's behaviour or shortcomings; s = mostly about the leader's own
// behaviour or skill, or a balanced framing where the leader owns their part.
// Used only to train the focus classifier (npm run train:text); never by a test's assertions.
// Written in many voices: terse, lowercase, typos, non-native, jargon, rambling, questions.
export const problemFocusTrainingData = `
o | They never listen to anything I say in standups.
o | My team keeps missing deadlines and nobody tells me until it's too late.
o | The team should take more ownership of production issues.
o | My engineers don't write tests unless I force them to.
o | Sarah always derails our planning meetings with side topics.
o | People on my team just don't care about quality anymore.
o | Nobody reads the design docs I share.
o | The product managers keep changing priorities without telling us.
o | Tom and Priya argue about everything and refuse to compromise.
o | Everyone waits for someone else to pick up the on-call tickets.
o | My senior engineers should be mentoring the juniors but they won't.
o | The juniors ask the same questions over and over.
o | Our QA folks never flag problems early enough.
o | Half the team is disengaged and just does the minimum.
o | Deadlines keep slipping and nobody seems to care.
o | I feel like my team doesn't respect my decisions.
o | I need my reports to come to me with solutions, not problems.
o | Marcus refuses to document anything he builds.
o | The designers hand over mockups at the last minute every sprint.
o | My tech lead makes architecture decisions without involving anyone.
o | People treat code review as a rubber stamp.
o | Nobody volunteers when I ask who can take the incident follow-up.
o | The new hires don't ask for help until they're completely stuck.
o | team doesnt communicate. at all
o | devs ignore the sprint goal and just pick whatever tickets they like
o | why does nobody update the jira board??
o | my reports are lazy tbh
o | the seniors gatekeep everything and juniors get no chance
o | PRs sit for days because nobody reviews them
o | Standups are useless, people just read their tickets and zone out.
o | The product manager writes vague tickets and then blames us when we build the wrong thing.
o | My colleagues in the platform team never answer our questions.
o | no one takes ownership of flaky tests
o | The team is too dependent on me for every decision.
o | People come late to every meeting.
o | Dev team is not respecting the deadlines which was agreed.
o | My people they don't give me the information before problems become big.
o | the engineers is not motivated since the reorg
o | Our designer is very defensive when we give feedback on her work.
o | Jake is a control freak and the others are tired of him.
o | The backend guys and the frontend guys don't talk to each other.
o | Leadership keeps dumping last minute requests on us.
o | Upper management doesn't understand what my team does.
o | Stakeholders change scope mid sprint and expect the same date.
o | My direct reports never push back, they just say yes and then miss.
o | the interns keep breaking prod
o | Why do my engineers always wait until the retro to raise issues?
o | Our on-call rotation is a mess because people swap shifts without telling anyone.
o | Some people on the team are coasting and the rest are burning out covering for them.
o | Ana talks over everyone in design reviews.
o | Two of my seniors are openly negative about every new initiative.
o | The QA team finds bugs late and then complains that dev is sloppy.
o | My team lacks initiative.
o | People here are just not accountable.
o | Everyone is in their own silo and nobody shares knowledge.
o | My reports don't read the OKRs, they don't even know what we're aiming for.
o | Communication from the team is poor, I always hear about blockers last.
o | Honestly the team is a bit entitled, they complain about everything.
o | So we had this big launch and the devs, as usual, pushed everything to the last day and then the release slipped again, and I'm tired of it.
o | I keep telling them to write things down but they never do.
o | I've asked the team a hundred times to update their tickets.
o | I have explained the process many times, still they don't follow it.
o | I need the team to step up and own their work.
o | I want my engineers to be more proactive about risks.
o | I wish my leads would handle conflicts without escalating everything to me.
o | I expect my seniors to review PRs within a day and they don't.
o | Can't get anyone to volunteer for the retro facilitation.
o | My manager peers don't share headcount plans with me.
o | customer success escalates everything directly to my engineers
o | the team is slipping on code quality and reviews are getting sloppy
o | Nobody speaks up in meetings, it's just silence.
o | Our sales team promises features we don't have.
o | Mike is always late with his part and the others have to wait.
o | Lisa is brilliant but very harsh with people in code review.
o | The contractor team delivers low quality code.
o | My team doesn't trust each other.
o | Nobody on the team wants to do the boring maintenance work.
o | The juniors are too shy to ask questions.
o | People skip the 1:1s I set up with them.
o | My reports don't prepare for our one-on-ones, they show up with nothing.
o | the team just doesnt get the urgency
o | we as leads agree on something and then the team ignores it
o | they always blame other teams when something breaks
o | There is a lot of gossip in the team and people complain behind each other's backs.
o | My engineers estimate everything at two days and then take two weeks.
o | The data team delivers reports late every month.
o | Some folks on the team are not pulling their weight.
o | it seems like nobody cares about the customer anymore
o | My team is resistant to any change I propose.
o | HR keeps rejecting my promotion cases without explanation.
o | Everybody assumes somebody else will fix the build.
o | The architects decide everything in their ivory tower and we have to implement it.
o | Engineers on my team keep working late even though nobody asked them to, and then they're exhausted.
o | People don't answer on slack for hours.
o | My team members don't give each other feedback.
o | they dont test their code before merging, and then QA has to chase them
o | The new PM is clueless about our tech stack.
o | Oliver disappears for days and doesn't tell anyone what he's working on.
o | Product keeps overriding our technical decisions.
o | My team members complain about everything but never suggest anything.
o | the devs are too slow
o | Why is it always me who has to remind people of the deadline?
o | Apparently nobody read the postmortem.
o | is it normal that my team never takes initiative?
o | Quality is slipping because the team rushes everything.
o | My two leads refuse to work together.
o | Everyone works on their own pet projects instead of the roadmap.
o | Senior engineers are condescending to the new joiners.
o | The team members are always late to standup, it is very disrespectful.
o | Sam is defensive every time I give him feedback.
o | My reports are too dependent and never decide anything on their own.
o | Our stakeholders never read the updates we send.
o | When there's an incident people panic and start pointing fingers.
o | It feels like the team is just waiting for me to tell them what to do.
o | My team members keep escalating trivial stuff to me.
o | the QA person is always negative in meetings
o | devs dont document anything and then its impossible to onboard
o | The team ignores the coding guidelines we agreed on.
o | Priya is great technically but she is rude to support people.
o | nobody shows up to the brown bag sessions
o | The other team leads hoard the good projects.
o | My engineers are not aligned with the company goals.
o | They keep saying yes to the business and then complaining about workload.
s | I struggle to give critical feedback without sounding harsh.
s | I tend to jump in and fix problems myself instead of letting the team handle them.
s | I don't explain the reasons behind my decisions often enough.
s | I get impatient in meetings and cut people off.
s | I'm not sure how to recognize good work without it feeling forced.
s | I rarely ask my team for input before I decide.
s | I haven't made our priorities clear to the team.
s | I avoid difficult conversations and hope problems fix themselves.
s | I find it hard to switch off, and I send messages late at night.
s | I keep taking on too much and then become the bottleneck.
s | I want to get better at coaching my team instead of giving answers.
s | When I am stressed I snap at people.
s | I say yes to every request from other teams and overload my people.
s | I tend to rewrite documents my reports send me instead of commenting.
s | I don't give people much notice when plans change.
s | I'm often distracted by Slack during one-on-ones.
s | I lost my cool in yesterday's retro.
s | I've been trying to delegate more, but my team keeps bringing every decision back to me, so maybe I'm not letting go enough.
s | I give feedback, but probably too late and too vague for people to use it.
s | I try to explain the roadmap, but I think I'm not doing it in a way that lands.
s | i micromanage, i know it
s | i interrupt people way too much
s | I'm bad at saying no to my boss.
s | i dont delegate, i just do it myself because its faster
s | I am not good in giving feedback, I always wait too long.
s | i take over the keyboard in pairing sessions
s | I never do 1:1s when things get busy.
s | I forget to thank people when they do good work.
s | I'm too controlling with the roadmap.
s | I come across as defensive when someone challenges my technical choices.
s | How do I stop being the person who answers every question in standup?
s | How can I get better at running retros?
s | I change priorities too often and the team gets whiplash.
s | I'm the bottleneck on PR reviews.
s | I talk too much in meetings and don't leave room for others.
s | I promise dates to stakeholders before checking with the team.
s | I avoid giving bad news to my team until the last minute.
s | I'm not very visible to the team, I'm in meetings all day.
s | I shield the team too much and they don't see the bigger picture.
s | I struggle to prioritize my own work, so I'm always late on reviews.
s | I get defensive when my reports give me feedback.
s | I don't know how to have career conversations with my reports.
s | I need to get better at explaining the why behind decisions.
s | I need to learn to trust my team with the hard stuff.
s | I want to be more patient with the juniors.
s | I have a habit of giving the answer instead of asking questions.
s | When someone disagrees with me I tend to argue instead of listening.
s | I don't celebrate wins, I just move on to the next thing.
s | My feedback is too harsh sometimes, people told me.
s | My 1:1s are mostly status updates because I don't prepare them.
s | My communication of priorities has been unclear.
s | My habit of checking everyone's work every day is probably making the team feel watched.
s | I think I'm too nice and avoid conflict, so problems drag on.
s | im not setting clear expectations, then i'm surprised when work comes back wrong
s | I cancel one-on-ones whenever something urgent comes up.
s | I reply to messages at midnight and I think it sets a bad example.
s | I hold on to the interesting projects instead of giving them to the team.
s | I make decisions alone and announce them afterwards.
s | as a new manager i still act like the best engineer on the team
s | I'm struggling with the switch from IC to manager, I miss coding and I keep grabbing tickets.
s | I feel I'm not giving my seniors enough room to grow.
s | I don't follow up on what I promise in 1:1s.
s | I sometimes take credit in front of leadership for things the team did.
s | I get nervous presenting to execs and over-prepare instead of coaching my people.
s | I'm not good at running meetings, they go over time and we don't decide things.
s | I don't give enough context when I hand over tasks.
s | I jump to solutions before I understand the problem.
s | I show my frustration openly when deadlines slip.
s | I haven't had a real career conversation with anyone on my team this year.
s | I keep postponing the performance conversation with one of my reports.
s | I ask for updates too often.
s | I criticize in public sometimes without thinking.
s | I find it hard to give praise, it feels fake to me.
s | i dont listen well when im busy, i type while people talk
s | I'm conflict averse and let the loud people win.
s | I overcommit the team because I want to please stakeholders.
s | I'm always firefighting so I never do any planning.
s | I struggle to let people make mistakes.
s | I'm not transparent about what's going on with the reorg, mostly because I'm unsure myself.
s | I react badly when people bring me problems late, and maybe that's why they bring them late.
s | People probably don't come to me because I look stressed all the time.
s | My team doesn't speak up, and I suspect it is because I shoot down ideas quickly.
s | The team waits for me to decide, I think because I always overrule them.
s | Deadlines slip and honestly I don't plan well enough or check the risks early.
s | Nobody updates the board, but I never explained why it matters to me.
s | People come late to my meetings, maybe my meetings are not useful enough.
s | I'm unsure how to handle an underperformer, I keep hoping it improves by itself.
s | I don't know how to motivate people without sounding fake.
s | What can I do differently so the team brings risks to me sooner?
s | I want to learn to delegate without dropping the ball.
s | I want to stop being the hero in every incident.
s | I tend to assign work without asking people what they want to grow in.
s | I am too much in the details of everyone's tickets.
s | Im to direct in my feedback, sometimes hurts people.
s | I need help with prioritization, my own calendar is chaos.
s | I don't recognize the quiet people on the team enough.
s | I was told I come across as cold in meetings.
s | I have difficulty to say no and then the team suffers.
s | When the team pushes back I tend to pull rank.
s | I end up doing the on-call handover myself because I don't trust the process.
s | I spend all my time in meetings and don't make time for my reports.
s | I'm good at the tech but bad at the people part.
s | I procrastinate on writing feedback for reviews.
s | I get pulled into every fire and I let it happen.
s | I'm inconsistent, I say one thing in planning and another in standup.
s | I lack confidence when I talk to senior leadership.
s | I should be clearer about what done means before people start.
s | I think I'm part of the problem, I rarely say what I expect.
s | I let the loud voices dominate planning and don't bring in the quiet ones.
s | I give vague tasks and then get annoyed at the result.
s | honestly i think i am the problem, i am impatient with the juniors
s | I struggle to stay calm when production is down.
s | I keep checking slack during focus time and then interrupt people with questions.
s | I often forget what people told me in 1:1s.
s | I don't prepare my team for the questions stakeholders ask.
s | I tend to favor the engineers who think like me.
s | I'm not asking for feedback on myself.
`;
