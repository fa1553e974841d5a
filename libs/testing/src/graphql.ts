export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; issues?: { field: string; reason: string }[] } }[];
}

/** Posts one GraphQL operation as the console does. */
export async function graphql<T = any>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => ({}))) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** The first error's code, for assertions. */
export const errorCode = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
