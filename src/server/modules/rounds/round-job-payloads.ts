import { z } from 'zod';

// A job's payload is stored JSON like any column, so each handler checks it before use.

export const remindPayloadSchema = z.object({ roundId: z.string().min(1), slot: z.number().int().min(1) });

export const closePayloadSchema = z.object({ roundId: z.string().min(1) });
