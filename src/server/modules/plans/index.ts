// The plans module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { draftAnnouncementOfCycle, recordAnnouncement } from './announcement.usecases';
export { recordCheckin, saveDailyReminder } from './daily-practice.usecases';
export { plansRouteDocs } from './plans.openapi';
export { createCommitment } from './plans.usecases';
