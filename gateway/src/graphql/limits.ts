import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 5_000;

/** A connection costs its page size times what each node costs. */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? Math.max(args.first, 1) * Math.max(childComplexity, 1) : undefined;

/** Rejects an operation whose estimated cost exceeds the limit, before anything runs. */
export function complexityLimit(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > MAX_COMPLEXITY) {
            throw new GraphQLError(`query is too complex: ${complexity} > ${MAX_COMPLEXITY}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
