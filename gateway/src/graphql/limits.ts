import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 5_000;

/** A connection costs its page size times what each node costs. */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  // Pages over 100 are refused by the service with a field error; estimate them at the cap.
  typeof args.first === 'number' ? Math.min(Math.max(args.first, 1), 100) * Math.max(childComplexity, 1) : undefined;

/** Rejects an operation whose estimated cost exceeds the limit, before anything runs. */
export function complexityLimit(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Estimating coerces the variables first; a value of the wrong type is the caller's mistake.
            throw new GraphQLError(error instanceof Error ? error.message : 'invalid variables', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
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

/**
 * Refuses operations nested deeper than `max` fields. Unlike graphql-depth-limit it counts
 * introspection fields too: deep `__schema { types { fields { type { ofType … } } } }` queries are a
 * classic way to make a server work hard.
 */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
        else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        else if (!seen.has(sel.name.value)) {
          deepest = Math.max(deepest, depthOf(fragments.get(sel.name.value)?.selectionSet, new Set([...seen, sel.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`query depth ${depth} exceeds the limit of ${max}`, { nodes: [node], extensions: { code: 'QUERY_TOO_DEEP' } }),
          );
        }
      },
    };
  };
}
