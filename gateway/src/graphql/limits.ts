import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 5_000;

/**
 * A connection costs its page size times what each node costs; any field costs one more per item of
 * the lists it is given, so a mutation carrying a thousand lines, or many aliases of one, costs as much
 * as the work it asks for.
 */
const costEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  // Pages over 100 are refused by the service with a field error; estimate them at the cap.
  const own = typeof args.first === 'number' ? Math.min(Math.max(args.first, 1), 100) * Math.max(childComplexity, 1) : 1 + childComplexity;
  return own + listItems(args);
};

/** How many list items an argument value holds, at any depth (bounded: inputs were bounded first). */
export function listItems(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + 1 + listItems(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + listItems(v), 0);
  return 0;
}

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
              estimators: [costEstimator],
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

/** Writes one operation may ask for: the console sends one; a batch of hundreds is not a form. */
export const MAX_WRITES = 10;

/**
 * Refuses a mutation with more than `max` root fields (aliases of one mutation count each): a write
 * costs a transaction, an outbox row and an event, far more than a field of a query, and graphql runs
 * root mutation fields one after another, so three hundred of them hold one request for seconds.
 */
export function writesLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    const rootFields = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      let count = 0;
      for (const sel of set?.selections ?? []) {
        if (sel.kind === Kind.FIELD) count += sel.name.value.startsWith('__') ? 0 : 1;
        else if (sel.kind === Kind.INLINE_FRAGMENT) count += rootFields(sel.selectionSet, seen);
        else if (!seen.has(sel.name.value)) count += rootFields(fragments.get(sel.name.value)?.selectionSet, new Set([...seen, sel.name.value]));
        if (count > max) return count;
      }
      return count;
    };
    return {
      OperationDefinition(node) {
        if (node.operation === 'mutation' && rootFields(node.selectionSet, new Set()) > max) {
          context.reportError(
            new GraphQLError(`one request may carry at most ${max} mutations; send the others separately`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };
}

/**
 * Refuses an operation with more than `max` fields once its fragments are expanded, before its cost
 * is estimated: every field costs at least one, so it would be refused anyway, but
 * graphql-query-complexity walks a fragment again at every spread, which for a "fragment bomb" (forty
 * fragments each spreading the previous one twice) is 2^40 steps. Here each fragment is measured once.
 * Fields the estimate leaves out (`__typename`, introspection) are left out here too.
 */
export function expandedSizeLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    const sizes = new Map<string, number>();
    const sizeOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      let size = 0;
      for (const sel of set?.selections ?? []) {
        if (sel.kind === Kind.FIELD) size += sel.name.value.startsWith('__') ? 0 : 1 + sizeOf(sel.selectionSet, seen);
        else if (sel.kind === Kind.INLINE_FRAGMENT) size += sizeOf(sel.selectionSet, seen);
        else if (!seen.has(sel.name.value)) {
          const name = sel.name.value;
          let own = sizes.get(name);
          if (own === undefined) sizes.set(name, (own = sizeOf(fragments.get(name)?.selectionSet, new Set([...seen, name]))));
          size += own;
        }
        // Past the limit the exact figure does not matter; stopping keeps the numbers small.
        if (size > max) return size;
      }
      return size;
    };
    return {
      OperationDefinition(node) {
        if (sizeOf(node.selectionSet, new Set()) > max) {
          context.reportError(
            new GraphQLError(`query is too complex: more than ${max} fields once its fragments are expanded`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };
}

/**
 * Refuses operations nested deeper than `max` fields. Unlike graphql-depth-limit it counts
 * introspection fields too: deep `__schema { types { fields { type { ofType … } } } }` queries are a
 * classic way to make a server work hard.
 */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    // Each fragment is measured once: a fragment spread twice in each of forty fragments would
    // otherwise be walked 2^40 times (a "fragment bomb" that holds the event loop for good).
    const fragmentDepth = new Map<string, number>();
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
        else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        else if (!seen.has(sel.name.value)) {
          const name = sel.name.value;
          let depth = fragmentDepth.get(name);
          if (depth === undefined) fragmentDepth.set(name, (depth = depthOf(fragments.get(name)?.selectionSet, new Set([...seen, name]))));
          deepest = Math.max(deepest, depth);
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

/** The document's fragments by name, for rules that follow spreads. */
function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return fragments;
}
