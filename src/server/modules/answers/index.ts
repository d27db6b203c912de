// The answers module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { answersRouteDocs } from './answers.openapi';
export { submitAnswers } from './answers.usecases';
