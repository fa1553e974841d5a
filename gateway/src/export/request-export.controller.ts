import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, IntakeRpc, type RpcOutput, type ServiceRequest } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { authorize, sessionFromAuthorization } from '../auth/session';
import { TokenVerifier } from '@shouhou/auth';
import { TenantDirectory } from '../auth/tenant-directory';
import { csvLine } from './csv';

/** Enough for any list a person exports; larger extracts belong to a reporting pipeline. */
const MAX_ROWS = 50_000;

const COLUMNS: [string, string, (r: ServiceRequest) => unknown][] = [
  ['受理单号', 'Number', (r) => r.number],
  ['状态', 'Status', (r) => r.status],
  ['优先级', 'Priority', (r) => r.priority],
  ['紧急', 'Emergency', (r) => (r.emergency ? 'Y' : '')],
  ['渠道', 'Channel', (r) => r.channel],
  ['类别', 'Category', (r) => r.category],
  ['客户', 'Customer', (r) => r.customerName],
  ['电话', 'Phone', (r) => r.customerPhone],
  ['邮箱', 'E-mail', (r) => r.customerEmail],
  ['产品型号', 'Model', (r) => r.productModel],
  ['序列号', 'Serial', (r) => r.serialNumber],
  ['区域', 'Region tier', (r) => r.regionTier],
  ['保修', 'Warranty', (r) => r.warranty?.status],
  ['三包', 'Entitlement', (r) => r.warranty?.entitlement],
  ['受理时间', 'Created', (r) => r.createdAt],
  ['首次响应到期', 'First response due', (r) => r.firstResponseDueAt],
  ['首次响应时间', 'Acknowledged', (r) => r.acknowledgedAt],
  ['问题描述', 'Problem', (r) => r.problemDescription],
];

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, TENANT_SUSPENDED: 403, NOT_FOUND: 404, RATE_LIMITED: 429, UNAVAILABLE: 503 };

/**
 * `GET /export/service-requests.csv?status=NEW&search=…&lang=en-US` with the bearer token: the
 * requests matching the list's filters, newest first, streamed page by page as UTF-8 with a BOM
 * (Excel reads Chinese right). Phone numbers are masked as in the list for roles that see them masked.
 */
@Controller('export')
export class RequestExportController {
  constructor(
    @Inject(ServiceClient) private readonly services: ServiceClient,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    @Inject(TenantDirectory) private readonly tenants: TenantDirectory,
  ) {}

  @Get('service-requests.csv')
  async export(@Headers('authorization') authorization: string | undefined, @Query() query: Record<string, string>, @Res() res: Response) {
    const en = query.lang === 'en-US';
    const { lang: _lang, ...filter } = query;
    let wrote = 0;
    try {
      const ctx = authorize(await sessionFromAuthorization(authorization, undefined, this.verifier, this.tenants), 'exportRequests');
      let after: string | null = null;
      do {
        const page: RpcOutput<typeof IntakeRpc.listServiceRequests> = await this.services.call(IntakeRpc.listServiceRequests, ctx, { first: 100, after, filter: filter as never });
        if (!res.headersSent) {
          res.status(200).type('text/csv; charset=utf-8').attachment(`service-requests-${new Date().toISOString().slice(0, 10)}.csv`);
          res.write(`\uFEFF${csvLine(COLUMNS.map(([zh, english]) => (en ? english : zh)))}`);
        }
        for (const { node } of page.edges) res.write(csvLine(COLUMNS.map(([, , value]) => value(node))));
        wrote += page.edges.length;
        after = page.pageInfo.hasNextPage && wrote < MAX_ROWS ? page.pageInfo.endCursor : null;
      } while (after);
      res.end();
    } catch (error) {
      if (res.headersSent) return res.destroy(error as Error);
      const code = error instanceof DomainError ? error.code : 'INTERNAL';
      res.status(STATUS[code] ?? 500).json({ error: { code, message: error instanceof DomainError ? error.message : 'export failed', issues: error instanceof DomainError ? error.details?.issues : undefined } });
    }
  }
}
