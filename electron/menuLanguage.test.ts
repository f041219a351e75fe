import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { langOf } from '../shared/i18n/lang';
import { readOnlyPrompt, unsavedPrompt } from './electronAdapters';
import { saveKind } from './fileKinds';
import { buildMenuTemplate } from './menu';

// The adapters import Electron's `dialog`; these tests only build options.
vi.mock('electron', () => ({ dialog: {} }));

const handlers = { action: () => undefined, openRecent: () => undefined, clearRecent: () => undefined };

function labels(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label === undefined ? [] : [item.label]),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

describe('the desktop menu and dialogs in Chinese', () => {
  it('labels every menu and action from the zh-CN catalog', () => {
    const zh = langOf('zh-CN');
    const template = buildMenuTemplate({ platform: 'linux', recent: [], developer: false, lang: zh }, handlers);
    const all = labels(template);
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '方案(&P)', '帮助(&H)']);
    expect(all).toEqual(expect.arrayContaining(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)', '新建方案', '撤销', '故障模式', '最近打开', '无最近文件', '退出']));
    // Nothing English is left but the product name and English's own name in the language list.
    expect(all.filter((l) => /^[A-Za-z &…]+$/.test(l) && l !== 'Strata' && l !== 'English')).toEqual([]);
  });

  it('asks about unsaved changes and read-only files in Chinese', () => {
    const zh = langOf('zh-CN');
    expect(unsavedPrompt('机房 A', zh)).toMatchObject({
      title: '未保存的更改',
      message: '要保存对“机房 A”所做的更改吗？',
      buttons: ['保存', '不保存', '取消'],
    });
    expect(readOnlyPrompt('a.strata', zh).buttons).toEqual(['替换', '取消']);
    expect(saveKind('png', zh)).toEqual({ extension: 'png', title: '导出 PNG', filters: [{ name: 'PNG 图片', extensions: ['png'] }] });
    expect(unsavedPrompt('x').buttons).toEqual(['Save', "Don't Save", 'Cancel']);
  });
});
