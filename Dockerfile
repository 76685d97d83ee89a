# MentorMatch's production image: `mentormatch-serve` (src/cli/serve.ts), the plugin mounted on
# a plain Express server. The stand-in host (demo identity provider, open mailbox page) is not
# in the image. No Docker engine runs on the development machines, so this file is kept plain
# and is not built in CI.
#
#   docker run -p 3000:3000 -v "$PWD/settings.json:/config/settings.json:ro" \
#     -v mentormatch-data:/app/data -e MENTORMATCH_RUN_MIGRATIONS=true mentormatch
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json plugin.manifest.json ./
COPY src src
COPY migrations migrations
COPY standalone standalone
RUN npm run build && npm prune --omit=dev && rm -rf dist/standalone

FROM node:24-bookworm-slim
# The settings file is mounted at /config/settings.json (or MENTORMATCH_SETTINGS_FILE names
# another path). Relative paths in it, such as the default SQLite file data/mentormatch.sqlite,
# resolve under /app, so /app/data is the volume that keeps them.
ENV NODE_ENV=production PORT=3000 MENTORMATCH_SETTINGS_FILE=/config/settings.json \
  MENTORMATCH_RUN_MIGRATIONS=false MENTORMATCH_STOP_GRACE_MS=2000
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json plugin.manifest.json ./
COPY views views
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
VOLUME ["/app/data"]
# The health path comes from the manifest, like everything else a host relies on.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD node -e "const m = require('./plugin.manifest.json'); \
    fetch('http://127.0.0.1:' + process.env.PORT + m.mountPath + m.healthPath) \
      .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/cli/serve.js"]
