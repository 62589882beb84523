// Measures a room view as the back of the hall sees it: the smallest rendered
// font size of any visible text, and every way text can be lost: the page
// scrolls, a box scrolls or clips its content, text runs off the screen, or
// text lies under the room's timer.
import type { Page } from 'playwright-core';

export interface FitReport {
  minFontPx: number;
  minFontText: string;
  problems: string[];
}

// A plain script (no bundler helpers inside the page).
const MEASURE = `(() => {
  const vw = innerWidth, vh = innerHeight;
  const problems = [];
  const doc = document.scrollingElement;
  if (doc.scrollHeight > vh + 1 || doc.scrollWidth > vw + 1) problems.push('the page scrolls: ' + doc.scrollWidth + 'x' + doc.scrollHeight);
  const timer = document.querySelector('.room__timer');
  const timerBox = timer ? timer.getBoundingClientRect() : null;
  let min = Infinity, minText = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.trim();
    if (!text) continue;
    const el = node.parentElement;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || el.closest('[hidden]')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) continue;
    const size = parseFloat(cs.fontSize);
    if (size < min) { min = size; minText = text.slice(0, 50); }
    const label = '«' + text.slice(0, 40) + '»';
    for (const r of rects) {
      if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5) { problems.push('off screen: ' + label); break; }
    }
    if (timerBox && !timer.contains(el)) {
      for (const r of rects) {
        if (r.left < timerBox.right && r.right > timerBox.left && r.top < timerBox.bottom && r.bottom > timerBox.top) { problems.push('under the timer: ' + label); break; }
      }
    }
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const box = a.getBoundingClientRect();
      if (rects.some((r) => r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.top < box.top - 1)) {
        problems.push('clipped by .' + String(a.className).split(' ')[0] + ': ' + label);
        break;
      }
    }
  }
  for (const el of document.querySelectorAll('body *')) {
    const s = getComputedStyle(el);
    if (s.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1) problems.push('scrolls or clips vertically: .' + String(el.className).split(' ')[0]);
    if (s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) problems.push('scrolls or clips sideways: .' + String(el.className).split(' ')[0]);
  }
  return { minFontPx: min, minFontText: minText, problems: [...new Set(problems)] };
})()`;

export function measureRoom(page: Page): Promise<FitReport> {
  return page.evaluate(MEASURE) as Promise<FitReport>;
}
