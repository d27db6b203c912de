import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

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

const compressible = /\.(?:js|css|html|svg|json|txt)$/;

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

/**
 * Compresses once at build time, at the highest levels, so the server sends files as they lie on disk
 * (brotli or gzip by the browser's Accept-Encoding) and spends no CPU per request on them.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'feedforward-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressBuiltFiles(outDir);
    },
  };
}

export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Two pages: the whole app, and the stakeholder's answer page, which must stay small on the wire.
    rollupOptions: {
      input: { index: 'src/web/index.html', answer: 'src/web/answer.html' },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
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
