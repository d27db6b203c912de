import { useEffect, useRef, useState } from 'react';
import { useRevalidator, useRouteLoaderData } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import type { Checkin } from '../../shared/plans';
import { queueChangedEvent, queuedCheckins } from '../pwa/checkin-queue';
import { checkinsSyncedEvent, syncWaitingCheckins } from '../pwa/checkin-sync';
import { type QueuedCheckin, type SyncResult, shownCheckins, syncReport } from './offline-checkins';

/**
 * The page's check-ins with this leader's waiting ones (made offline) in their place, which are
 * marked, and what the last sync came to. Opening the page sends waiting check-ins too.
 */
export function useOfflineCheckins(fromServer: Checkin[], today: string) {
  const { user } = useRouteLoaderData('app') as { user: CurrentUser };
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  const [queue, setQueue] = useState<QueuedCheckin[]>([]);
  const [report, setReport] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    const load = () =>
      queuedCheckins()
        .then((entries) => live && setQueue(entries))
        .catch(() => undefined);
    const synced = (event: Event) => {
      const results = (event as CustomEvent<SyncResult[]>).detail;
      setReport(syncReport(results, today));
      if (results.some((result) => result.step.kind !== 'retry')) void revalidate.current();
    };
    void load();
    window.addEventListener(queueChangedEvent, load);
    window.addEventListener(checkinsSyncedEvent, synced);
    void syncWaitingCheckins();
    return () => {
      live = false;
      window.removeEventListener(queueChangedEvent, load);
      window.removeEventListener(checkinsSyncedEvent, synced);
    };
  }, [today]);

  return { ...shownCheckins(fromServer, queue, user.id), report, userId: user.id };
}
