import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Subscriptions are served over WebSocket (graphql-ws, same path). Sent over HTTP, Apollo would execute
 * one as if it were a query, and its fields, which answer only inside a subscription, would fail as
 * internal errors: refuse it as the caller's mistake before anything runs. (The WebSocket server does
 * not run Apollo's plugins, so live updates are unaffected.)
 */
export function subscriptionsOverWebSocketOnly(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
