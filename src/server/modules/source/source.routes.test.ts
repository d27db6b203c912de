import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { list } from 'tar';
import { afterAll, expect, test } from 'vitest';
import { createTestApp } from '../../../../tests/support/test-app';

const folder = mkdtempSync(join(tmpdir(), 'feedforward-source-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function entriesOf(archive: ArrayBuffer) {
  const file = join(folder, 'source.tar.gz');
  writeFileSync(file, Buffer.from(archive));
  const paths: string[] = [];
  list({ file, sync: true, onReadEntry: (entry) => paths.push(entry.path) });
  return paths;
}

test('without SOURCE_URL, /source is an archive of the running code with its license, and nothing private', {
  timeout: 60_000,
}, async () => {
  const testApp = await createTestApp('sqlite');
  try {
    const response = await testApp.app.request('/source');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    const paths = entriesOf(await response.arrayBuffer());
    expect(paths).toEqual(
      expect.arrayContaining([
        'feedforward/LICENSE',
        'feedforward/package-lock.json',
        'feedforward/src/server/main.ts',
        'feedforward/src/web/main.tsx',
        'feedforward/src/server/modules/source/source.routes.ts',
      ]),
    );
    const privatePaths = paths.filter((path) =>
      /^feedforward\/(node_modules|data|backups|dist|\.env|\.git)(\/|$)/.test(path),
    );
    expect(privatePaths).toEqual([]);
  } finally {
    await testApp.dispose();
  }
});

test('with SOURCE_URL, /source sends visitors to the published source', async () => {
  const testApp = await createTestApp('sqlite', {
    env: { SOURCE_URL: 'https://git.example.com/acme/feedforward' },
  });
  try {
    const response = await testApp.app.request('/source');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('https://git.example.com/acme/feedforward');
  } finally {
    await testApp.dispose();
  }
});
