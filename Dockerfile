# syntax=docker/dockerfile:1
# The bot as a container: built on the same commands the tests exercise (`npm ci`, `npm run
# build`, `npm ci --omit=dev`, `node dist/src/main.js`). See "Running in production" in README.md.

# Build stage: every dependency, then dist/ (`npm run build` type-checks as it compiles).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY commands ./commands
RUN npm run build

# Runtime stage: production dependencies only, the compiled bot and the bundled dataset.
FROM node:20-slim AS runtime
# tini as PID 1 passes SIGTERM/SIGINT on to node and reaps any orphaned child.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data/events.json ./data/events.json
# Server settings (SQLite) live in DATA_DIR, the one folder the bot writes; mount a volume there.
ENV DATA_DIR=/app/state
RUN mkdir -p /app/state && chown node:node /app/state
VOLUME ["/app/state"]
# The code stays root's and read-only to the bot, which runs as the image's unprivileged user.
USER node
# The health server answers inside the container only (METRICS_HOST defaults to 127.0.0.1);
# set METRICS_HOST=0.0.0.0 to let a scraper reach /metrics, or METRICS_PORT= to turn it off.
ENV METRICS_PORT=9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const port = process.env.METRICS_PORT; if (!port) process.exit(0); fetch('http://127.0.0.1:' + port + '/healthz').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1));"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/src/main.js"]
