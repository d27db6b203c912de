/** Says up front which database engines this run covers, so a skipped PostgreSQL run is never a surprise. */
export default function announceEngines() {
  if (process.env.TEST_DATABASE_URL) return;
  process.stdout.write(
    '\nPostgreSQL runs are skipped: TEST_DATABASE_URL is not set. ' +
      'Set it (e.g. postgres://postgres@127.0.0.1:5432/test) or run `bash .ci/run` to cover both engines.\n\n',
  );
}
