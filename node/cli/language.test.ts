// `strata report --lang zh-CN` on every example: the same figures as in English, Chinese words,
// and --json unchanged by the language.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envLocale, takeLangOption } from './language';
import { main } from './main';
import { captureIo } from './testIo';

const EXAMPLES = readdirSync('examples')
  .filter((name) => name.endsWith('.strata'))
  .map((name) => `examples/${name}`);

async function run(argv: string[], locale?: 'en' | 'zh-CN'): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = captureIo();
  const io = locale === undefined ? captured.io : { ...captured.io, locale };
  const code = await main(argv, io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/** The numbers a text prints, in order of size (words around them differ by language). */
function figures(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*%?/g)].map((m) => m[0]).sort();
}

describe('strata --lang', () => {
  it.each(EXAMPLES)('report %s in Chinese: Chinese labels, the English figures', async (file) => {
    const en = await run(['report', file]);
    const zh = await run(['report', file, '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toBe('');
    for (const title of ['方案', '整合', '补丁', '故障', '高可用', '容灾', '隔离', '问题']) expect(zh.stdout).toContain(title);
    for (const english of ['Consolidation', 'Patching', 'Failures', 'High availability', 'Isolation', 'Issues'])
      expect(zh.stdout).not.toContain(`\n${english}`);
    // Only plan content (names) may be Latin on a row; every label column is Chinese.
    for (const line of zh.stdout.split('\n').filter((l) => /^ {2}\S/.test(l) && !/^ {2}(错误|警告) /.test(l))) {
      const label = line.trim().split(/ {2,}/)[0] ?? '';
      if (/^[\w.-]+$/.test(label) && !/[\u4e00-\u9fff]/.test(label)) continue; // a cluster's name
      expect(label, line).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(figures(zh.stdout)).toEqual(figures(en.stdout));
  });

  it.each(EXAMPLES)('report %s --json is the same in every language', async (file) => {
    const en = await run(['report', file, '--json']);
    const zh = await run(['report', file, '--json', '--lang', 'zh-CN']);
    const env = await run(['report', file, '--json'], 'zh-CN');
    expect(zh.stdout).toBe(en.stdout);
    expect(env.stdout).toBe(en.stdout);
  });

  it('follows the environment, and --lang overrides it', async () => {
    const file = 'examples/02-esxi-ha-cluster.strata';
    expect((await run(['report', file], 'zh-CN')).stdout).toContain('整合比');
    expect((await run(['report', file, '--lang=en'], 'zh-CN')).stdout).toContain('Ratio');
    expect((await run(['validate', file], 'zh-CN')).stdout).toContain('没有问题');
    expect((await run(['fail', file, 'vm-db'], 'zh-CN')).stdout).toContain('丢失的工作负载');
  });

  it('translates the usage text and refuses an unknown language', async () => {
    expect((await run(['--help', '--lang', 'zh-CN'])).stdout).toMatch(/^用法：/);
    const bad = await run(['report', 'x.strata', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang: "fr" is not one of en, zh-CN');
  });

  it('reads LC_ALL, LC_MESSAGES and LANG in that order', () => {
    expect(envLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(envLocale({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(envLocale({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(envLocale({})).toBe('en');
    expect(takeLangOption(['report', '--', '--lang'])).toEqual({ ok: true, argv: ['report', '--', '--lang'] });
  });
});
