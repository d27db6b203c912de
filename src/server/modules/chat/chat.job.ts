import type { AppDeps } from '../../deps';
import { chatPostJob, deliverChatPost } from './chat.usecases';

export function chatJobHandlers(deps: Pick<AppDeps, 'repos' | 'now' | 'config'>) {
  return { [chatPostJob]: (payload: unknown) => deliverChatPost(deps, payload) };
}
