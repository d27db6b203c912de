/** What a post to /verify-email asks: confirm the link in this tab, or send a new one (the signed-in notice). */
export const verifyEmailIntents = { confirm: 'confirm', resend: 'resend' } as const;
