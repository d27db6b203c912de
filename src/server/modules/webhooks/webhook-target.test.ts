import { expect, test } from 'vitest';
import { addressKind, vetTarget } from './webhook-target';

test('addresses are sorted into public, loopback, private and special ranges', () => {
  const kinds = Object.fromEntries(
    [
      '93.184.215.14',
      '2606:4700::1111',
      '127.0.0.1',
      '127.255.0.9',
      '0.0.0.0',
      '::1',
      '::',
      '10.1.2.3',
      '172.31.255.255',
      '172.32.0.1',
      '192.168.0.1',
      '100.64.0.1',
      'fd12:3456::1',
      '169.254.169.254',
      'fe80::1',
      '224.0.0.251',
      '255.255.255.255',
      '::ffff:10.0.0.1',
      '::ffff:127.0.0.1',
      '::ffff:93.184.215.14',
    ].map((address) => [address, addressKind(address)]),
  );
  expect(kinds).toEqual({
    '93.184.215.14': 'public',
    '2606:4700::1111': 'public',
    '127.0.0.1': 'loopback',
    '127.255.0.9': 'loopback',
    '0.0.0.0': 'loopback',
    '::1': 'loopback',
    '::': 'loopback',
    '10.1.2.3': 'private',
    '172.31.255.255': 'private',
    '172.32.0.1': 'public',
    '192.168.0.1': 'private',
    '100.64.0.1': 'private',
    'fd12:3456::1': 'private',
    '169.254.169.254': 'special',
    'fe80::1': 'special',
    '224.0.0.251': 'special',
    '255.255.255.255': 'special',
    '::ffff:10.0.0.1': 'private',
    '::ffff:127.0.0.1': 'loopback',
    '::ffff:93.184.215.14': 'public',
  });
});

test('a name is judged by every address it resolves to, and http is for loopback only', async () => {
  const development = { allowLoopback: true, allowPrivateNetworks: false };
  const server = { allowLoopback: false, allowPrivateNetworks: false };
  await expect(vetTarget('http://localhost:9/hook', development)).resolves.toMatchObject({
    address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/),
  });
  await expect(vetTarget('https://localhost/hook', server)).rejects.toThrow(/loopback/);
  await expect(vetTarget('http://93.184.215.14/hook', server)).rejects.toThrow(/https/);
  await expect(vetTarget('https://no-such-host.invalid/hook', server)).rejects.toThrow(/could not be found/);
});
