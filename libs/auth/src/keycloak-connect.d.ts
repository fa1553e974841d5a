declare module 'keycloak-connect/middleware/auth-utils/config' {
  const Config: new (config: Record<string, unknown>) => { realmUrl: string };
  export default Config;
}
declare module 'keycloak-connect/middleware/auth-utils/grant-manager' {
  const GrantManager: new (config: unknown) => { validateToken(token: unknown, type: string): Promise<unknown> };
  export default GrantManager;
}
declare module 'keycloak-connect/middleware/auth-utils/token' {
  const Token: new (raw: string, clientId: string | undefined) => {
    content: Record<string, any>;
    header: Record<string, any>;
  };
  export default Token;
}
