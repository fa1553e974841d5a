import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { inputIssues } from '@shouhou/contracts';
import type { GqlContext } from './context';

/** The operations that may carry a file, and only through the import route (http/body-limits.ts). */
export const IMPORT_FIELDS = new Set(['startCustomerImport', 'startPartsImport']);

/**
 * Bounds every operation's variables before they are coerced or costed: strings, lists, depth, numbers
 * and NUL/lone surrogates by the shared rule of libs/contracts, so garbage of any size is refused as
 * BAD_USER_INPUT with its fields named, at a cost linear in what was sent and capped.
 */
export function inputBounds(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, contextValue }) {
          if (contextValue.req?.importRoute && !isImport(operation)) throw refusal('only an import may be sent to /graphql/import', []);
          const issues = inputIssues(request.variables ?? {}, '');
          if (issues.length) throw refusal(issues.map((i) => i.message).join('; '), issues);
        },
      };
    },
  };
}

function isImport(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== 'mutation') return false;
  const fields = operation.selectionSet.selections;
  return fields.length > 0 && fields.every((f) => f.kind === Kind.FIELD && IMPORT_FIELDS.has(f.name.value));
}

function refusal(message: string, issues: { field: string; reason: string; message: string }[]) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', issues, http: { status: 400 } } });
}
