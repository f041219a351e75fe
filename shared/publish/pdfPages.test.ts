import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfPages, wrapText } from './pdfPages';
import { drawableText } from './pdfText';

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function fonts(doc: PDFDocument) {
  return {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
}

describe('wrapText', () => {
  it('breaks text into lines that fit, keeping every character', async () => {
    const doc = await PDFDocument.create();
    const { regular } = await fonts(doc);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.integer({ min: 20, max: 400 }),
        (text, width) => {
          const lines = wrapText(regular, text, 9.5, width);
          for (const line of lines) {
            if (line.length > 1)
              expect(regular.widthOfTextAtSize(line, 9.5)).toBeLessThanOrEqual(width);
          }
          if (lines.length < 12) {
            const kept = drawableText(regular, text).replace(/ +/g, '');
            expect(lines.join('').replace(/ +/g, '')).toBe(kept);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('draws what the standard fonts cannot encode as a sign or ?', async () => {
    const doc = await PDFDocument.create();
    const { regular } = await fonts(doc);
    expect(drawableText(regular, 'café · 1−2 → 数据库\u0007')).toBe('café · 1-2 -> ????');
  });
});

describe('PdfPages.table', () => {
  it.skipIf(!hasPdftotext())(
    'never splits a row across pages, and repeats the header',
    async () => {
      const doc = await PDFDocument.create();
      const pages = new PdfPages(doc, await fonts(doc), 'a4');
      const rows: string[][] = [];
      for (let i = 0; i < 120; i++) {
        const words = Array.from({ length: 1 + ((i * 7) % 40) }, (_, w) => `r${i}w${w}`);
        rows.push([`row${i}`, words.join(' ')]);
      }
      pages.table(
        [
          { header: 'Name', share: 0.3 },
          { header: 'Words', share: 0.7 },
        ],
        rows,
      );
      const dir = mkdtempSync(join(tmpdir(), 'strata-pdf-'));
      try {
        const file = join(dir, 't.pdf');
        writeFileSync(file, await doc.save());
        const count = doc.getPageCount();
        expect(count).toBeGreaterThan(2);
        const pageOf = new Map<string, number>();
        for (let p = 1; p <= count; p++) {
          const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), file, '-'], {
            encoding: 'utf8',
          });
          expect(text, `page ${p}`).toContain('Name');
          for (const token of text.match(/r\d+w\d+/g) ?? []) {
            const row = token.replace(/w\d+$/, '');
            const seen = pageOf.get(row);
            expect(seen === undefined || seen === p, `${row} on pages ${seen} and ${p}`).toBe(true);
            pageOf.set(row, p);
          }
        }
        expect(pageOf.size).toBe(120);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
