// The chat module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { chatRouteDocs } from './chat.openapi';
export { queueChatPost } from './chat.usecases';
