import type { LinkDelivery } from '../../shared/answer-page';
import { useAnswerLanguage } from './answer-language';

/**
 * Before anyone sends their answers, how their link reached them and what that means (decision
 * 0019): a mailed link is theirs alone; a link passed on by hand is shared by their group, so it
 * cannot name them. It sits just above "Send my answers", so a phone still shows the first question
 * on its first screen.
 */
export function LinkDeliveryNote({ delivery, leaderName }: { delivery: LinkDelivery; leaderName: string }) {
  const { t } = useAnswerLanguage();
  return (
    <section className="link-delivery" aria-label={t('delivery.label')}>
      <p>{t(delivery === 'mailed' ? 'delivery.mailed' : 'delivery.group', { leader: leaderName })}</p>
    </section>
  );
}
