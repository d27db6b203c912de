import { z } from 'zod';

/** Every error the API answers with: a stable code to branch on, a sentence to show, the field it is about. */
export const apiErrorBodySchema = z.object({
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
    })
    // Some errors carry more, e.g. `issues` listing every problem in an imported file.
    .catchall(z.unknown()),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
