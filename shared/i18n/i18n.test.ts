import { describe, expect, it } from 'vitest';
import { refusalText } from '../edit';
import { addLink } from '../edit/links';
import { canPlace } from '../rules/placement';
import { planTree } from '../edit/planTree';
import { validatePlan } from '../validate/validatePlan';
import { loadPlan } from '../load/loadPlan';
import { ENGLISH, firstLocale, formatMessage, langOf, matchLocale } from '.';

describe('matchLocale', () => {
  it.each([
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh_SG', 'zh-CN'],
    ['zh-TW', 'en'],
    ['zh_HK.UTF-8', 'en'],
    ['en_GB.UTF-8', 'en'],
    ['de-DE', 'en'],
    ['C', 'en'],
    ['', 'en'],
  ])('%s → %s', (tag, locale) => expect(matchLocale(tag)).toBe(locale));

  it('takes LC_ALL before LC_MESSAGES before LANG, and C as English', () => {
    expect(firstLocale([undefined, '', 'zh_CN.UTF-8'])).toBe('zh-CN');
    expect(firstLocale(['C', 'zh_CN.UTF-8', 'zh_CN.UTF-8'])).toBe('en');
    expect(firstLocale(['zh_CN.UTF-8', 'en_US.UTF-8', undefined])).toBe('zh-CN');
  });
});

const plan = loadPlan(
  JSON.stringify({
    format: 'strata-plan',
    version: 1,
    nodes: [
      { id: 's1', kind: 'server', name: '数据库服务器', os: null, cpuCores: 2, ramGiB: 8 },
      { id: 'r1', kind: 'runtime', parentId: 's1', name: 'docker' },
      { id: 'v1', kind: 'vm', parentId: null, name: 'orphan' },
    ],
  }),
);

describe('messages', () => {
  if (!plan.ok) throw new Error(plan.error.message);
  const issues = validatePlan(plan.plan);

  it('keeps the English message as the issue text and carries its key and params', () => {
    const hostOs = issues.find((i) => i.code === 'host-os-required');
    expect(hostOs?.message).toBe(
      'Runtime "docker" runs containers on its host\'s kernel, but server "数据库服务器" has no OS — give the server a host OS, or move the runtime into a VM.',
    );
    expect(hostOs?.messageKey).toBe('issue.host-os-required.runtime');
    expect(formatMessage(ENGLISH, { key: hostOs!.messageKey, params: hostOs!.params })).toBe(hostOs?.message);
  });

  it('says every issue in Chinese with the same names and numbers', () => {
    const zh = langOf('zh-CN');
    for (const issue of issues) {
      const text = formatMessage(zh, { key: issue.messageKey, params: issue.params });
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      for (const value of Object.values(issue.params)) {
        if (typeof value === 'string' && !/^(server|vm|runtime|site|hypervisor|container|linux|windows)$/.test(value))
          expect(text).toContain(value);
      }
    }
    const placement = issues.find((i) => i.code === 'placement');
    expect(formatMessage(zh, { key: placement!.messageKey, params: placement!.params })).toBe(
      '虚拟机“orphan”直接放在画布上，但它应放在Hypervisor 中——请移过去。',
    );
  });

  it('formats placement and edit refusals in the reader language', () => {
    const tree = planTree(plan.plan);
    const answer = canPlace(tree, 'vm', 's1');
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.reason).toBe('A VM cannot go inside a server: it goes inside a hypervisor.');
    expect(formatMessage(langOf('zh-CN'), answer.refusal)).toBe('虚拟机不能放进服务器：它应放在Hypervisor 中。');
    const link = addLink(plan.plan, 's1', 's1');
    expect(link.ok).toBe(false);
    if (link.ok) return;
    expect(link.code).toBe('link-to-itself');
    expect(refusalText(link, langOf('zh-CN'))).toBe('“数据库服务器”不能依赖它自己。');
    expect(refusalText(link)).toBe('"数据库服务器" cannot depend on itself.');
  });
});
