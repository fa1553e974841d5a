import i18next from 'i18next';
import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { enUS, zhCN } from '../i18n/resources';
import type { WorkOrderStatus } from '../gql/graphql';
import { dispatchError, exclusionCount, exclusionText, navigationUrl, readableNote, todaysJobs } from './dispatch';

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } }, lng: 'zh-CN', interpolation: { escapeValue: false }, showSupportNotice: false }));
const zh = () => i18n.getFixedT('zh-CN');
const en = () => i18n.getFixedT('en-US');

const conflict = (message: string) => new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions: { code: 'CONFLICT' } })] });

describe('why technicians are left out', () => {
  const excluded = { skill: 2, region: 0, unavailable: 1, capacity: 1, excluded: 0 };

  it('names each filter that left someone out, in the reader’s language', () => {
    expect(exclusionText(zh(), excluded)).toBe('2 位技能不符，1 位休息或请假，1 位今日已满');
    expect(exclusionText(en(), excluded)).toBe('2 without the skill, 1 off duty or on leave, 1 fully booked today');
    expect(exclusionCount(excluded)).toBe(4);
  });

  it('says nothing when nobody was left out', () => {
    expect(exclusionText(zh(), { skill: 0, region: 0, unavailable: 0, capacity: 0, excluded: 0 })).toBe('');
    expect(exclusionCount(null)).toBe(0);
  });
});

describe('a dispatch conflict in words', () => {
  it('tells a stale version from a job nobody can take and from a step out of order', () => {
    expect(dispatchError(zh(), conflict('someone else changed this work order meanwhile; reload it and try again'))).toMatch(/刚被其他人改动过/);
    expect(dispatchError(zh(), conflict('no technician can take it now (2 skill)'))).toBe('现在没有可派的技术员');
    expect(dispatchError(zh(), conflict('a work order that is COMPLETED cannot be assigned'))).toMatch(/不能派/);
    expect(dispatchError(en(), conflict('a work order that is ASSIGNED cannot be completeed'))).toMatch(/not possible now/);
  });

  it('says so when the customer has not agreed to the charges', () => {
    const refused = new ApolloError({ graphQLErrors: [new GraphQLError('the customer has not agreed to the charges yet', { extensions: { code: 'CONFLICT', issues: [{ field: 'input.action', reason: 'charges_not_accepted', message: '' }] } })] });
    expect(dispatchError(zh(), refused)).toBe('客户尚未同意当前费用，不能完工：请先向客户确认费用');
    expect(dispatchError(en(), refused)).toMatch(/has not agreed to the current charges/);
  });

  it('leaves other errors to the general messages', () => {
    const forbidden = new ApolloError({ graphQLErrors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })] });
    expect(dispatchError(zh(), forbidden)).toBe('你没有权限执行此操作。');
  });
});

describe('a technician’s day', () => {
  const now = new Date('2026-11-23T10:00:00+08:00');
  const job = (id: string, status: WorkOrderStatus, extra: { emergency?: boolean; updatedAt?: string; assessedAt?: string } = {}) => ({
    id, status, emergency: false, updatedAt: '2026-11-23T09:00:00+08:00', assessedAt: '2026-11-23T08:00:00+08:00', ...extra,
  });

  it('shows open jobs, emergencies and the furthest along first, and only what was finished today', () => {
    const { open, finished } = todaysJobs([
      job('assigned', 'ASSIGNED'),
      job('on-site', 'ON_SITE'),
      job('urgent', 'ASSIGNED', { emergency: true }),
      job('done-today', 'COMPLETED'),
      job('done-yesterday', 'COMPLETED', { updatedAt: '2026-11-22T09:00:00+08:00' }),
      job('failed-today', 'FAILED', { updatedAt: '2026-11-23T09:30:00+08:00' }),
    ], now);
    expect(open.map((j) => j.id)).toEqual(['urgent', 'on-site', 'assigned']);
    expect(finished.map((j) => j.id)).toEqual(['failed-today', 'done-today']);
  });

  it('keeps depot jobs open until they are shipped back and completed', () => {
    const { open } = todaysJobs([job('shipped', 'SHIPPED'), job('received', 'RECEIVED'), job('accepted', 'ACCEPTED')], now);
    expect(open.map((j) => j.id)).toEqual(['shipped', 'received', 'accepted']);
  });

  it('shows the instants in a step’s note as local times', () => {
    const note = readableNote('2026-11-25T06:00:00.000Z – 2026-11-25T08:00:00.000Z');
    expect(note).not.toMatch(/T06:00|Z/);
    expect(note).toMatch(/^2026-11-25 \d{2}:00 – 2026-11-25 \d{2}:00$/);
    expect(readableNote('CUSTOMER: 客户出差')).toBe('CUSTOMER: 客户出差');
  });

  it('navigates with Amap’s marker link, longitude first', () => {
    expect(navigationUrl({ lat: 31.2035, lng: 121.5907 })).toBe('https://uri.amap.com/marker?position=121.5907,31.2035&callnative=1');
  });
});
