import type { Core } from 'cytoscape';
import type { NamedBox } from './panel-overlap';

/** Far enough to stand for "the rest of the page" around the canvas. */
const FAR = 100_000;

function named(name: string, r: DOMRect | { left: number; top: number; right: number; bottom: number }): NamedBox {
  return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** The drawn box (node and label) of every visible actor, in page coordinates. */
export function actorBoxes(cy: Core, container: HTMLElement): NamedBox[] {
  const origin = container.getBoundingClientRect();
  return cy
    .nodes()
    .filter((n) => n.visible() && !n.hasClass('eh-ghost') && n.data('synthetic') !== true)
    .map((n) => {
      const b = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
      return named(String(n.data('label')), { left: origin.left + b.x1, top: origin.top + b.y1, right: origin.left + b.x2, bottom: origin.top + b.y2 });
    });
}

function describe(el: Element): string {
  const panel = el.getAttribute('data-panel') ?? el.getAttribute('data-testid');
  if (panel) return panel;
  const label = el.getAttribute('aria-label');
  return label ? `${el.tagName.toLowerCase()} "${label}"` : `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
}

function shows(el: Element, r: DOMRect): boolean {
  return r.width > 2 && r.height > 2 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}

/**
 * Everything that hides part of the map: the panels around the canvas (`data-panel`), every element
 * drawn over it (absolute or fixed, such as toasts and floating boxes), and the page outside the
 * canvas itself (an actor cut off at the edge is hidden too).
 */
export function panelBoxes(container: HTMLElement): NamedBox[] {
  const area = container.getBoundingClientRect();
  const boxes: NamedBox[] = [
    named('buiten de kaart', { left: -FAR, top: -FAR, right: FAR, bottom: area.top }),
    named('buiten de kaart', { left: -FAR, top: area.bottom, right: FAR, bottom: FAR }),
    named('buiten de kaart', { left: -FAR, top: -FAR, right: area.left, bottom: FAR }),
    named('buiten de kaart', { left: area.right, top: -FAR, right: FAR, bottom: FAR }),
  ];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.contains(container) || container.contains(el)) continue;
    const r = el.getBoundingClientRect();
    const over = r.left < area.right && r.right > area.left && r.top < area.bottom && r.bottom > area.top;
    if (!over || !shows(el, r)) continue;
    const position = getComputedStyle(el).position;
    if (el.hasAttribute('data-panel') || position === 'absolute' || position === 'fixed' || position === 'sticky') boxes.push(named(describe(el), r));
  }
  return boxes;
}
