import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build as esbuild } from 'esbuild';
import { build, defineConfig, type LogLevel, type Plugin, type ProxyOptions } from 'vite';
import { messageCatalogs } from './src/build/message-catalogs-plugin';

const apiServer = 'http://localhost:3000';

// The API refuses state-changing requests whose Origin is not its own (CSRF guard). In development the
// page comes from Vite's origin, so the proxy presents the API's origin instead; production is unaffected.
const toApiServer: ProxyOptions = {
  target: apiServer,
  configure: (proxy) => {
    proxy.on('proxyReq', (proxyRequest, request) => {
      if (request.headers.origin) proxyRequest.setHeader('origin', apiServer);
    });
  },
};

const compressible = /\.(?:js|css|html|svg|json|webmanifest|txt)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes name.br and name.gz beside every compressible built file, each at its format's best level. */
function precompressBuiltFiles(outDir: string): void {
  for (const path of filesUnder(outDir)) {
    if (!compressible.test(path)) continue;
    const content = readFileSync(path);
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    );
    writeFileSync(`${path}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
  }
}

const reactChunk = { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ };

/**
 * The stakeholder's answer page, built on its own into the same folder once the leader app is built.
 * Built together, the two entries would share chunks, and zod's core, which the leader app uses whole,
 * would come along with the answer page's few zod/mini schemas (15 kB more on the wire, not 3).
 */
function buildAnswerPage(root: string, outDir: string, logLevel: LogLevel | undefined) {
  return build({
    configFile: false,
    root,
    logLevel,
    plugins: [react(), messageCatalogs()],
    build: {
      outDir,
      emptyOutDir: false,
      rollupOptions: {
        input: { answer: join(root, 'answer.html') },
        output: { codeSplitting: { groups: [reactChunk] } },
      },
    },
  });
}

/**
 * After the leader app: builds the answer page, then compresses every file once, at the highest levels,
 * so the server sends files as they lie on disk (brotli or gzip by the browser's Accept-Encoding) and
 * spends no CPU per request on them.
 */
function answerPageThenPrecompress(): Plugin {
  let root = '';
  let outDir = '';
  let logLevel: LogLevel | undefined;
  return {
    name: 'feedforward-answer-page-and-precompress',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = join(config.root, config.build.outDir);
      logLevel = config.logLevel;
    },
    async closeBundle() {
      await buildAnswerPage(root, outDir, logLevel);
      precompressBuiltFiles(outDir);
    },
  };
}

/**
 * The leader app's service worker (src/web/pwa/service-worker.ts), built to /sw.js with the list of
 * this build's files to keep for offline start and a version made from them, so each deploy installs
 * a new worker that drops the old caches. Runs before the precompression above.
 */
function serviceWorker(): Plugin {
  let root = '';
  return {
    name: 'feedforward-service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      const publicDir = join(root, 'public');
      const publicFiles = filesUnder(publicDir).map((path) => relative(publicDir, path).split(sep).join('/'));
      const built = Object.keys(bundle).filter((name) => name !== 'index.html' && !name.endsWith('.map'));
      const precache = ['/', ...[...publicFiles, ...built].sort().map((name) => `/${name}`)];
      const version = createHash('sha256')
        .update(precache.join('\n'))
        .update(readFileSync(join(outDir, 'index.html')))
        .digest('hex')
        .slice(0, 16);
      await esbuild({
        entryPoints: [join(root, 'pwa', 'service-worker.ts')],
        bundle: true,
        format: 'iife',
        minify: true,
        target: 'es2022',
        outfile: join(outDir, 'sw.js'),
        define: { __PRECACHE__: JSON.stringify(precache), __BUILD_VERSION__: JSON.stringify(version) },
        logLevel: 'warning',
      });
    },
  };
}

export default defineConfig({
  root: 'src/web',
  plugins: [react(), messageCatalogs(), serviceWorker(), answerPageThenPrecompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // The whole app; the stakeholder's answer page, which must stay small on the wire, follows on its own.
    rollupOptions: {
      input: { index: 'src/web/index.html' },
      output: {
        codeSplitting: {
          groups: [
            reactChunk,
            { name: 'router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': toApiServer, '/healthz': toApiServer, '/a/': toApiServer, '/source': toApiServer },
  },
});
