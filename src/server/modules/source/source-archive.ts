import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a copy of Feedforward is built and run from: the code, the scripts that build, test and package it,
 * and the docs. Listed, never globbed, so data, backups, secrets (.env) and installed modules stay out.
 * A container image holds only some of these; the archive carries whichever exist.
 */
export const sourceEntries = [
  'LICENSE',
  'README.md',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'vitest.config.ts',
  'biome.json',
  'Dockerfile',
  '.dockerignore',
  'compose.yaml',
  'Caddyfile',
  '.ci',
  'src',
  'scripts',
  'bench',
  'tests',
  'docs',
];

/** A gzipped tar of the running copy's own files, so a modified copy offers its modified source (AGPL §13). */
export async function buildSourceArchive(root: string): Promise<Buffer> {
  // tar is loaded on the first request for the source, not at start (decision 0057).
  const { create } = await import('tar');
  const present = sourceEntries.filter((entry) => existsSync(join(root, entry)));
  const archive = create({ cwd: root, gzip: true, portable: true, prefix: 'feedforward' }, present);
  const chunks: Buffer[] = [];
  for await (const chunk of archive) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
