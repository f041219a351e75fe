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

/**
 * Visible elements matching `selector` that reach past the right edge of their closest
 * `container` (a panel that hides its overflow), as `text (right > container right)`.
 */
export async function pastTheEdge(page: Page, selector: string, container: string): Promise<string[]> {
  return page.evaluate(
    ([sel, box]) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(sel)) {
        const panel = el.closest<HTMLElement>(box);
        if (el.offsetParent === null || !panel) continue;
        const right = el.getBoundingClientRect().right;
        const edge = panel.getBoundingClientRect().right;
        if (right > edge + 1) out.push(`${el.textContent ?? ''} (${Math.round(right)} > ${Math.round(edge)})`);
      }
      return out;
    },
    [selector, container] as const,
  );
}
