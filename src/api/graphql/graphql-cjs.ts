import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';

/**
 * graphql-js as mercurius sees it. mercurius is CommonJS and loads graphql's CJS build, while an
 * ESM `import 'graphql'` gets the .mjs build: two copies whose `instanceof` checks reject each
 * other's objects ("Cannot use GraphQLObjectType from another module or realm"). Everything in
 * src/api that touches schema objects or GraphQLError uses this one.
 */
const require = createRequire(import.meta.url);
export const graphql = require('graphql') as typeof GraphQL;
