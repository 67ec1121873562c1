# Production image: the API and the dashboard it serves on its port (apps/web/dist). Built by docker-compose.yml; the
# app runs its migrations on start. Node 24 LTS, as in package.json's engines and CI.

# --- build: every dependency, compile the workspaces and the dashboard -------------------------------------------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
# Manifests first, so that the dependency layer is reused while only sources change. A new workspace adds its
# package.json here and in prod-deps.
COPY package.json package-lock.json ./
COPY libs/pact/package.json libs/pact/
COPY migrations/package.json migrations/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
# Fixes applied to dependencies by `npm ci` (its postinstall: patch-package), see patches/README.md.
COPY patches patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY libs/pact libs/pact
COPY migrations migrations
COPY apps/api apps/api
COPY apps/web apps/web
RUN npm run build

# --- prod-deps: production dependencies only ---------------------------------------------------------------------
FROM node:24-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/pact/package.json libs/pact/
COPY migrations/package.json migrations/
COPY apps/api/package.json apps/api/
COPY patches patches
RUN npm ci --omit=dev --no-audit --no-fund \
  && npm cache clean --force

# --- runtime: production dependencies and compiled code, run as the unprivileged node user ------------------------
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /app ./
COPY --from=build /app/libs/pact/dist libs/pact/dist
COPY --from=build /app/migrations/dist migrations/dist
COPY --from=build /app/apps/api/dist apps/api/dist
# The dashboard, where the API looks for it by default (WEB_DIST_DIR unset): static files, no runtime dependency.
COPY --from=build /app/apps/web/dist apps/web/dist
# Without DATABASE_URL the app runs the embedded PostgreSQL in DATA_DIR (default /app/data): let it write there.
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 3000
# A young generation of 8 MB a half (V8 sizes it from the machine's memory, up to 3 × 32 MB): the API idles at
# ~180 MB instead of ~225 MB and exports the whole history under 250 MB; no Maglev, whose compile memory glibc kept in
# the RSS (~30 MiB). The same flags as `npm start` (docs/operations.md, *Memory*).
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=50", "--no-maglev", "apps/api/dist/main.js"]
