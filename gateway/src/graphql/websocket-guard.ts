import { GraphQLError, Kind, parse, visit, visitInParallel, type DocumentNode, type ValidationContext } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { inputIssues } from '@shouhou/contracts';
import { depthLimit, expandedSizeLimit, MAX_COMPLEXITY, MAX_DEPTH } from './limits';

/** A subscription document is a few lines; the console's longest is well under a kilobyte. */
const MAX_TOKENS = 2_000;

/**
 * The WebSocket runs graphql-ws, not Apollo: none of Apollo's plugins (input bounds, cost, error log)
 * run there, and graphql-ws would execute a query or a mutation as readily as a subscription. So the
 * socket serves subscriptions only, and each is held to the same shape limits and input rules as over
 * HTTP before graphql-ws validates it against the schema.
 */
export function subscriptionsOnly() {
  return (_ctx: unknown, _id: string, payload: SubscribePayload): readonly GraphQLError[] | void => {
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: MAX_TOKENS });
    } catch (error) {
      return [refusal('GRAPHQL_PARSE_FAILED', error instanceof Error ? error.message : 'the query does not parse')];
    }
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const operation = payload.operationName ? operations.find((o) => o.name?.value === payload.operationName) : operations.length === 1 ? operations[0] : undefined;
    if (operation?.operation !== 'subscription') {
      return [refusal('BAD_REQUEST', 'only subscriptions are served over WebSocket; send queries and mutations over HTTP to /graphql')];
    }
    const shape = shapeErrors(document);
    if (shape.length) return shape;
    const issues = inputIssues(payload.variables ?? {}, '');
    if (issues.length) return [refusal('BAD_USER_INPUT', issues.map((i) => i.message).join('; '), { issues })];
  };
}

/** The gateway's own shape rules need only the document, not the schema: run them on it alone. */
function shapeErrors(document: DocumentNode): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const context = { getDocument: () => document, reportError: (e: GraphQLError) => errors.push(e) } as unknown as ValidationContext;
  visit(document, visitInParallel([depthLimit(MAX_DEPTH)(context), expandedSizeLimit(MAX_COMPLEXITY)(context)]));
  return errors;
}

function refusal(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}
