import { useCallback, useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client';
import { ApolloError } from '@apollo/client';
import { Select, Tag } from 'antd';
import { CarOutlined, HomeOutlined, ShopOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PartsQuery, StockLevelsQuery, StockLocationsQuery } from '../api/parts';
import { errorCode, errorMessage, fieldIssues } from '../api/errors';
import { useMe } from '../auth/session';
import type { StockLevelsQuery as StockLevelsResult, LocationKind, MovementKind, StockLevelFieldsFragment, StockLocationFieldsFragment, StocktakeState, TransferState } from '../gql/graphql';
import { MOVEMENT_COLOR, partsProblem, STOCKTAKE_COLOR, TRANSFER_COLOR } from './partsLogic';
import { useDebounced } from './useDebounced';

export type Location = StockLocationFieldsFragment;
export type Level = StockLevelFieldsFragment;

/** A failed parts operation as a sentence: shortages with their figures, closed stocktakes, transfers that moved on. */
export function partsError(t: TFunction, error: unknown): string {
  const message = error instanceof ApolloError ? error.graphQLErrors[0]?.message ?? '' : '';
  const problem = partsProblem(errorCode(error), message, fieldIssues(error));
  if (!problem) return errorMessage(t, error);
  const values: Record<string, unknown> = { ...problem.values };
  if (problem.key === 'stocktakeClosed') values.state = t(`parts.stocktakeState.${problem.values.state}`);
  if (problem.key === 'transferState') values.state = t(`parts.transferState.${problem.values.state}`);
  return t(`parts.errors.${problem.key}`, values);
}

/** The server's per-field issues for a parts form: `lines.0.quantity` → ['lines', 0, 'quantity'], in words. */
export function partsFieldErrors(t: TFunction, error: unknown): { name: (string | number)[]; errors: string[] }[] {
  return fieldIssues(error)
    .filter((i) => i.field !== 'id' && i.field !== 'after')
    .map((i) => {
      const name = i.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const problem = partsProblem(errorCode(error), i.message, [i]);
      return { name, errors: [problem ? t(`parts.errors.${problem.key}`, problem.values) : t(`parts.reason.${i.reason}`, { defaultValue: t('parts.reason.invalid') })] };
    });
}

const KIND_ICON: Record<LocationKind, ReactNode> = { CENTRAL: <HomeOutlined />, REGIONAL: <ShopOutlined />, VAN: <CarOutlined /> };
const KIND_COLOR: Record<LocationKind, string> = { CENTRAL: 'geekblue', REGIONAL: 'blue', VAN: 'cyan' };

export function LocationKindTag({ kind }: { kind: LocationKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLOR[kind]} icon={KIND_ICON[kind]}>{t(`parts.kind.${kind}`)}</Tag>;
}

export function MovementTag({ kind }: { kind: MovementKind }) {
  const { t } = useTranslation();
  return <Tag color={MOVEMENT_COLOR[kind]} data-testid="movement-kind" data-kind={kind}>{t(`parts.movement.${kind}`)}</Tag>;
}

export function TransferStateTag({ state }: { state: TransferState }) {
  const { t } = useTranslation();
  return <Tag color={TRANSFER_COLOR[state]} icon={state === 'IN_TRANSIT' ? <CarOutlined /> : undefined} data-testid="transfer-state" data-state={state}>{t(`parts.transferState.${state}`)}</Tag>;
}

export function StocktakeStateTag({ state }: { state: StocktakeState }) {
  const { t } = useTranslation();
  return <Tag color={STOCKTAKE_COLOR[state]} data-testid="stocktake-state" data-state={state}>{t(`parts.stocktakeState.${state}`)}</Tag>;
}

/** "上海中心仓 WH-SH". */
export const locationLabel = (l: { code: string; name: string }) => (l.name && l.name !== l.code ? `${l.name} ${l.code}` : l.code);

/** The company's warehouses and vans, central first. */
export function useLocations() {
  const result = useQuery(StockLocationsQuery);
  const locations = useMemo(() => {
    const order: Record<LocationKind, number> = { CENTRAL: 0, REGIONAL: 1, VAN: 2 };
    return [...(result.data?.stockLocations ?? [])].sort((a, b) => order[a.kind] - order[b.kind] || a.code.localeCompare(b.code));
  }, [result.data]);
  return { ...result, locations };
}

/** The signed-in technician's van (none for someone without one), once the locations are read. */
function useMyVan() {
  const me = useMe();
  const { locations, loading, error } = useLocations();
  return { van: locations.find((l) => l.kind === 'VAN' && l.technicianUserId === me.id), loading, error };
}

/** The signed-in technician's van and everything in it (all of it, not a first page). */
export function useMyVanStock() {
  const { van, loading: finding, error: findError } = useMyVan();
  return { van, finding, findError, stock: useAllStockLevels({ locationId: van?.id }, !van) };
}

/** A location picker, warehouses and vans in their own groups. */
export function LocationSelect({ locations, value, onChange, allowClear, placeholder, exclude, style, testId }: {
  locations: Location[]; value?: string | null; onChange?(id: string | undefined): void; allowClear?: boolean; placeholder?: string; exclude?: string | null;
  style?: CSSProperties; testId?: string;
}) {
  const { t } = useTranslation();
  const option = (l: Location) => ({ value: l.id, label: locationLabel(l), disabled: l.id === exclude });
  const warehouses = locations.filter((l) => l.kind !== 'VAN');
  const vans = locations.filter((l) => l.kind === 'VAN');
  return (
    <Select value={value ?? undefined} onChange={(v) => onChange?.(v ?? undefined)} allowClear={allowClear} placeholder={placeholder} style={style} showSearch optionFilterProp="label" data-testid={testId}
      options={[
        ...(warehouses.length ? [{ label: t('parts.stock.warehouses'), options: warehouses.map(option) }] : []),
        ...(vans.length ? [{ label: t('parts.stock.vans'), options: vans.map(option) }] : []),
      ]} />
  );
}

/** A part from the catalog, found by code or name as one types; the value is its sku. */
export function PartSelect({ value, onChange, style, testId }: { value?: string; onChange?(sku: string): void; style?: CSSProperties; testId?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim(), 250);
  const { data, loading } = useQuery(PartsQuery, { variables: { first: 30, search: settled || null } });
  const parts = data?.parts.edges.map((e) => e.node) ?? [];
  const options = parts.map((p) => ({ value: p.sku, label: `${p.sku} ${p.name}` }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });
  return (
    <Select value={value} onChange={onChange} showSearch filterOption={false} onSearch={setSearch} loading={loading} style={style} data-testid={testId}
      placeholder={t('parts.transfer.partPlaceholder')} options={options} notFoundContent={null} />
  );
}

const PAGE = 100;
const MAX_PAGES = 20;

/**
 * Every stock level matching the filter, read a page of 100 at a time, so the totals are of all of
 * them (a company's parts × locations run to hundreds, not millions; capped at 2,000).
 */
export function useAllStockLevels(filter: { locationId?: string | null; search?: string | null; lowOnly?: boolean }, skip = false) {
  const client = useApolloClient();
  // `loaded`: the rows are of this filter (a reload keeps showing them meanwhile, without a skeleton).
  const [state, setState] = useState<{ rows: Level[]; totalCount: number; loading: boolean; loaded: boolean; error?: unknown; truncated: boolean; key: string }>({ rows: [], totalCount: 0, loading: !skip, loaded: false, truncated: false, key: '' });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(filter);

  useEffect(() => {
    if (skip) return;
    let cancelled = false;
    const load = async () => {
      setState((s) => ({ ...s, loading: true, error: undefined }));
      try {
        const rows: Level[] = [];
        let after: string | null = null;
        let totalCount = 0;
        for (let page = 0; page < MAX_PAGES; page++) {
          const result: { data: StockLevelsResult } = await client.query({ query: StockLevelsQuery, variables: { ...filter, first: PAGE, after }, fetchPolicy: 'network-only' });
          const connection = result.data.stockLevels;
          totalCount = connection.totalCount;
          rows.push(...connection.edges.map((e) => e.node));
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.pageInfo.endCursor ?? null;
        }
        if (!cancelled) setState({ rows, totalCount, loading: false, loaded: true, truncated: rows.length < totalCount, key });
      } catch (error) {
        if (!cancelled) setState((s) => ({ ...s, loading: false, error }));
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
    // The filter is in the key.
  }, [key, generation, client, skip]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // Rows of an earlier filter are not this filter's.
  return { ...state, loaded: state.loaded && state.key === key, reload };
}
