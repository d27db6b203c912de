// Held-out suggestions, same labels as feedforward-hints.training-data.ts (j = judgmental,
// b = backward-looking, f = future-focused). Written before the classifier was measured on them
// and never trained or tuned on: the hint tests read these.
export const suggestionHeldOutData = `
f | Could you post the sprint goal in the channel on day one?
f | please keep the demos, they're the best part of the sprint
f | It would help if you told us who decides when product and engineering disagree.
f | Next time we have an outage, could you update the status page yourself so we can focus?
f | I'd like to lead a planning session, could you coach me through it?
f | Always share the slides after the all-hands, please.
f | Never let a 1:1 go by without asking about blockers, it's really useful.
f | The last launch went well; for the next one, could we do a dry run?
f | Please give feedback in private first, and in public only praise.
f | maybe an async standup on fridays?
f | Would you consider a rotating on-call lead?
f | I'd appreciate a heads-up before meetings with my stakeholders.
f | Keep asking us for ideas in planning, it works.
f | Could you spend one afternoon a month pairing with someone on the team?
f | More written docs on decisions would help new joiners.
f | In the future, invite the people who will build it to the scoping call.
f | We had a rough quarter. Could we talk as a team about what to change next quarter?
f | It would be great if you'd celebrate the small releases too.
f | Please be clear on what is a must and what is a nice-to-have.
f | Try ending each meeting with the next steps and owners.
f | Could you tell us earlier when the plan changes?
f | Give us the problem, not the solution, and let us figure it out.
f | Going forward, can we keep Friday afternoons meeting-free?
f | Please check with me before you accept work on my behalf.
f | Would love a short note on how my work fits the bigger picture.
f | Continue the monthly skip-levels, they build trust.
f | When you are unsure, just say so, we appreciate honesty.
f | Could we have one team day per quarter to clean up tech debt?
f | Let people finish their point before you reply, please.
f | Set aside 10 minutes in each retro for appreciation.
j | You're way too controlling with the backlog.
j | you are so defensive
j | Why do you even bother asking for our opinion?
j | Must be nice to leave at 4 every day while we fix your mistakes.
j | You're not a good listener, try harder.
j | Your management style is toxic.
j | I guess it's too much to expect a plan from you.
j | You have favourites and everyone knows it.
j | Honestly the worst manager I've had.
j | you are so negative all the time
j | No offense but you don't understand engineering.
j | Thanks for nothing on the promotion front.
j | You are a micromanager, please give us more space.
j | You seem to enjoy making people nervous.
j | Careless with people's time.
j | You are out of your depth.
j | Could you stop being so bossy?
j | Great planning as usual, we're late again.
j | You're too harsh and people are scared of you.
j | you dont care about us
b | You cancelled the team retro without telling anyone.
b | Last month you promised a new hire and nothing happened.
b | You didn't defend our estimate in front of the VP.
b | In planning you assigned me the work I said I couldn't do.
b | Why did you share my mistake in the team channel?
b | you forgot to invite me to the kickoff
b | The reorg was decided without us.
b | You never give feedback on my design docs.
b | You always change the plan after we've started.
b | Yesterday's meeting ran an hour over.
b | You should have told me the deadline moved.
b | Nobody told us the client had complained.
b | During the offsite you were on your laptop the whole time.
b | You took the credit for the migration at the town hall.
b | My request for a training course was ignored.
b | You keep forgetting our 1:1s.
b | The last sprint review was a disaster.
b | I wasn't asked before being moved to the support rotation.
b | You were unreachable during the release.
b | You promised to fix the on-call pay and didn't.
`;
