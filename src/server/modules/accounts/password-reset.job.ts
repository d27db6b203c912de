import { z } from 'zod';
import { readStored } from '../../db/stored-json';
import type { AppDeps } from '../../deps';
import { sendPasswordReset, sendPasswordResetJob } from './accounts.usecases';

const payloadSchema = z.object({ email: z.string(), uniqueKey: z.string() });

type Deps = Pick<AppDeps, 'repos' | 'now' | 'config' | 'mailer'>;

export function passwordResetJobHandlers(deps: Deps) {
  return {
    [sendPasswordResetJob]: async (payload: unknown) => {
      const { email, uniqueKey } = readStored(
        payloadSchema,
        payload,
        `payload of a ${sendPasswordResetJob} job`,
      );
      await sendPasswordReset(deps, email);
      // The address someone typed is not kept once it served, whether or not it had an account.
      await deps.repos.jobs.deleteByUniqueKey(uniqueKey);
    },
  };
}
