import { thankYouSentSchema } from '../../shared/mail';
import {
  addedToRoundSchema,
  addToRoundSchema,
  type LinksToHandOut,
  linksToHandOutSchema,
  thankYouSchema,
} from '../../shared/rounds';
import { apiPost, noContent } from '../api';
import { roundApiPath } from '../cycles/cycle-data';
import { errorsFromFailure, type FormErrors, failed, outOfDateForm, readForm, validate } from '../forms';
import { roundsText } from './rounds-text';

export const roundIntents = {
  add: 'add-stakeholder',
  close: 'close-round',
  thank: 'thank-you',
  linksAgain: 'links-again',
} as const;

export type RoundActionResult =
  | { ok: false; intent: string; errors: FormErrors }
  | {
      ok: true;
      intent: string;
      message?: string;
      /** Links to pass on: the person just added, or everyone's, fetched again. */
      handOut?: LinksToHandOut;
    };

const refused = (intent: string, errors: FormErrors) => ({ ...failed(errors), intent }) as RoundActionResult;

async function addStakeholder(request: Request, roundId: string, values: Record<string, string>) {
  const intent = roundIntents.add;
  const checked = validate(addToRoundSchema, values, ['stakeholderId']);
  if ('errors' in checked) return refused(intent, checked.errors);
  try {
    const { link, ...handOut } = await apiPost(
      `${roundApiPath(roundId)}/invitations`,
      checked.data,
      addedToRoundSchema,
      { request },
    );
    const message = link
      ? roundsText('message.invited', { name: link.name })
      : roundsText('message.invitationEmailed');
    return { ok: true, intent, message, handOut } satisfies RoundActionResult;
  } catch (error) {
    return refused(intent, errorsFromFailure(error, ['stakeholderId']));
  }
}

async function getLinksAgain(request: Request, roundId: string) {
  const intent = roundIntents.linksAgain;
  try {
    const handOut = await apiPost(`${roundApiPath(roundId)}/links`, {}, linksToHandOutSchema, { request });
    return { ok: true, intent, handOut } satisfies RoundActionResult;
  } catch (error) {
    return refused(intent, errorsFromFailure(error, []));
  }
}

async function closeRound(request: Request, roundId: string) {
  const intent = roundIntents.close;
  try {
    await apiPost(`${roundApiPath(roundId)}/close`, {}, noContent, { request });
  } catch (error) {
    return refused(intent, errorsFromFailure(error, []));
  }
  return { ok: true, intent, message: roundsText('message.closed') } satisfies RoundActionResult;
}

async function thank(request: Request, roundId: string, values: Record<string, string>) {
  const intent = roundIntents.thank;
  const checked = validate(thankYouSchema, values, ['message']);
  if ('errors' in checked) return refused(intent, checked.errors);
  try {
    const { delivery } = await apiPost(
      `${roundApiPath(roundId)}/thank-you`,
      checked.data,
      thankYouSentSchema,
      {
        request,
      },
    );
    // The section below the message says who still has to be thanked by hand, with the note to copy.
    const message =
      delivery.emailed === 0
        ? roundsText('message.thanksSaved')
        : roundsText('message.thanksEmailed', { count: delivery.emailed });
    return { ok: true, intent, message } satisfies RoundActionResult;
  } catch (error) {
    return refused(intent, errorsFromFailure(error, ['message']));
  }
}

export async function roundAction({ request, params }: { request: Request; params: { roundId?: string } }) {
  const roundId = params.roundId ?? '';
  const { intent = '', ...values } = await readForm(request);
  if (intent === roundIntents.add) return addStakeholder(request, roundId, values);
  if (intent === roundIntents.close) return closeRound(request, roundId);
  if (intent === roundIntents.linksAgain) return getLinksAgain(request, roundId);
  if (intent === roundIntents.thank) return thank(request, roundId, values);
  return refused(intent, outOfDateForm);
}
