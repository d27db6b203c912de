import { useEffect, useState } from 'react';
import { useRevalidator } from 'react-router';
import type { PushSetup } from '../../shared/push';
import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { StatusMessage } from '../components/status-message';
import {
  type PushState,
  pushStateOf,
  sendTestNotification,
  thisDeviceEndpoint,
  turnOffThisDevice,
  turnOnThisDevice,
} from '../pwa/push-device';
import { practiceText, usePracticeText } from './practice-text';

/**
 * Notifications on this device: the browser asks for permission only when the leader clicks. What a
 * notification says is fixed: a title, one sentence and a link, never a behavior or a score.
 */
export function PushSection({ push }: { push: PushSetup }) {
  const t = usePracticeText();
  const revalidator = useRevalidator();
  const [state, setState] = useState<PushState | 'checking'>('checking');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const endpoints = push.devices.map((device) => device.endpoint);
  const endpointKey = endpoints.join(' ');

  useEffect(() => {
    let live = true;
    void pushStateOf(endpointKey ? endpointKey.split(' ') : []).then((found) => live && setState(found));
    return () => {
      live = false;
    };
  }, [endpointKey]);

  async function act(work: () => Promise<string | undefined>) {
    setBusy(true);
    setProblem(undefined);
    setMessage(undefined);
    try {
      setMessage(await work());
      await revalidator.revalidate();
    } catch {
      setProblem(practiceText('push.unreachable'));
    } finally {
      setBusy(false);
    }
  }

  const turnOn = () =>
    act(async () => {
      const next = await turnOnThisDevice(push.publicKey);
      setState(next);
      return next === 'on' ? practiceText('push.onNow') : undefined;
    });
  const turnOff = () =>
    act(async () => {
      const endpoint = await thisDeviceEndpoint();
      const device = push.devices.find((candidate) => candidate.endpoint === endpoint);
      setState(await turnOffThisDevice(device?.id));
      return practiceText('push.offNow');
    });
  const test = () =>
    act(async () => {
      const { queued } = await sendTestNotification();
      return practiceText('push.testSent', { count: queued });
    });

  const others = push.devices.length - (state === 'on' ? 1 : 0);
  return (
    <section className="card section" aria-labelledby="push-heading">
      <h2 id="push-heading">{t('push.heading')}</h2>
      <p className="muted">{t('push.intro')}</p>
      {state === 'unsupported' ? <p>{t('push.unsupported')}</p> : null}
      {state === 'blocked' ? <p>{t('push.blocked')}</p> : null}
      {state === 'off' ? <p>{t('push.off')}</p> : null}
      {state === 'on' ? <p>{t('push.on')}</p> : null}
      {others > 0 ? <p className="muted">{t('push.others', { count: others })}</p> : null}
      <StatusMessage message={message} />
      {problem ? <Alert>{problem}</Alert> : null}
      <div className="button-row">
        {state === 'off' ? (
          <Button variant="secondary" busy={busy} busyLabel={t('push.turningOn')} onClick={turnOn}>
            {t('push.turnOn')}
          </Button>
        ) : null}
        {state === 'on' ? (
          <>
            <Button variant="secondary" busy={busy} busyLabel={t('push.sending')} onClick={test}>
              {t('push.test')}
            </Button>
            <Button variant="quiet" disabled={busy} onClick={turnOff}>
              {t('push.turnOff')}
            </Button>
          </>
        ) : null}
      </div>
    </section>
  );
}
