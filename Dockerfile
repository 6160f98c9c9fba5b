# The directive-graph service. It talks to the Neo4j given by NEO4J_URI (docker-compose.yml
# sets bolt://neo4j:7687); the embedded Neo4j (Java, Maven) is not part of this image.

FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json vite.config.ts ./
COPY src ./src
RUN npm run build

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Read at run time: the schema applied at start, the sample corpus, and the launcher folder that
# marks the project root for src/db/paths.ts (its sources only: no Java runs here).
COPY schema ./schema
COPY data ./data
COPY corpus ./corpus
COPY scripts/neo4j/pom.xml ./scripts/neo4j/pom.xml
RUN mkdir -p /app/.data && chown -R node:node /app/.data
USER node
EXPOSE 4000
CMD ["node", "dist/cli.js", "start"]
