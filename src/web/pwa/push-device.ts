import { pushDeviceAnswerSchema, pushTestSchema } from '../../shared/push';
import { apiDelete, apiPost, noContent } from '../api';

/**
 * This browser and Web Push (decision 0049). Permission is asked only from a click on "Turn on
 * notifications", never on page load. Needs the service worker the leader app registers.
 */
export type PushState = 'unsupported' | 'blocked' | 'off' | 'on';

const supported = () =>
  'serviceWorker' in navigator &&
  'PushManager' in window &&
  'Notification' in window &&
  window.isSecureContext;

async function registration() {
  if (!supported()) return undefined;
  return navigator.serviceWorker.getRegistration('/');
}

/** The push subscription this browser holds for Feedforward, if any. */
export async function thisDeviceEndpoint(): Promise<string | undefined> {
  const subscription = await (await registration())?.pushManager.getSubscription();
  return subscription?.endpoint;
}

export async function pushStateOf(knownEndpoints: readonly string[]): Promise<PushState> {
  if (!supported() || !(await registration())) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  const endpoint = await thisDeviceEndpoint();
  return endpoint && knownEndpoints.includes(endpoint) ? 'on' : 'off';
}

const keyBytes = (base64url: string) => {
  const binary = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
};

/** Asks for permission (this must run from a click), subscribes and tells the server. */
export async function turnOnThisDevice(publicKey: string): Promise<PushState> {
  const worker = await registration();
  if (!worker) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return permission === 'denied' ? 'blocked' : 'off';
  const subscription = await worker.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: keyBytes(publicKey),
  });
  await apiPost('/api/push/devices', subscription.toJSON(), pushDeviceAnswerSchema);
  return 'on';
}

/** Stops notifications here: the browser drops its subscription, and the server its device. */
export async function turnOffThisDevice(deviceId: string | undefined): Promise<PushState> {
  const subscription = await (await registration())?.pushManager.getSubscription();
  await subscription?.unsubscribe();
  if (deviceId) await apiDelete(`/api/push/devices/${encodeURIComponent(deviceId)}`, noContent);
  return 'off';
}

export const sendTestNotification = () => apiPost('/api/push/test', {}, pushTestSchema);
