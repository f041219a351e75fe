import { describe, expect, it } from 'vitest';
import { ENGLISH, langOf } from '../../shared/i18n/lang';
import { describeCounts } from '../../shared/import/summary';
import { countsText, warningPlace } from './importTexts';

const counts = { templates: 1, missingHost: 1, poweredOff: 3, invalid: 0 };

describe('the import dialog’s texts', () => {
  it('says the counts as the command line does in English, and in Chinese', () => {
    expect(countsText(counts, ENGLISH)).toBe(describeCounts(counts).join(', '));
    expect(countsText(counts, langOf('zh-CN'))).toBe(
      '1 个模板，1 行所在宿主机不在清单中，3 台已关机的虚拟机和客户机',
    );
    expect(countsText({ invalid: 0 }, ENGLISH)).toBe('');
    // A count the catalogs do not know yet keeps the importer's words.
    expect(countsText({ someday: 2 }, langOf('zh-CN'))).toBe(describeCounts({ someday: 2 })[0]);
  });

  it('names the file, the row and the column of a warning', () => {
    const w = { file: 'a.xlsx', row: 32, column: 'Host', message: 'm' };
    expect(warningPlace(w, ENGLISH)).toBe('a.xlsx row 32, Host');
    expect(warningPlace({ ...w, column: null }, ENGLISH)).toBe('a.xlsx row 32');
    expect(warningPlace({ ...w, row: null }, ENGLISH)).toBe('a.xlsx, Host');
    expect(warningPlace({ ...w, row: null, column: null }, ENGLISH)).toBe('a.xlsx');
    expect(warningPlace(w, langOf('zh-CN'))).toBe('a.xlsx 第 32 行，Host');
  });
});
