// npm run outbox — prints the messages held for whoever runs this server (no SMTP_URL): password
// resets, which belong to no workspace, so no admin can read them in the app. Each carries a live
// link for one person: pass it on to them only, by a channel you trust.
import { openDatabase } from '../src/server/db/database';
import { defaultDatabaseUrl } from '../src/server/db/sqlite-file';
import { heldForOperator } from '../src/server/modules/mail/held-for-operator';
import { createMailRepository } from '../src/server/modules/mail/mail.repository';

const database = openDatabase(process.env.DATABASE_URL || defaultDatabaseUrl);
try {
  process.stdout.write(await heldForOperator(createMailRepository(database)));
} finally {
  await database.close();
}
