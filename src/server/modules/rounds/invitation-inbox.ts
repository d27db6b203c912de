import { hashToken } from '../../security/tokens';
import { inboxOf } from '../stakeholders/public.models';

/**
 * The key an invitation keeps for the inbox it was for. It outlives the stakeholder row, so a
 * person removed during a round and listed again (even as a twin address) is still invited once.
 */
export const inboxKeyOf = (email: string | null) => (email ? hashToken(inboxOf(email)) : null);
