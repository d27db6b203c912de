# Feedforward's container image: the server, its production dependencies and the built web client.
# Build: docker build -t feedforward .   Run: docker run -p 3000:3000 -v feedforward-data:/data feedforward

# --- build: all dependencies, the web client, then only production dependencies kept ---------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 and argon2 download prebuilt binaries; where that fails (no internet) npm compiles them.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime: no compiler, no dev dependencies, not root ------------------------------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    DATABASE_URL=file:/data/feedforward.db
WORKDIR /app
# The source with production dependencies, the built client and the compiled server. Owned by root: the
# app cannot change its own code. The source stays in: the server offers it at /source.
COPY --from=build /app ./
# The SQLite file (the default DATABASE_URL) lives on a volume owned by the unprivileged `node` user.
RUN mkdir /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 and handles SIGTERM itself (src/server/main.ts): it stops accepting connections,
# finishes in-flight requests and the running job, then exits. No npm in between to swallow the
# signal, and no TypeScript loader: `npm run build` compiled the server to dist/server (decision 0040).
STOPSIGNAL SIGTERM
CMD ["node", "dist/server/main.js"]
