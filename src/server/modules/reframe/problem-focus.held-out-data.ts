// Held-out problem statements, same labels as problem-focus.training-data.ts (o = mostly about
// others, s = the leader's own part or a balanced, self-aware framing). Written before the
// classifier was measured on them and never trained or tuned on: the focus test reads these.
export const problemFocusHeldOutData = `
o | nobody on the team reads the release notes
o | My engineers keep cutting corners on testing.
o | The support team keeps bypassing our process and pinging devs directly.
o | why do my reports never come with ideas of their own?
o | Raj is sarcastic in every meeting and it kills the mood.
o | The team doesn't follow through on action items from retros.
o | people r always late with their updates
o | The seniors on my team refuse to pair with the juniors.
o | Our PM has no idea how long things take and promises dates anyway.
o | The offshore team doesn't communicate blockers.
o | They think the rules don't apply to them.
o | My team always underestimates the work.
o | colleagues from other departments ignore my emails
o | Emma keeps going over my head to my boss.
o | the team is very passive, I must push for everything
o | Engineers treat on-call like someone else's job.
o | I feel the team doesn't take the new process seriously.
o | I need my leads to stop escalating every small thing.
o | The designers don't involve engineering early.
o | Everybody complains about the tooling but nobody fixes it.
o | Tickets are never updated and no one knows the status.
o | my devs are always distracted by side projects
o | The new guy doesn't listen to feedback.
o | They keep making the same mistakes in production.
o | My team doesn't respect the code freeze.
o | Our stakeholders are impossible to please.
o | People just nod in meetings and then do their own thing.
o | Half my team is checked out since the layoffs.
o | The QA lead blocks every release for minor issues.
o | Why can't people just follow the template?
s | I talk more than I listen in my one-on-ones.
s | I haven't given anyone on my team real feedback in months.
s | i rewrite my reports' slides before they present
s | I find it hard to trust people with customer calls, so I join all of them.
s | I'm always late to my own meetings.
s | I struggle to explain technical trade-offs to non-engineers.
s | I keep the team in the dark about budget because I don't like bad news.
s | I need to get better at giving recognition.
s | I can be sarcastic when I'm tired.
s | i overreact when something breaks in prod
s | I don't set clear goals for my reports.
s | I say I want ideas, but then I pick my own anyway.
s | I don't check in with remote folks as much as with people in the office.
s | I am not good at planning the quarter, we always end up overcommitted.
s | I get irritated when people ask questions I already answered.
s | I let meetings run without an agenda.
s | I hand out work unevenly, the same two people get the interesting tasks.
s | I'm too quick to say yes to product.
s | My reviews are nitpicky and slow the team down.
s | I hide in Slack instead of talking to people face to face.
s | I'm not sure how to support a report who is burning out.
s | My team is quiet in retros, maybe because I always speak first.
s | I want to stop rescuing people when they're stuck.
s | I keep my door closed and people think I'm unapproachable.
s | How do I become better at saying no to my own manager?
s | I often change my mind after we decide something.
s | I make promises to the team I can't keep.
s | I don't share what I hear from leadership.
s | im not great at conflict, i avoid it
s | I respond too quickly and too sharply in code review threads.
`;
