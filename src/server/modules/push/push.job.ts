import type { AppDeps } from '../../deps';
import { deliverPush, pushSendJob } from './push.usecases';

export function pushJobHandlers(deps: Pick<AppDeps, 'repos' | 'now' | 'config'>) {
  return { [pushSendJob]: (payload: unknown) => deliverPush(deps, payload) };
}
