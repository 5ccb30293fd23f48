/**
 * What makes a page wider than the screen, measured once the page has settled. Returns one
 * plain line per problem (empty when the page fits):
 *
 * - the document scrolls sideways (`scrollWidth` of the root beyond its `clientWidth`);
 * - an element reaches past the left or right edge of the viewport, outside any box that
 *   clips or scrolls it (only the outermost such element is named, not each of its children);
 * - a box scrolls sideways but is not a deliberate scroll region: one that a keyboard can
 *   reach (tabindex 0), with a role and an accessible name, and that says so with a visible
 *   hint it points to with `aria-describedby`. A table that hides columns in a box with no
 *   visible sign of them fails here, at any width.
 */
import type { Page } from 'playwright-core';

async function overflowNow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const problems: string[] = [];
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const classes = [...el.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('');
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 50);
      return `${el.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ''}`;
    };
    const clips = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return style.overflowX !== 'visible';
    };

    if (root.scrollWidth > width)
      problems.push(`the page is ${root.scrollWidth} px wide in a ${width} px window`);

    const offenders = new Set<Element>();
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const left = box.left + window.scrollX;
      const right = box.right + window.scrollX;
      if (left >= -1 && right <= width + 1) continue;
      let inside = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (offenders.has(a) || clips(a)) {
          inside = true;
          break;
        }
      }
      if (inside) continue;
      offenders.add(el);
      problems.push(`${describe(el)} reaches from ${Math.round(left)} to ${Math.round(right)} px`);
    }

    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') continue;
      if (el.scrollWidth <= el.clientWidth + 1) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const missing: string[] = [];
      if (el.getAttribute('tabindex') !== '0') missing.push('it cannot be reached by keyboard');
      if (!el.getAttribute('role')) missing.push('it has no role');
      if (!el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
        missing.push('it has no name');
      const hints = (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id))
        .filter((hint): hint is HTMLElement => {
          if (!hint) return false;
          const b = hint.getBoundingClientRect();
          return b.width > 1 && b.height > 1 && (hint.textContent ?? '').trim() !== '';
        });
      if (hints.length === 0) missing.push('no visible hint says it scrolls');
      if (missing.length > 0)
        problems.push(
          `${describe(el)} hides ${el.scrollWidth - el.clientWidth} px of its content sideways, and ${missing.join(', ')}`,
        );
    }
    return problems;
  });
}

/**
 * `overflowNow` once the page has stopped changing: two frames give the same answer. After a
 * resize, a table's box becomes a scroll region only once React has redrawn it from its
 * ResizeObserver's measure, a frame or two later; checking at once found it half-made.
 */
export async function overflowProblems(page: Page): Promise<string[]> {
  let last = await overflowNow(page);
  for (let i = 0; i < 20; i++) {
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const now = await overflowNow(page);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}
