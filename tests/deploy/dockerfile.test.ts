import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { argumentsOf, copiesFromStages, dockerfileStages, imageCommand, repoRoot } from './dockerfile';

// No container engine can pull images on the machines that run these tests (see README, "Container
// image"), so the Dockerfile's promises are checked on its parsed structure instead.
describe('the Dockerfile', () => {
  const stages = dockerfileStages();
  const runtime = stages.at(-1);
  if (!runtime) throw new Error('The Dockerfile has no FROM.');

  test('builds in one stage and runs in another, both on Node 20 slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.image).toMatch(/^node:20(\.[\d.]+)?-(bookworm-)?slim$/);
  });

  test('the runtime stage takes the built web client and only production dependencies from the build', () => {
    const [copy, ...others] = copiesFromStages(runtime);
    expect(others).toEqual([]);
    const build = stages.find((stage) => stage.name === copy?.from);
    if (!build) throw new Error(`COPY --from=${copy?.from} names no stage.`);
    const commands = argumentsOf(build, 'RUN')
      .join(' && ')
      .split(/\s*&&\s*/);
    const built = commands.findIndex((command) => /^npm run build\b/.test(command));
    const pruned = commands.findIndex((command) => /^npm prune --omit=dev\b/.test(command));
    expect(built).toBeGreaterThanOrEqual(0);
    expect(pruned).toBeGreaterThan(built);
    // The runtime stage installs nothing of its own: no compiler, no dev dependencies.
    expect(argumentsOf(runtime, 'RUN').join('\n')).not.toMatch(/npm (ci|install)|apt-get/);
  });

  test('runs as an unprivileged user', () => {
    const users = argumentsOf(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  test('checks its health on /healthz', () => {
    const [healthcheck] = argumentsOf(runtime, 'HEALTHCHECK');
    expect(healthcheck).toMatch(/^CMD \[/);
    expect(healthcheck).toContain('/healthz');
  });

  test('keeps the SQLite database on a volume, where DATABASE_URL points by default', () => {
    const volumes = argumentsOf(runtime, 'VOLUME');
    expect(volumes).toEqual(['/data']);
    expect(argumentsOf(runtime, 'ENV').join('\n')).toMatch(/DATABASE_URL=file:\/data\//);
  });

  test('starts node itself in exec form, so SIGTERM reaches the server, not a shell or npm', () => {
    const stopSignal = argumentsOf(runtime, 'STOPSIGNAL');
    expect(stopSignal.every((signal) => signal === 'SIGTERM')).toBe(true);
    expect(argumentsOf(runtime, 'ENTRYPOINT')).toEqual([]);
    expect(imageCommand()).toEqual(['node', 'dist/server/main.js']);
    // The compiled server is what `npm run build` (run in the build stage) writes there.
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(manifest.scripts.build).toContain('node scripts/build-server.mjs');
  });

  test('.dockerignore keeps installed modules, builds, data, backups and secrets out of the build', () => {
    const ignored = readFileSync(join(repoRoot, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(
      expect.arrayContaining(['.git', 'node_modules', 'dist', 'data', 'backups', '.env']),
    );
  });
});
