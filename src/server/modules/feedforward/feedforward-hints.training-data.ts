// Suggestions as stakeholders type them to a manager, labeled by hand with what a coach would say:
// j = judges the person (trait labels, sarcasm, rhetorical questions, passive-aggressive hedges,
//     present-tense complaints; a judgment followed by a usable idea is still a judgment);
// b = looks back at what already happened without asking for anything ahead;
// f = future-focused: asks for something from now on (a neutral mention of a past event followed
//     by a proposal, "never"/"always" in a forward request and plain praise to keep doing are fine).
// Used only to train the suggestion classifier (npm run train:text); never by a test's assertions.
export const suggestionTrainingData = `
f | Next time, could you share the agenda a day ahead?
f | In the future, please give us more context on why priorities change.
f | It would help if you shared the roadmap with the whole team.
f | Could you try asking the quieter people for their view first?
f | Going forward, I'd love a short written summary after each planning meeting.
f | Try blocking an hour a week for open questions.
f | Maybe hold a monthly retro focused only on how we work together.
f | Please keep our one-on-ones even when things get busy.
f | It would be great if you could let us pick the tasks we own.
f | Consider sharing your reasoning when you make a call on architecture.
f | When you give feedback, you could include an example of what good looks like.
f | I'd suggest celebrating small wins in the weekly meeting.
f | Last week the demo ran long; next time could you keep it to thirty minutes?
f | From now on, could you tell us about priority changes in standup instead of in chat?
f | I'd appreciate it if you asked for estimates before promising dates to other teams.
f | It would help me if you checked in once a week on my project instead of daily.
f | Could you give me a heads-up before reassigning my tickets?
f | Keep doing the Friday demos, they're really motivating.
f | Please share the reasoning behind hiring decisions with the team.
f | pls share agenda before 1:1s
f | more context on the why behind roadmap changes would help
f | keep the standups short, 15 min max
f | Please never skip the sprint demo, it's the one place we see the whole picture.
f | Always loop in QA before you commit to a release date, please.
f | Never cancel a 1:1 without proposing a new time, that would mean a lot.
f | Always tell us the why, even when the answer is "leadership decided".
f | could u write the decisions down somewhere we can find them
f | When the sprint goal changes, please post it in the channel the same day.
f | I would like you to give me more responsibility on the backend migration.
f | It would be nice to have a quarterly career talk with you.
f | Would you be open to rotating who runs the standup?
f | Please continue the open-door Fridays, they help a lot.
f | Try to protect our focus time on Wednesdays, maybe no meetings that day.
f | Maybe share the OKRs earlier in the quarter so we can plan.
f | Suggestion: a written summary of decisions after each architecture review.
f | In planning, ask the juniors to estimate first so they don't just copy the seniors.
f | I'd love it if you asked me how I want to grow, I have some ideas.
f | Keep giving concrete examples in feedback, that really helps.
f | Could we agree on a response time for PR reviews, like within a day?
f | When something goes wrong in prod, please start the postmortem by asking what we saw.
f | During the reorg last month we heard things through rumours; for the next change, could you tell us first in person?
f | Our last offsite was mostly slides. For the next one, maybe more time for open discussion?
f | The incident in March showed we need a clearer on-call handover, could you set one up with us?
f | After the Q2 launch many of us were tired. Next quarter, please plan a slower week after big releases.
f | Share the customer feedback you hear, even the bad stuff.
f | please keep doing what you do with the new joiners, the buddy system is great
f | It would help a lot if you told us early when a deadline is not negotiable.
f | Could you make sure there is an agenda for every meeting you call?
f | Write down the decision and the owner at the end of each meeting, please.
f | I think we'd benefit if you delegated the release coordination to one of us.
f | how about a short weekly note with what you're working on?
f | Let's try pairing you with a junior on one review per week.
f | I suggest you ask for input before finalizing the quarterly plan.
f | For future projects, please involve design from the kickoff.
f | Be as open about bad news as you are about good news, we can handle it.
f | When you disagree with a design, please say what you would do instead.
f | It would be helpful to get feedback within a week of a presentation, while it is fresh.
f | please continue to be so clear in your expectations
f | Give the team more say in how we split the work, maybe a vote in planning.
f | Ask us what we think before you decide on tools.
f | Would love more 1:1 time, even 20 min every two weeks
f | In my opinion it would be better to have the retro every sprint.
f | I'd recommend you bring the engineers into customer calls sometimes.
f | When you're in back-to-back meetings, maybe nominate someone to unblock us.
f | Keep the roadmap in one place and update it when it changes.
f | Make time in each 1:1 to talk about something other than status.
f | Please say thank you in the channel when someone goes the extra mile.
f | Tell me directly when my work is not good enough, I prefer that.
f | Could you announce schedule changes at least a week before?
f | Next quarter, could we set goals together instead of receiving them?
f | It will help if you explain how promotions are decided.
f | My wish for next year: more time for learning, like one day a month.
f | you could maybe ask the team for solutions before proposing your own
f | To improve, maybe send the meeting notes on the same day.
f | I think it would be good for you to join one of our design reviews each month.
f | Continue sharing the leadership updates, I always read them.
f | i'd like clearer priorities at the start of each sprint
f | Always feel free to call me out in private if my code is not good.
f | Next time someone is struggling, maybe check in privately first.
f | Please keep challenging us, it makes the team stronger.
f | If you could give the new hires a clear 30-day plan, it would help them a lot.
f | When priorities conflict, please tell us which one wins.
f | Try one meeting-free day per week and see how it goes.
f | Could you share what you hear from senior management in our team meeting?
f | Set up a rotation so everyone gets to present at the all-hands.
f | Please keep the sprint scope stable once we start, and bring changes to the next planning.
f | I hope you keep the weekly demos even when we are busy.
f | Consider letting us run the retro ourselves sometimes.
f | It would really help me to know earlier which projects are coming.
f | Start each planning with the goal, then the tickets.
f | A simple thing: reply to my messages with an ETA when you can't answer right away.
f | Maybe write a short team charter with us so everybody knows how we decide.
f | Please don't hesitate to give me stretch assignments.
f | I know last sprint was hectic. Could we plan buffer time into the next one?
f | As a suggestion, use the first five minutes of team meetings for wins.
f | please be on time for standup so we can start together
f | When you review my PRs, could you mark which comments are blockers and which are nits?
f | It would be helpful if you'd summarize the decisions of the meeting in writing.
j | You are bad at running meetings.
j | Honestly, you're a micromanager.
j | The planning sessions are a terrible waste of time.
j | You're lazy about documentation.
j | Stop being so arrogant in code reviews.
j | Your communication is awful.
j | You're clueless about what the team actually does.
j | You come across as condescending to juniors.
j | You're a terrible listener.
j | Your feedback is useless and vague.
j | Management by you is chaotic and disorganized.
j | you're a control freak
j | Too controlling.
j | Very defensive whenever anyone disagrees.
j | you are not a people person
j | Honestly you're just not a leader.
j | You don't listen to anyone.
j | You don't care about the team, only about your own promotion.
j | You micromanage everything.
j | u r too harsh with ppl
j | Why do you always have to be right?
j | Why can't you just trust us for once?
j | Do you even read our PRs?
j | Is it too much to ask that you show up to your own meetings?
j | Maybe try listening for once.
j | Would be nice if you actually knew what we're working on.
j | It would be great if you stopped pretending to be technical.
j | Not to be rude, but some of us actually have work to do instead of attending your meetings.
j | I'm sure you're very busy, but some of us would appreciate the courtesy of a reply.
j | With all due respect, you have no idea how the system works.
j | No offense, but your planning skills are not great.
j | Great job changing priorities for the fifth time this month, really helpful.
j | Thanks for the last minute deadline, as always.
j | Love how we find out about decisions from other teams first. Super motivating.
j | Oh sure, another reorg, that will definitely fix everything.
j | You're too controlling, maybe let us own the sprint plan?
j | You are way too defensive; could you just listen next time?
j | Your meetings are pointless, please cancel half of them.
j | You're a bit of a bully in design reviews, try to let people finish.
j | You are impatient and it shows. Try counting to ten.
j | You're not approachable.
j | You are very cold.
j | You seem disinterested in anything that isn't your project.
j | He is not a good manager.
j | She plays favourites.
j | The manager is unfair with the juniors.
j | Our lead is disorganized and forgetful.
j | you're always negative
j | you never have time for anyone
j | Typical manager, all talk and no action.
j | You are too emotional in meetings.
j | You are not technical enough to lead this team.
j | You're too soft, the slackers get away with everything.
j | your too nice, nobody takes you seriously
j | Stop being passive aggressive in the channel.
j | Quit being so stubborn.
j | Please stop acting like you know everything.
j | Stop playing politics.
j | Be less of a know-it-all.
j | Try not to be so condescending.
j | Don't be so rude to people.
j | You're unpredictable, one day nice and the next day angry.
j | Your moods set the tone for the whole team and it's exhausting.
j | You lack empathy.
j | You lack vision and the team feels it.
j | No backbone when dealing with product.
j | Zero leadership.
j | Terrible at prioritization.
j | Poor communicator.
j | Not a team player.
j | you are just a messenger for upper management
j | You are too political.
j | You're too focused on yourself.
j | You are inconsistent.
j | You're kind of a pushover.
j | Your style is very old school and authoritarian.
j | The way you run standups is a joke.
j | Your 1:1s are a waste of time.
j | Your decisions are random.
j | your priorities make no sense
j | Honestly, sometimes I wonder if you read anything we write.
j | Maybe if you weren't so busy talking you'd hear what we're saying.
j | Perhaps a manager who actually understood the product would be nice.
j | It would be nice to have a manager who cares.
j | Could you be less annoying in standups?
j | Could you stop being so negative about every idea?
j | Would it kill you to say thank you sometimes?
j | How hard is it to send an agenda?
j | Seriously, what is the point of these meetings?
j | Does anyone in management have a plan?
j | I don't think you are suited to managing people.
j | I find you very intimidating and unprofessional.
j | You talk down to people.
j | You make everything about yourself.
j | You are a bottleneck and don't even see it.
j | You're out of touch with what engineers need.
j | everyone thinks you are too strict
j | Frankly your attitude is the problem.
j | You're arrogant and it makes people stop sharing ideas.
j | you seem to think you're smarter than everyone
j | Your ego gets in the way.
j | You are hard to work with.
j | you're sloppy with details, always typos in the plans
j | You're such a perfectionist that nothing is ever good enough.
j | You act like a dictator in planning.
j | Your feedback is harsh and demotivating.
j | Sometimes you are a bit lazy with follow-ups.
j | You're very disorganized, could you maybe use a calendar?
j | I think you are a weak leader, but please at least share the roadmap.
b | Last week you interrupted me twice in the planning meeting.
b | You never share the agenda before meetings.
b | You always change priorities on Fridays.
b | In the retro you dismissed everyone's concerns.
b | You didn't tell us about the reorg until the last minute.
b | You forgot to send the notes after our offsite.
b | You should have asked the team before committing to that deadline.
b | Yesterday you cancelled our one-on-one again.
b | During the incident you took over without explaining anything.
b | Why did you skip the design review?
b | Two weeks ago you promised me a promotion discussion and nothing happened.
b | You constantly reschedule our one-on-ones.
b | At the offsite you talked over the junior engineers.
b | You didn't back me up when product pushed back on my estimate.
b | You kept changing the requirements during the sprint.
b | you cancelled my 1:1 three times this month
b | the q3 planning was a mess, nobody knew the goals
b | Last sprint the scope changed four times.
b | The migration was announced without asking anyone.
b | Nobody was told about the new process until it was already in place.
b | I was not invited to the architecture meeting even though it was my component.
b | My promotion case was delayed for months.
b | The feedback I got in my review came as a surprise.
b | In the all-hands you presented our work as your idea.
b | You approved the release even though QA said no.
b | When the outage happened you were unreachable.
b | You picked Tom for the lead role without any discussion.
b | The decision to drop the feature was made behind our backs.
b | You said you would look into my salary and never got back to me.
b | We worked the whole weekend and nobody said thank you.
b | You didn't reply to my message about the on-call swap.
b | The hiring process last quarter took way too long.
b | You missed our last three one-on-ones.
b | Last retro you promised action items and none of them happened.
b | You told the client a date we never agreed to.
b | Why didn't you tell us the project was cancelled?
b | Why was I not told about the change in my team?
b | Why did we find out about the layoffs from LinkedIn?
b | When I raised the burnout issue, it was ignored.
b | You moved my project to another team without talking to me first.
b | In March you said the roadmap was final and then it changed the next week.
b | I asked for help with the deployment and got nothing.
b | you changed the sprint goal on day two
b | You gave my task to someone else while I was on holiday.
b | The offsite agenda was shared the night before.
b | During my review you only talked about the negatives.
b | You ignored the risks I raised in planning.
b | You interrupted Maria during her demo.
b | You were late to every standup last week.
b | The new joiner had no laptop and no plan for the first week.
b | You should've told us earlier about the budget cut.
b | You could have warned me before the meeting with the director.
b | I wish you had asked me before signing us up for the hackathon.
b | The last two sprints were overloaded because you said yes to everything.
b | The OKRs were set without the team.
b | You never followed up on the feedback survey.
b | My concerns about the architecture were brushed off.
b | You always cancel the retro when we are busy.
b | Every time I bring up tech debt you change the subject.
b | you always side with product
b | You never say thank you.
b | You never give us credit in front of leadership.
b | Every sprint you add work in the middle.
b | you keep pinging me on weekends
b | You keep rescheduling the career conversation.
b | The team lunch got cancelled again.
b | Our 1:1 last Tuesday was cut short for another meeting.
b | In the last incident review you blamed the on-call engineer.
b | Last year you promised training budget and it never came.
b | The reorg was communicated badly.
b | The performance reviews were rushed this year.
b | We never got an answer about remote work.
b | I didn't get any feedback after my presentation.
b | The team wasn't consulted on the move to the new framework.
b | You forgot my work anniversary, not a big deal but still.
b | The decision about the vendor was never explained.
b | You made the call on the database without the senior engineers.
b | At the demo you criticized Ana's work in front of the client.
b | You didn't show up to the kickoff.
b | It took you two weeks to approve my leave request.
b | The last 1:1s were just you talking about your own problems.
b | You went straight to my manager instead of talking to me.
b | The handover from the old team was a disaster.
b | You overruled the team's estimate in front of the stakeholders.
b | Nobody followed up after the postmortem.
b | You promised a retro on the launch and it never happened.
b | I felt blindsided by the feedback in the calibration.
b | you didnt answer my question in the team meeting
f | Set up a rotation so the same people don't always get the boring tickets.
f | Don't hesitate to push back on product when the scope is too big, we've got your back.
f | Feel free to ask me for help with the hiring interviews.
f | If my work isn't good enough, tell me early so I can fix it.
f | It would be nice to have a team lunch once a month.
f | Would be nice to get the agenda the day before.
f | Great that you started the demos, please keep them going.
f | Really helpful when you explain the context, please do more of that.
f | Love the new planning format, let's keep it.
f | I really appreciate your honesty, keep it up.
f | Please stop scheduling meetings over lunch, maybe use the mornings instead.
f | Stop by the team area once in a while, people like it.
f | Don't change the sprint scope mid-sprint please, put new stuff in the next one.
f | Reply with a rough ETA when you can't answer right away.
f | Share the promotion criteria so we know what to work on.
f | Give the juniors a chance to present at the demo.
f | Check in with the remote people as often as with the office people.
f | Block time in your calendar for code reviews so we aren't waiting.
f | Can we make the retro action items visible on the board?
f | What if we had a short written update instead of the Monday meeting?
f | It might help to have a clear owner for every incident follow-up.
f | would be good to rotate the on-call more fairly
f | I think the team would love more autonomy on technical choices.
f | Why not try a no-meeting Wednesday?
f | How about we start each sprint with a short goal-setting session?
f | Perhaps run the planning in two shorter sessions instead of one long one.
f | Be more explicit about deadlines, e.g. put the date in the ticket.
f | please make sure everyone gets to speak in the retro
f | Send the slides before the meeting so we can read them.
f | Keep protecting us from the random requests, it really helps.
f | Once a month, could you share what leadership is worried about?
f | When you have to say no to an idea, explain why, so we learn.
f | Next 1:1, I'd like to talk about my career path.
f | In the next planning, let's leave 20% for tech debt.
f | Maybe start the week with a short note of priorities?
f | please never stop doing the thank-you notes, they matter
f | ask before you volunteer the team for extra work
f | tell us about reorg news as soon as you know, even if it's not final
f | A small request: mute notifications during our 1:1s.
f | I hope next year we can have more say in the roadmap.
j | Great leadership, really. Nobody knows what we're doing.
j | Wow, another meeting that could have been an email. Well done.
j | Super helpful to learn about deadlines the day before, thanks.
j | Oh great, more process.
j | Nice of you to finally join the standup.
j | Thanks for always being so available... not.
j | Must be nice to make decisions without consequences.
j | Who needs a roadmap anyway, right?
j | Is there a reason you never listen?
j | Why are you like this?
j | What exactly do you do all day?
j | Are you even aware of what the team is working on?
j | Ever heard of delegation?
j | Have you considered that you might be the problem?
j | Just a thought, but maybe managers should manage.
j | I don't want to be negative but you are making everything harder.
j | Just saying, a real leader would defend the team.
j | I'm not the only one who thinks you're unfair.
j | Some people might find your style a bit bossy.
j | You might want to work on being less of a jerk.
j | It would be great if you were less arrogant.
j | It would help if you weren't so moody.
j | Please try to be less useless in planning.
j | Could you try not being so condescending for once?
j | Would it be possible for you to not be rude to everyone?
j | Maybe stop micromanaging and let us work.
j | Your leadership is weak.
j | The team has lost respect for you.
j | You're a nice person but a bad manager.
j | You are too junior to manage this team.
j | you're always stressed and it spreads
j | You're always on your phone in meetings, it's disrespectful.
j | She's too emotional to lead.
j | He's a pushover with stakeholders.
j | Manager is not competent.
j | the manager is too bossy
j | Very closed minded.
j | Not open to feedback at all.
j | Overly critical.
j | Extremely impatient.
b | Last month's planning ignored all our input.
b | You said the team would get a bonus and then it disappeared.
b | The new process was rolled out without training.
b | I had to find out from HR that my role changed.
b | The deadline was moved twice without explanation.
b | You canceled the offsite at the last moment.
b | We were promised a retro after the incident, it never happened.
b | Nobody asked the team before buying the new tool.
b | You cut me off in the meeting on Monday.
b | You didn't read my design doc before the review.
b | You gave the presentation I prepared and didn't mention me.
b | I waited three weeks for an answer about my transfer.
b | On Friday you changed the release plan without telling QA.
b | The onboarding of the last two hires was chaotic.
b | you didnt show up to my farewell
b | The budget decision was taken over our heads.
b | Last time I raised a concern you got irritated.
b | The team lost two weekends to the migration and you didn't notice.
b | You rejected my proposal without reading it.
b | Over the last quarter the 1:1s got cancelled more than they happened.
b | You promised a clear career ladder in January. Still waiting.
b | You left the retro early again.
f | Summarize what you heard before giving your own view.
f | Tell us what you decided and why, in writing.
f | Share what you learned from the customer visits.
f | Explain what changed when the plan changes.
f | Ask what went well before talking about what went wrong.
f | Write down what we agreed at the end of each 1:1.
f | Repeat back what you understood before you answer.
f | Show us what leadership said about the budget.
f | Please mention who did the work when you present it.
f | Let us know what you heard from the other teams.
j | you are very micromanaging, every small thing must go via you
j | Manager is too strict and not flexible.
j | honestly a bit lazy when it comes to reading our docs
j | You're a great engineer but a lousy manager.
j | Your planning is chaotic and unrealistic.
j | You have no clue about our workload.
j | The way you talk to juniors is disrespectful.
j | Cold and distant, hard to approach.
j | You hide behind process.
j | Your decisions feel political, not technical.
j | Very bad at giving clear direction.
j | you are not listening, you are waiting to talk
j | Could you maybe act like a manager for once?
j | Not sure what you're doing all day, but it's not helping us.
j | Such a great idea to schedule the retro on Friday at 5. Really.
j | Another brilliant reorg. Can't wait for the next one.
j | Why is everything always our fault and never yours?
j | How is it possible that you still don't know our names?
j | Must be hard to read a ticket before the meeting.
j | I guess feedback only goes one way here.
b | The promotion process last cycle was unfair to our team.
b | You announced the deadline without checking with us.
b | When I was sick you kept messaging me.
b | The last reorg broke up a team that worked well.
b | Our training budget was cut and no one explained why.
b | In the last 1:1 you only talked about yourself.
b | You forgot to tell the new hire where to start.
b | Last week's all-hands was confusing.
b | You agreed to the extra scope without asking anyone.
b | My last three requests for feedback went unanswered.
f | I'd find it useful if you shared your calendar so we know when you're free.
f | Next time there's a big change, a short Q&A session would help.
f | Your feedback is valuable, so please share it more often.
f | I really like the weekly updates, could you add the key decisions too?
f | You're great at explaining the vision, could you also share the plan for getting there?
f | Honestly, the best thing you could do is protect our focus time.
f | Please keep saying no to the random requests from sales, it helps us focus.
f | It would help the juniors if you reviewed one of their PRs each week with them.
f | Let's have a retro on how we do retros.
f | If possible, give us a week's notice before changing the team setup.
f | Keep the 1:1s about us, not just status.
f | I'd suggest a short written agenda for the planning, shared the day before.
f | maybe next time involve the whole team in the hiring loop
f | plz keep the friday demo, its the best
f | would be cool if we could pick our own on-call swaps
# Added for decision 0038: trait labels, sarcasm, rhetorical questions, hedges, judgment then suggestion, looking back, and requests that use strong words
# judgment: trait labels, present tense
j | honestly you're a bit of a control freak
j | you are too controlling with the roadmap
j | you get defensive every time someone disagrees
j | ur so negative in every planning session
j | She's very political, always thinking about how things look upstairs.
j | you're kind of a know-it-all in design reviews
j | You are not a people person and it shows.
j | The manager is stubborn and does not want to hear other ideas.
j | you're way too soft on the people who don't pull their weight
j | you're basically a bottleneck with a title
j | your attitude in meetings is the problem
j | He is arrogant with the juniors.
j | you are impatient and it makes people nervous
j | you come across as cold and distant
j | you play favourites, everyone sees it
j | your so disorganised, nobody knows what is going on
j | You are a good engineer but a bad manager.
j | the boss is moody, you never know which version shows up
j | u r always on your phone in 1:1s, its rude
j | you're passive and let others walk over the team
j | you talk down to people
j | you care more about your own promotion than about us
j | You only care about the numbers.
j | your communication is chaotic
j | you have no idea what we actually do all day
j | you're out of touch with the team
j | you never listen, you just wait for your turn to talk
j | you always think you are right
j | Your leadership style is outdated.
j | you micromanage everything, it's exhausting
# judgment: sarcasm and rhetorical questions
j | maybe try reading the tickets before the meeting, just an idea
j | would be nice if you actually showed up to your own 1:1s for once
j | Great plan as always, if the goal is to burn everyone out.
j | sure, let's have another meeting about the meetings
j | could you pretend to care about our opinion next time?
j | why do you even ask for feedback if you ignore it?
j | how many times do we have to explain the same thing?
j | do you even know what the team is working on?
j | who decided that you are the only one allowed to have ideas?
j | is it too much to ask for a reply within a week?
j | what exactly is your job besides forwarding emails?
j | thanks for the "urgent" tasks on friday at 6, really appreciated
j | love how every deadline is a surprise
j | must be nice to leave at 4 while we fix your promises
j | oh another reorg, what a surprise
j | Wow, another all-hands where nothing is said.
j | why is it always our team that has to clean up?
j | so we're just supposed to read your mind?
# judgment: hedges and judgment then suggestion
j | no offense but you're not great at this, maybe take a course?
j | I don't want to be rude, but you are really bad at planning. Please use a calendar.
j | with all due respect, you are clueless about the backend; ask the seniors before deciding.
j | not to be harsh but your feedback is useless, could you give examples next time?
j | You're honestly a terrible listener, so try to let people finish.
j | you're too emotional in reviews; please stay calm next time
j | I think you're insecure and that's why you micromanage. Trust us more.
j | you are lazy with documentation, write things down from now on
j | your 1:1s are a waste of time, please prepare something next time
j | some might say you're a bit of a dictator, so maybe ask before deciding
j | you're selfish with the interesting work, share it in the future
j | Its obvious you dont respect QA. Invite them to planning.
j | honestly the way you run standups is painful, keep them shorter
j | you seem to think we are kids, just tell us the goal and let us work
# backward-looking
b | The last quarter was chaos and nobody knew the priorities.
b | the migration was handled badly
b | you promised a raise in march and it never came
b | in the retro you blamed the juniors for the outage
b | we were not told about the layoffs until the day before
b | my project was cancelled without any explanation
b | Last sprint we worked every weekend because of your estimate.
b | at the offsite you spent the whole time on your laptop
b | The hiring decision for the lead role felt rigged.
b | you ignored my proposal in the architecture meeting
b | the feedback I got in my review came out of nowhere
b | we lost two good people last year and nothing changed
b | the demo to the client went wrong because the scope changed the day before
b | there was no onboarding at all when i joined
b | remember when you said we would get more headcount? that was a year ago
b | the reorg was communicated by email on a friday evening
b | you took over my presentation in front of the VP
b | in march you moved me to another project without asking
b | my vacation was cancelled twice this year
b | the on-call changes were pushed through without a discussion
b | nobody thanked the team after the big release
b | the budget discussion last week was a mess
# future-focused (counterexamples)
f | last sprint was hard; next time could we cut scope earlier?
f | the offsite was great, could we do one every year?
f | when you moved me to another project I was surprised; please ask me first next time
f | Please don't schedule meetings after 5, some of us have kids.
f | stop pinging us on weekends unless its an outage, pls
f | Always explain why a priority changes, even in one sentence.
f | never skip the retro, even when we're busy
f | could you be a bit more patient when juniors ask questions?
f | It would help if you were more direct about what you need.
f | Be more open about what leadership is planning, please.
f | I'd love more honest feedback, even when it's negative.
f | keep being so calm during incidents, it helps everyone
f | you're great at unblocking us, keep doing it
f | Your 1:1s are really useful, please keep them weekly.
f | Could you let us choose our own tools for the new service?
f | try to reply to PR questions within a day
f | why not rotate the demo presenter every sprint?
f | can we agree on a no-meeting day?
f | Please share the hiring criteria before the next round.
f | After the outage last month, a written postmortem would help us learn.
f | I'd suggest asking the team before promising dates to sales.
f | more 1:1 time with the juniors would help them a lot
f | it would be great to hear how our work helps the company goals
f | I'd like you to trust us with the customer calls.
f | A clear owner for each incident would make on-call less stressful.
# More voices (non-native, texting, exec-speak, HR-formal, on-call)
# judgment, more voices
j | In my opinion the manager is not capable to lead a team of this size.
j | he is very authoritarian, nobody dares to speak
j | you are not approachable at all
j | the way you treat the support team is disrespectful
j | Leadership from you is basically nonexistent.
j | you're a great coder but honestly a terrible people manager
j | frankly your priorities make no sense
j | you overpromise and underdeliver, every single time
j | you are always late and unprepared for our meetings
j | you're condescending when juniors ask something
j | she takes credit for everything the team does
j | you are too busy being busy to help anyone
j | our lead is a pushover with product
j | the manager is two-faced, nice in person and different in the reviews
j | you lack empathy
j | your decisions are random and emotional
j | u dont trust anyone, its insulting
j | you're more interested in looking good to the VPs than in the team
j | ngl you're kinda useless in incidents
j | Your standups are boring and pointless.
j | Strategic alignment is lacking on your side; you are reactive rather than proactive.
j | from an SRE perspective you are clueless about what on-call really costs
j | you treat us like resources, not people
j | I find your behaviour in meetings quite aggressive.
j | you're just not a leader, sorry
j | everything with you is last minute and panic
j | you think process fixes everything, it doesn't
j | why are you so allergic to writing things down?
j | how hard can it be to answer a slack message?
j | any chance you could stop treating every bug like a catastrophe? just asking
j | nice that you finally noticed the team exists
j | keep up the great work of cancelling our 1:1s
j | cool cool, so the plan is to just wing it again?
j | Does anyone in management actually read our feedback?
j | you're the reason half the team is looking for a new job
j | being vague seems to be your favourite hobby
# backward, more voices
b | During the incident in May you were not reachable.
b | the promotion of Sam was decided without any input from the team
b | you forgot my one year anniversary review
b | the last two sprints were planned without the designers
b | in the all-hands you said things that were not true
b | i asked for training three times and got no answer
b | The decision to drop the mobile app was never explained to us.
b | last time I raised a concern it was brushed off
b | Q3 planning happened behind closed doors
b | when i came back from parental leave nobody had told me about the changes
b | the postmortem turned into finding someone to blame
b | you gave my project to someone else while i was sick
b | the new hire was left alone the whole first week
b | the offsite budget was spent on managers only
b | the release in june was pushed out even though QA said no
b | yesterday's standup lasted 45 minutes
b | we found out about the price change from the customers
b | the roadmap changed three times last quarter
b | you didn't defend us when sales escalated last month
b | my feedback from the survey was shared with my name on it
# future, more voices
f | For the next reorg, please talk to the teams before the announcement.
f | could we get the on-call schedule two weeks in advance?
f | I'd appreciate it if you asked me before moving my tickets.
f | pls keep fridays free of meetings, it works great
f | It would help if decisions were written down in one place.
f | Going forward, share the promotion criteria with everyone.
f | In 1:1s, could we talk about my growth and not only status?
f | When an incident happens, could you take the comms so we can fix?
f | Would be good to have a budget for conferences again.
f | Please include the designers in sprint planning from now on.
f | Maybe we could try pair programming for the onboarding of new people.
f | I'd like clearer goals for the next quarter.
f | please keep telling us early when plans change, that helped a lot this time
f | you handled the layoffs with care, please keep being that honest
f | Could you review the on-call load with us every quarter?
f | if possible, reply to urgent messages within the day
f | always tell the team first, before other teams hear it
f | Never promise dates to customers without asking us first, please.
f | Please stop cancelling 1:1s at the last minute; move them instead.
f | Could you be less busy on your phone in our 1:1s?
f | I would like you to give feedback more often, not only in reviews.
f | maybe a short weekly written update from you? would help remote ppl
f | Would you be willing to run a retro on how decisions are made?
f | ask QA for sign-off before the next release, please
# Sarcasm, rhetorical questions and passive-aggressive hedges; questions and imperatives that do ask
# sarcasm, rhetorical questions, passive-aggressive
j | oh good, another "quick sync" that takes an hour
j | Thanks for letting us know about the launch date. Via twitter.
j | amazing how the plan changes right after we finish it
j | nice to see you in the office for once
j | glad to know my weekend is less important than the demo
j | so helpful when the requirements arrive after the deadline
j | what a great idea to hire more managers than engineers
j | can't wait for the next surprise priority
j | really appreciate hearing about my own project from someone else
j | of course the deadline is tomorrow, when is it not
j | a heads up would have been too easy I guess
j | sure, because what we need is more process
j | you finally answered my email, only took a month
j | must be great to have that much free time for meetings
j | how nice that you remembered my name this time
j | I'm sure the team will love working another weekend.
j | what's the point of the retro if nothing changes?
j | does your calendar have room for actual work?
j | why ask us if you already decided?
j | are we ever going to hear the real reason?
j | how is anyone supposed to plan with you?
j | who even reads the roadmap?
j | are you aware that people are leaving because of you?
j | do you ever check what you promise the clients?
j | seriously, how many reorgs do we need?
j | isn't it funny how only our mistakes get discussed?
j | per my last three messages, still waiting
j | as I already said many times, nobody listens
j | just a thought, but maybe managers should know the product
j | I'm not saying you're wrong, but you never are, apparently
j | not sure why I bother writing this
j | no pressure, but the whole team is burning out because of you
j | some of us actually care about quality
j | with respect, it's hard to take your feedback seriously
j | let's just say the communication could not be worse
j | it would be refreshing to have a plan for once
j | It would be nice if you knew how to use the ticket system.
j | would love a manager who backs us up
j | maybe one day we'll get a straight answer
j | try not to panic in front of the client next time, it's embarrassing
# backward, passive and plain
b | the deadline was moved up and we were never asked
b | my question in the all-hands was ignored
b | we were promised a second QA engineer last year
b | the contract with the vendor was signed before we evaluated it
b | the design was changed after we built it
b | that 1:1 where you read email the whole time
b | the incident review focused on who pushed the button
b | my request for remote days was rejected without a reason
b | none of the retro actions from january were done
b | the team's bonus was cut and you said nothing
# future, questions and requests with strong words
f | could we try a no-meeting wednesday?
f | how about a shared doc for decisions?
f | what if each of us owned one part of the release checklist?
f | can you tell us earlier when a deadline moves?
f | would it be possible to have the roadmap in one place?
f | why don't we do demos every two weeks instead of monthly?
f | Is there a way to get more time for tech debt next quarter?
f | could you push back on sales when they add scope mid-sprint?
f | please never again announce a reorg on a friday afternoon, tell us early in the week
f | stop by our standup sometimes, we'd like that
f | Please be honest with us even when the news is bad.
f | Please keep defending the team in front of leadership, it matters.
f | you did a great job in the last crisis; keep communicating like that
f | thanks for the clear update last week, more of those please
f | I really liked how you ran the offsite, let's do it again
f | It would be great if you could share what leadership expects of us.
f | give us the context first, then the task
f | A quick thank-you in the channel when someone helps would be nice.
f | keep pushing for the training budget, it's appreciated
f | Could we make the 1:1 agenda shared so both of us can add topics?
`;
