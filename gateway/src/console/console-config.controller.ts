import { Controller, Get, Header } from '@nestjs/common';
import { authConfigFromEnv } from '@shouhou/auth';

/**
 * What the console needs to sign users in, read at run time so that one console build works against
 * the dev identity provider, docker-compose's Keycloak and a cluster's.
 */
@Controller()
export class ConsoleConfigController {
  private readonly config = (() => {
    const auth = authConfigFromEnv();
    return { keycloakUrl: auth.serverUrl, realm: auth.realm, clientId: auth.clientId };
  })();

  @Get('config.json')
  @Header('cache-control', 'no-store')
  get() {
    return this.config;
  }
}
