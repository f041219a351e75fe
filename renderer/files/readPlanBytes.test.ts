import { describe, expect, it } from 'vitest';
import badFieldType from '../../shared/load/fixtures/bad-field-type.json?raw';
import negativeRam from '../../shared/load/fixtures/negative-ram.json?raw';
import { builtInPalette } from '../../shared/draw/palette';
import { planScene } from '../../shared/draw/scene';
import { renderSvg } from '../../shared/draw/svgPlan';
import { layoutPlan } from '../../shared/layout/planLayout';
import { serializePlan } from '../../shared/load/serialize';
import { buildReport } from '../../shared/metrics/report';
import { embedPlanInPng } from '../../shared/png/pngText';
import { tinyPng } from '../../shared/png/test-support/tinyPng';
import { twoHostPlan } from '../../shared/test-support/plans';
import { langOf } from '../../shared/i18n/lang';
import { cannotOpen, checkFileSize, readPlanBytes } from './readPlanBytes';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readPlanBytes', () => {
  it('opens a plan file and a plan JSON file to the same plan', () => {
    const plan = twoHostPlan();
    const text = serializePlan(plan);
    for (const name of ['a.strata', 'a.json']) {
      const result = readPlanBytes(name, utf8(text));
      expect(result.ok && serializePlan(result.plan)).toBe(text);
    }
  });

  it('opens a PNG exported by Strata, whatever its name', () => {
    const text = serializePlan(twoHostPlan());
    const png = embedPlanInPng(tinyPng(), text);
    for (const name of ['diagram.png', 'renamed.strata']) {
      const result = readPlanBytes(name, png);
      expect(result.ok && serializePlan(result.plan)).toBe(text);
    }
  });

  it('opens an SVG exported by Strata, whatever its name, and explains one that is not', () => {
    const plan = twoHostPlan();
    const text = serializePlan(plan);
    const scene = planScene(plan, layoutPlan(plan), buildReport(plan), { palette: builtInPalette('dark') });
    const svg = utf8(renderSvg(scene, text));
    for (const name of ['diagram.svg', 'renamed.strata']) {
      const result = readPlanBytes(name, svg);
      expect(result.ok && serializePlan(result.plan)).toBe(text);
    }
    expect(readPlanBytes('logo.svg', utf8('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({
      ok: false,
      message: 'Cannot open "logo.svg": this SVG was not exported by Strata (it holds no plan)',
    });
  });

  it('gives the loader’s message, naming the file', () => {
    expect(readPlanBytes('file.strata', utf8(badFieldType))).toEqual({
      ok: false,
      message: 'Cannot open "file.strata": nodes[3].ramGiB: must be a positive number',
    });
    expect(readPlanBytes('notes.strata', utf8('{ nope'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Cannot open "notes\.strata": file: /),
    });
  });

  it('explains PNGs that hold no plan, or a plan the loader refuses', () => {
    expect(readPlanBytes('photo.png', tinyPng())).toEqual({
      ok: false,
      message: 'Cannot open "photo.png": this PNG was not exported by Strata (it holds no plan)',
    });
    expect(readPlanBytes('fake.png', utf8('hello'))).toEqual({
      ok: false,
      message: 'Cannot open "fake.png": not a PNG file',
    });
    const bad = embedPlanInPng(tinyPng(), negativeRam);
    expect(readPlanBytes('bad.png', bad)).toEqual({
      ok: false,
      message:
        'Cannot open "bad.png": the plan inside this PNG is invalid: nodes[0].ramGiB: must be a positive number',
    });
  });

  it('refuses text that is not UTF-8, and files over the size limit', () => {
    expect(readPlanBytes('latin1.strata', Uint8Array.from([0x7b, 0xe9, 0x7d]))).toEqual({
      ok: false,
      message: 'Cannot open "latin1.strata": it is not UTF-8 text (a .strata file is UTF-8 JSON)',
    });
    expect(checkFileSize('big.strata', 60 * 1024 * 1024)).toBe(
      'Cannot open "big.strata": the file is 60.0 MiB; Strata opens plan files up to 50 MiB',
    );
    expect(checkFileSize('big.png', 60 * 1024 * 1024)).toBeNull();
    expect(checkFileSize('huge.png', 600 * 1024 * 1024)).toMatch(
      /Strata opens images up to 512 MiB$/,
    );
  });

  it('speaks the editor’s language, naming the file', () => {
    const zh = langOf('zh-CN');
    expect(readPlanBytes('方案.strata', utf8(badFieldType), zh)).toEqual({
      ok: false,
      message: '无法打开“方案.strata”：nodes[3].ramGiB：必须是正数',
    });
    expect(readPlanBytes('latin1.strata', Uint8Array.from([0x7b, 0xe9, 0x7d]), zh)).toEqual({
      ok: false,
      message: '无法打开“latin1.strata”：它不是 UTF-8 文本（.strata 文件是 UTF-8 编码的 JSON）',
    });
    expect(readPlanBytes('photo.png', tinyPng(), zh)).toEqual({
      ok: false,
      message: '无法打开“photo.png”：此 PNG 不是由 Strata 导出的（其中没有方案）',
    });
    expect(readPlanBytes('bad.png', embedPlanInPng(tinyPng(), negativeRam), zh)).toEqual({
      ok: false,
      message: '无法打开“bad.png”：此 PNG 中的方案无效：nodes[0].ramGiB：必须是正数',
    });
    expect(readPlanBytes('logo.svg', utf8('<svg xmlns="http://www.w3.org/2000/svg"/>'), zh)).toEqual({
      ok: false,
      message: '无法打开“logo.svg”：此 SVG 不是由 Strata 导出的（其中没有方案）',
    });
    expect(checkFileSize('big.strata', 60 * 1024 * 1024, zh)).toBe(
      '无法打开“big.strata”：文件大小为 60.0 MiB；Strata 最多打开 50 MiB 的方案文件',
    );
    expect(cannotOpen('a.strata', zh.t('open.unreadable'), zh)).toBe('无法打开“a.strata”：无法读取该文件');
  });
});
