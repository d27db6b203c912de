import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { Config } from '../../config';
import { isLoopbackUrl } from '../../http/loopback';

/**
 * Where a webhook may point (decision 0036, M45). Loopback only while Feedforward itself runs on
 * loopback (development and tests), and plain http only there; private networks only when the
 * operator sets WEBHOOK_ALLOW_PRIVATE_NETWORKS; link-local (cloud metadata at 169.254.169.254),
 * multicast and other special ranges never. Checked when a webhook is saved and again before every
 * delivery, and the delivery connects to the very address that was checked, so a name that resolves
 * elsewhere the second time (DNS rebinding) gains nothing.
 */
export type TargetPolicy = { allowLoopback: boolean; allowPrivateNetworks: boolean };

export function targetPolicyOf(config: Pick<Config, 'BASE_URL' | 'WEBHOOK_ALLOW_PRIVATE_NETWORKS'>) {
  return {
    allowLoopback: isLoopbackUrl(config.BASE_URL),
    allowPrivateNetworks: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
  } satisfies TargetPolicy;
}

type AddressKind = 'public' | 'loopback' | 'private' | 'special';

function blockList(ranges: [string, number, 'ipv4' | 'ipv6'][]) {
  const list = new BlockList();
  for (const [network, prefix, family] of ranges) list.addSubnet(network, prefix, family);
  return list;
}

const loopback = blockList([
  ['127.0.0.0', 8, 'ipv4'],
  // 0.0.0.0 reaches this machine on Linux.
  ['0.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6'],
  ['::', 128, 'ipv6'],
]);

const privateNetworks = blockList([
  ['10.0.0.0', 8, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['fc00::', 7, 'ipv6'],
]);

const special = blockList([
  ['169.254.0.0', 16, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
  ['64:ff9b::', 96, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
]);

export function addressKind(address: string): AddressKind {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return addressKind(mapped[1]);
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  if (loopback.check(address, family)) return 'loopback';
  if (special.check(address, family)) return 'special';
  if (privateNetworks.check(address, family)) return 'private';
  return 'public';
}

function refusal(kind: AddressKind, policy: TargetPolicy): string | null {
  if (kind === 'public') return null;
  if (kind === 'loopback')
    return policy.allowLoopback ? null : 'URL must not point to this server (a loopback address)';
  if (kind === 'private')
    return policy.allowPrivateNetworks
      ? null
      : 'URL must not point to a private network address (the operator can allow these with WEBHOOK_ALLOW_PRIVATE_NETWORKS)';
  return 'URL must not point to a link-local, multicast or reserved address';
}

export type VettedTarget = { url: URL; address: string; family: 4 | 6 };

export class TargetRefused extends Error {}

/** The address to connect to for this URL, or TargetRefused saying why not, in words for the URL field. */
export async function vetTarget(rawUrl: string, policy: TargetPolicy): Promise<VettedTarget> {
  const url = new URL(rawUrl);
  if (url.username || url.password) throw new TargetRefused('URL must not contain a user name or password');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new TargetRefused(`URL's host ${host} could not be found`);
    }
  }
  // Every address the name has must be allowed: the connection could go to any of them.
  const kinds = addresses.map(({ address }) => addressKind(address));
  for (const kind of kinds) {
    const problem = refusal(kind, policy);
    if (problem) throw new TargetRefused(problem);
  }
  if (url.protocol === 'http:' && !kinds.every((kind) => kind === 'loopback'))
    throw new TargetRefused(
      'URL must start with https:// (plain http only for this machine, in development)',
    );
  const [first] = addresses;
  if (!first) throw new TargetRefused(`URL's host ${host} could not be found`);
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
