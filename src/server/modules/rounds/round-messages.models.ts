/** The emails a round sends. Each promises anonymity in plain words, as the product must keep it. */

type InvitationText = { leaderName: string; intro: string; url: string; closesOn: string; k: number };

export function invitationMessage({ leaderName, intro, url, closesOn, k }: InvitationText) {
  return {
    subject: `${leaderName} would value your feedforward`,
    text: [
      intro,
      '',
      `Answer here (about three minutes, no account needed): ${url}`,
      '',
      `Your answers are anonymous. ${leaderName} sees them only after the round closes on ${closesOn}, ` +
        `combined with at least ${k} people's answers, and nothing you write can be traced back to you.`,
      'This link is personal: please do not forward it.',
    ].join('\n'),
  };
}

export function reminderMessage({ leaderName, url, closesOn }: Omit<InvitationText, 'intro' | 'k'>) {
  return {
    subject: `Reminder: ${leaderName} would value your feedforward`,
    text: [
      `${leaderName} asked for your suggestions, and the round closes on ${closesOn}.`,
      '',
      `If you have three minutes, answer here: ${url}`,
      '',
      'Your answers stay anonymous. This reminder was sent automatically; ' +
        `${leaderName} does not know who has answered. If you already answered, thank you, and please ignore this.`,
    ].join('\n'),
  };
}

export function thankYouMessage({ leaderName, note }: { leaderName: string; note: string }) {
  return { subject: `Thank you from ${leaderName}`, text: note };
}
