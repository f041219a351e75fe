/** Layout checks for the translated editor: text cut off by its box, and English left on screen. */
import type { Locator, Page } from '@playwright/test';

/**
 * Visible elements matching `selectors` that show Chinese and whose content is cut off (wider than
 * their box), as `tag.class: text (scrollWidth > clientWidth)`. Only elements showing Chinese are
 * checked: plan data and product names are ellipsized the same in every language.
 */
export async function clippedLabels(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(list.join(','))) {
      if (el.offsetParent === null || !/[\u4e00-\u9fff]/.test(el.textContent ?? '')) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent ?? ''} (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return out;
  }, selectors);
}

/** The phrases of `english` that `where` still shows (its text and its labels and tooltips). */
export async function englishLeft(where: Locator, english: readonly string[]): Promise<string[]> {
  const text = await where.evaluate((root) => {
    const parts = [root.textContent ?? ''];
    for (const el of root.querySelectorAll('[title],[aria-label],[placeholder]'))
      for (const name of ['title', 'aria-label', 'placeholder']) parts.push(el.getAttribute(name) ?? '');
    return parts.join('\n');
  });
  return english.filter((phrase) => new RegExp(`\\b${phrase}\\b`).test(text));
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
