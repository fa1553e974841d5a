import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { enUS, zhCN } from '../i18n/resources';
import { issueMessage } from './errors';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } } });

describe('the platform’s input refusals, as people read them', () => {
  it('says a field holds characters that cannot be saved, not a raw reason', () => {
    expect(issueMessage(i18n.t, { field: 'problemDescription', reason: 'NUL' })).toBe('问题描述含有无法保存的字符，请删除后重试');
    expect(issueMessage(i18n.t, { field: 'customerName', reason: 'CONTROL_CHARACTER' })).toBe('客户姓名含有无法保存的字符，请删除后重试');
    expect(issueMessage(i18n.getFixedT('en-US'), { field: 'problemDescription', reason: 'LONE_SURROGATE' })).toBe(
      'Problem contains characters that cannot be saved; remove them and try again',
    );
  });

  it('says a field is too large when it is past the platform’s bounds', () => {
    expect(issueMessage(i18n.t, { field: 'problemDescription', reason: 'TOO_LONG' })).toBe('问题描述内容过多');
    expect(issueMessage(i18n.getFixedT('en-US'), { field: 'addresses.0.line', reason: 'TOO_MANY' })).toMatch(/is too large$/);
  });
});
