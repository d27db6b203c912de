// npm run outbox — prints the messages held for whoever runs this server (no SMTP_URL): password
// resets, which belong to no workspace, so no admin can read them in the app. Each carries a live
// link for one person: pass it on to them only, by a channel you trust.

import { openDatabase } from '../src/server/db/database';
import { defaultDatabaseUrl } from '../src/server/db/sqlite-file';
import { createMailRepository } from '../src/server/modules/mail/mail.repository';

const database = openDatabase(process.env.DATABASE_URL || defaultDatabaseUrl);
try {
  const held = (await createMailRepository(database).listWithoutWorkspace(20)).filter(
    (message) => message.status === 'held',
  );
  if (held.length === 0) process.stdout.write('No messages are held outside a workspace.\n');
  for (const message of held) {
    process.stdout.write(
      [
        `To: ${message.to_address}`,
        `Subject: ${message.subject}`,
        `Held since: ${message.created_at}`,
        '',
        message.text_body,
        '',
        '---',
        '',
      ].join('\n'),
    );
  }
} finally {
  await database.close();
}
