/** Layout checks for translated text: what is cut off in its box. */
import type { Page } from '@playwright/test';

/**
 * Visible elements matching `selectors` that show Chinese and whose content is wider than their
 * box, as `tag.class: text (scrollWidth > clientWidth)`. Only Chinese text is checked: plan data
 * and product names are ellipsized the same in every language.
 */
export async function clippedChinese(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(list.join(','))) {
      if (el.offsetParent === null || !/[\u4e00-\u9fff]/.test(el.textContent ?? '')) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent ?? ''} (${el.scrollWidth} > ${el.clientWidth})`,
        );
    }
    return out;
  }, selectors);
}
