// i18n: not yet translated
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

const unreachable = 'That did not work. Check your connection and try again.';

/**
 * Notifications on this device: the browser asks for permission only when the leader clicks. What a
 * notification says is fixed: a title, one sentence and a link, never a behavior or a score.
 */
export function PushSection({ push }: { push: PushSetup }) {
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
      setProblem(unreachable);
    } finally {
      setBusy(false);
    }
  }

  const turnOn = () =>
    act(async () => {
      const next = await turnOnThisDevice(push.publicKey);
      setState(next);
      return next === 'on' ? 'Notifications are on for this device.' : undefined;
    });
  const turnOff = () =>
    act(async () => {
      const endpoint = await thisDeviceEndpoint();
      const device = push.devices.find((candidate) => candidate.endpoint === endpoint);
      setState(await turnOffThisDevice(device?.id));
      return 'Notifications are off for this device.';
    });
  const test = () =>
    act(async () => {
      const { queued } = await sendTestNotification();
      return queued === 1
        ? 'A test notification is on its way.'
        : `A test notification is on its way to ${queued} devices.`;
    });

  const others = push.devices.length - (state === 'on' ? 1 : 0);
  return (
    <section className="card section" aria-labelledby="push-heading">
      <h2 id="push-heading">Notifications on this device</h2>
      <p className="muted">
        A notification says “Your daily questions” and opens this page: never your behaviors, notes or scores,
        since a lock screen is seen by others.
      </p>
      {state === 'unsupported' ? (
        <p>
          This browser cannot show notifications from Feedforward here. On an iPhone or iPad, add Feedforward
          to your Home Screen first (Share, then Add to Home Screen) and open it from there.
        </p>
      ) : null}
      {state === 'blocked' ? (
        <p>
          Notifications from Feedforward are blocked in this browser’s settings. Allow them there, then come
          back to this page.
        </p>
      ) : null}
      {state === 'off' ? <p>This device does not get notifications from Feedforward.</p> : null}
      {state === 'on' ? (
        <p>This device gets your daily reminder as a notification, when you choose it below.</p>
      ) : null}
      {others > 0 ? (
        <p className="muted">
          {others === 1 ? 'One other device gets them too.' : `${others} other devices get them too.`}
        </p>
      ) : null}
      <StatusMessage message={message} />
      {problem ? <Alert>{problem}</Alert> : null}
      <div className="button-row">
        {state === 'off' ? (
          <Button variant="secondary" busy={busy} busyLabel="Turning on…" onClick={turnOn}>
            Turn on notifications on this device
          </Button>
        ) : null}
        {state === 'on' ? (
          <>
            <Button variant="secondary" busy={busy} busyLabel="Sending…" onClick={test}>
              Send a test notification
            </Button>
            <Button variant="quiet" disabled={busy} onClick={turnOff}>
              Turn off on this device
            </Button>
          </>
        ) : null}
      </div>
    </section>
  );
}
