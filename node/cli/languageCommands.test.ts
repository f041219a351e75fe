// diff, check, import, optimize and export in Chinese: Chinese words, the English figures, and
// --json unchanged; their errors (the loader's, the writer's, a wrong command line) in Chinese.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './testIo';

const dir = mkdtempSync(join(tmpdir(), 'strata-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCENARIOS = 'examples/05-consolidation-scenarios.strata';
const POLICY = 'examples/consolidation-policy.json';
const ESXI = 'examples/02-esxi-ha-cluster.strata';

/** The numbers a text prints, sorted (the words around them differ by language). */
function figures(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*%?/g)].map((m) => m[0]).sort();
}

async function both(...argv: string[]) {
  return { en: await runCli(...argv), zh: await runCli(...argv, '--lang', 'zh-CN') };
}

const COMPOSE = `services:
  web:
    image: nginx:1.27
    deploy: { replicas: 2, resources: { limits: { cpus: "1", memory: 512M } } }
  db:
    image: postgres:16
  broken: just a string
`;

describe('strata --lang zh-CN beyond report', () => {
  it('diff: Chinese headings and figure names, the same figures', async () => {
    const { en, zh } = await both('diff', SCENARIOS, '--from', '2', '--to', '3');
    expect(zh.code).toBe(0);
    for (const word of ['差异', '指标', '整合比', '移动', '新增', '变化']) expect(zh.stdout).toContain(word);
    expect(zh.stdout).not.toMatch(/^(Moved|Added|Figures)/m);
    expect(figures(zh.stdout)).toEqual(figures(en.stdout));
    const json = await both('diff', SCENARIOS, '--json');
    expect(json.zh.stdout).toBe(json.en.stdout);
  });

  it('report --scenario all: Chinese figure names, the same figures', async () => {
    const { en, zh } = await both('report', SCENARIOS, '--scenario', 'all');
    expect(zh.stdout).toContain('场景数');
    expect(zh.stdout).toContain('最严重故障：丢失的工作负载');
    expect(figures(zh.stdout)).toEqual(figures(en.stdout));
  });

  it('check: each rule said in Chinese, the same verdicts and figures', async () => {
    const { en, zh } = await both('check', SCENARIOS, '--scenario', '3', '--policy', POLICY);
    expect(zh.code).toBe(en.code);
    expect(en.code).toBe(1);
    expect(zh.stdout).toContain('对照');
    expect(zh.stdout).toContain('条未通过');
    expect(zh.stdout).toContain('故障：丢失 7 > 3');
    expect(en.stdout).toContain('fails: lost 7 > 3');
    expect(figures(zh.stdout)).toEqual(figures(en.stdout));
    const json = await both('check', SCENARIOS, '--policy', POLICY, '--json');
    expect(json.zh.stdout).toBe(json.en.stdout);
  });

  it('import: the summary and its warnings in Chinese, the same counts', async () => {
    const compose = join(dir, 'compose.yaml');
    writeFileSync(compose, COMPOSE);
    const en = await runCli('import', compose, '-o', join(dir, 'en.strata'));
    const zh = await runCli('import', compose, '-o', join(dir, 'zh.strata'), '--lang', 'zh-CN');
    expect(zh.code).toBe(0);
    expect(en.stdout).toContain('Imported Compose');
    for (const word of ['已导入 Compose', '节点', '已跳过', '警告（1）', '已写入']) expect(zh.stdout).toContain(word);
    expect(zh.stdout).toContain('个容器');
    expect(zh.stdout).toContain('服务“broken”不是映射——已跳过');
    expect(en.stdout).toContain('service "broken" is not a map — skipped');
    expect(figures(zh.stdout.replace(/zh\.strata/g, ''))).toEqual(figures(en.stdout.replace(/en\.strata/g, '')));
    const json = await runCli('import', compose, '-o', join(dir, 'j.strata'), '--json', '--lang', 'zh-CN');
    const jsonEn = await runCli('import', compose, '-o', join(dir, 'j.strata'), '--json');
    expect(json.stdout).toBe(jsonEn.stdout);
    expect(JSON.parse(json.stdout).warnings[0]).toMatchObject({
      message: 'service "broken" is not a map — skipped',
      messageKey: 'import.compose.notMap',
      params: { name: 'broken' },
    });
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, '');
    const refused = await runCli('import', empty, '-o', join(dir, 'e.strata'), '--lang', 'zh-CN');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`${empty}：文件为空\n`);
  });

  it('optimize: the summary in Chinese, the same figures', async () => {
    const host = ['--host-cores', '32', '--host-ram-gib', '256'];
    const en = await runCli('optimize', ESXI, ...host, '-o', join(dir, 'o.strata'));
    const zh = await runCli('optimize', ESXI, ...host, '-o', join(dir, 'o.strata'), '--lang', 'zh-CN');
    expect(zh.code).toBe(0);
    for (const word of ['已添加场景', '宿主机', '已放置的虚拟机', '退役的服务器']) expect(zh.stdout).toContain(word);
    expect(figures(zh.stdout)).toEqual(figures(en.stdout));
  });

  it('export: its errors in Chinese (the loader, the writer, the scenario, the command line)', async () => {
    const bad = join(dir, 'bad.strata');
    writeFileSync(bad, '{"format":"strata-plan","version":1,"nodes":[{"id":"a","kind":"server","ramGiB":-1}]}');
    const load = await runCli('export', bad, '-o', join(dir, 'x.pdf'), '--lang', 'zh-CN');
    expect(load.code).toBe(2);
    expect(load.stderr).toBe(`${bad}: nodes[0].ramGiB：必须是正数\n`);
    expect((await runCli('export', bad, '-o', join(dir, 'x.pdf'))).stderr).toBe(
      `${bad}: nodes[0].ramGiB: must be a positive number\n`,
    );
    const missing = await runCli('export', join(dir, 'none.strata'), '-o', join(dir, 'x.pdf'), '--lang', 'zh-CN');
    expect(missing.stderr).toContain('无法读取：文件不存在');
    const folder = await runCli('export', ESXI, '-o', join(dir, 'no', 'x.pdf'), '--lang', 'zh-CN');
    expect(folder.stderr).toBe(`${join(dir, 'no', 'x.pdf')}: 文件夹不存在\n`);
    const scenario = await runCli('export', SCENARIOS, '-o', join(dir, 'x.pdf'), '--scenario', 'nope', '--lang', 'zh-CN');
    expect(scenario.stderr).toContain('--scenario：没有场景“nope”');
    const png = join(dir, 'cut.png');
    writeFileSync(png, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect((await runCli('report', png, '--lang', 'zh-CN')).stderr).toBe(`${png}: 此 PNG 文件不完整（缺少结束标记）\n`);
    expect((await runCli('report', png)).stderr).toBe(`${png}: this PNG file is cut short (its end marker is missing)\n`);
    const usage = await runCli('export', ESXI, '-o', join(dir, 'x.doc'), '--lang', 'zh-CN');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^strata: 无法从扩展名判断“.*x\.doc”的格式/);
    expect(usage.stderr).toContain('用法：');
  });

  it('says a wrong command line of every command in Chinese', async () => {
    expect((await runCli('diff', '--lang', 'zh-CN')).stderr).toMatch(/^strata: strata diff 需要 A\n/);
    expect((await runCli('import', 'x', '--lang', 'zh-CN')).stderr).toMatch(/^strata: strata import 需要 -o OUT\.strata/);
    expect((await runCli('optimize', ESXI, '-o', 'x', '--lang', 'zh-CN')).stderr).toMatch(
      /^strata: strata optimize 需要 --host-cores N/,
    );
    expect((await runCli('report', 'x', '--lang', 'fr')).stderr).toContain('--lang: "fr" is not one of en, zh-CN');
  });
});
