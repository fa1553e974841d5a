import { Injectable } from '@nestjs/common';
import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import {
  asTenantId,
  DomainError,
  TenancyEvents,
  TenancyRpc,
  type PlatformContext,
  type TenantContext,
  hasRole,
  type Tenant as TenantDto,
} from '@shouhou/contracts';
import { inScopedTransaction, inTenantTransaction, newId, type EntityManager } from '@shouhou/persistence';
import { audit, auditTrail } from './tenant-audit';
import { OutboxRelay, recordEvent } from '@shouhou/messaging';
import { TenantSchema, type Tenant } from './tenant.entity';
import { CommitmentsService } from '../commitments/commitments.service';

type CreateInput = z.infer<typeof TenancyRpc.createTenant.input>;
type SuspendInput = z.infer<typeof TenancyRpc.suspendTenant.input>;
type SettingsInput = z.infer<typeof TenancyRpc.updateSettings.input>;

/**
 * The tenant registry. Its table is readable only in the platform scope (the operator, and the
 * gateway's token-to-tenant lookup) or by the tenant itself.
 */
@Injectable()
export class TenantService {
  constructor(
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
    private readonly commitments: CommitmentsService,
  ) {}

  async create(ctx: PlatformContext, input: CreateInput): Promise<TenantDto> {
    const tenant: Tenant = {
      id: newId(),
      code: input.code,
      name: input.name,
      // Without a Keycloak organization yet, the tenant id names it; the realm admin creates it with that id.
      keycloakOrganizationId: input.keycloakOrganizationId ?? '',
      status: 'ACTIVE',
      timeZone: input.timeZone,
      createdAt: new Date(),
      suspendedAt: null,
      suspensionReason: null,
      displayName: input.name,
      defaultLocale: 'zh-CN',
      hotline: null,
      logoUrl: null,
    };
    if (!tenant.keycloakOrganizationId) tenant.keycloakOrganizationId = tenant.id;
    try {
      const dto = await this.inTenantScope(tenant.id, async (em) => {
        em.persist(em.create(TenantSchema, tenant));
        await em.flush();
        await recordEvent(em, { tenantId: asTenantId(tenant.id), actorId: ctx.actorId, requestId: ctx.requestId }, TenancyEvents.tenantCreated, toDto(tenant));
        await this.commitments.announceDefaults(em, tenant.id, ctx);
        await audit(em, tenant.id, 'CREATED', ctx.actorId, { code: tenant.code, name: tenant.name });
        return toDto(tenant);
      });
      this.relay.wake();
      return dto;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        // The message carries the whole statement; only the violated constraint's name tells which value clashed.
        const field = /constraint "tenant_keycloak_organization_id_unique"/.test(error.message) ? 'keycloakOrganizationId' : 'code';
        throw new DomainError('CONFLICT', `a tenant with this ${field} already exists`, {
          issues: [{ field: `input.${field}`, reason: 'taken', message: `a tenant with this ${field} already exists` }],
        });
      }
      throw error;
    }
  }

  async list(_ctx: PlatformContext): Promise<TenantDto[]> {
    return inScopedTransaction(this.orm, 'platform', async (em) =>
      (await em.find(TenantSchema, {}, { orderBy: { createdAt: 'asc' } })).map(toDto),
    );
  }

  async suspend(ctx: PlatformContext, input: SuspendInput): Promise<TenantDto> {
    const dto = await this.inTenantScope(input.id, async (em) => {
      const tenant = await em.findOne(TenantSchema, { id: input.id });
      if (!tenant) throw new DomainError('NOT_FOUND', 'no such tenant');
      if (tenant.status !== 'SUSPENDED') {
        tenant.status = 'SUSPENDED';
        tenant.suspendedAt = new Date();
        tenant.suspensionReason = input.reason;
        await em.flush();
        await recordEvent(em, { tenantId: asTenantId(tenant.id), actorId: ctx.actorId, requestId: ctx.requestId }, TenancyEvents.tenantSuspended, toDto(tenant));
        await audit(em, tenant.id, 'SUSPENDED', ctx.actorId, { reason: input.reason });
      }
      return toDto(tenant);
    });
    this.relay.wake();
    return dto;
  }

  async reactivate(ctx: PlatformContext, id: string): Promise<TenantDto> {
    const dto = await this.inTenantScope(id, async (em) => {
      const tenant = await em.findOne(TenantSchema, { id });
      if (!tenant) throw new DomainError('NOT_FOUND', 'no such tenant');
      if (tenant.status === 'SUSPENDED') {
        tenant.status = 'ACTIVE';
        tenant.suspendedAt = null;
        tenant.suspensionReason = null;
        await em.flush();
        await recordEvent(em, { tenantId: asTenantId(id), actorId: ctx.actorId, requestId: ctx.requestId }, TenancyEvents.tenantReactivated, toDto(tenant));
        await audit(em, id, 'REACTIVATED', ctx.actorId);
      }
      return toDto(tenant);
    });
    this.relay.wake();
    return dto;
  }

  async auditTrail(_ctx: PlatformContext, id: string) {
    return inScopedTransaction(this.orm, 'platform', (em) => auditTrail(em, id));
  }

  async settings(ctx: TenantContext): Promise<TenantDto> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const tenant = await em.findOne(TenantSchema, { id: ctx.tenantId });
      if (!tenant) throw new DomainError('NOT_FOUND', 'no such tenant');
      return toDto(tenant);
    });
  }

  async updateSettings(ctx: TenantContext, input: SettingsInput): Promise<TenantDto> {
    if (!hasRole(ctx, 'tenant-admin')) throw new DomainError('FORBIDDEN', 'only a tenant admin changes the settings');
    const dto = await inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const tenant = await em.findOne(TenantSchema, { id: ctx.tenantId });
      if (!tenant) throw new DomainError('NOT_FOUND', 'no such tenant');
      const moved = input.timeZone !== undefined && input.timeZone !== tenant.timeZone;
      Object.assign(tenant, input);
      await em.flush();
      await recordEvent(em, ctx, TenancyEvents.settingsUpdated, toDto(tenant));
      if (moved) await this.commitments.announceDefaults(em, tenant.id, ctx);
      await audit(em, tenant.id, 'SETTINGS_UPDATED', ctx.actorId, input);
      return toDto(tenant);
    });
    this.relay.wake();
    return dto;
  }

  async byCode(code: string): Promise<TenantDto | null> {
    return inScopedTransaction(this.orm, 'platform', async (em) => {
      const tenant = await em.findOne(TenantSchema, { code });
      return tenant ? toDto(tenant) : null;
    });
  }

  /** Token organization → tenant, for the gateway. Unknown organizations answer null. */
  async resolve(keycloakOrganizationId: string): Promise<TenantDto | null> {
    return inScopedTransaction(this.orm, 'platform', async (em) => {
      const tenant = await em.findOne(TenantSchema, { keycloakOrganizationId });
      return tenant ? toDto(tenant) : null;
    });
  }

  /** Platform scope, plus the tenant id so the outbox row passes its tenant policy. */
  private inTenantScope<T>(tenantId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inScopedTransaction(this.orm, 'platform', async (em) => {
      await em.execute(`select set_config('app.tenant_id', ?, true)`, [tenantId]);
      return work(em);
    });
  }
}

function toDto(t: Tenant): TenantDto {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    keycloakOrganizationId: t.keycloakOrganizationId,
    status: t.status,
    timeZone: t.timeZone,
    createdAt: t.createdAt.toISOString(),
    suspendedAt: t.suspendedAt ? t.suspendedAt.toISOString() : null,
    suspensionReason: t.suspensionReason ?? null,
    displayName: t.displayName ?? null,
    defaultLocale: t.defaultLocale ?? 'zh-CN',
    hotline: t.hotline ?? null,
    logoUrl: t.logoUrl ?? null,
  };
}
