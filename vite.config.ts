import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

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

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': toApiServer, '/healthz': toApiServer, '/a/': toApiServer, '/source': toApiServer },
  },
});
