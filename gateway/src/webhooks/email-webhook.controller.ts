import { Body, Controller, HttpCode, HttpException, Inject, Post } from '@nestjs/common';
import { DomainError, IntakeRpc, TenancyRpc, asTenantId, type TenantContext } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { normalizeInbound, tenantCodeOf, verifySignature, type WebhookBody } from './inbound-email';

/**
 * Inbound e-mail: the mail provider posts each mail to a tenant's service address here. Answers 200
 * once intake has durably recorded it (a retry of the same Message-ID records nothing twice), 401 for
 * a bad signature, 406 for a recipient that is no company (providers do not retry a 406), 400 for a
 * mail that cannot be read, 503 when intake is unavailable (providers retry).
 */
@Controller('webhooks')
export class EmailWebhookController {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @Post('email')
  @HttpCode(200)
  async receive(@Body() body: WebhookBody) {
    if (!body || typeof body !== 'object' || !verifySignature(body)) throw new HttpException({ error: 'invalid signature' }, 401);
    const { recipient, mail } = normalizeInbound(body);
    const code = tenantCodeOf(recipient);
    const tenant = code ? await this.services.call(TenancyRpc.resolveTenantCode, undefined, { code }) : null;
    if (!tenant || tenant.status !== 'ACTIVE') throw new HttpException({ error: `no company receives mail at ${recipient || '(no recipient)'}` }, 406);
    const ctx: TenantContext = { kind: 'tenant', tenantId: asTenantId(tenant.id), actorId: 'email', roles: [], requestId: '' };
    try {
      return await this.services.call(IntakeRpc.receiveEmail, ctx, mail as never);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') throw new HttpException({ error: error.message, issues: error.details?.issues }, 400);
      if (error instanceof DomainError && error.code === 'UNAVAILABLE') throw new HttpException({ error: 'try again later' }, 503);
      throw error;
    }
  }
}
