import type { MapDocument } from '../../../shared/domain/map-document';
import type { GraphElement } from '../graph/elements';
import type { ForceFieldOverlay } from './overlay-store';
import { stanceKey } from './stance-colours';

/**
 * Adds the force-field overlay to the canvas elements: `stance` ("-2" … "2", "unknown", "none"
 * for actors outside the force field, "off" without overlay) and `route` (0 no route shown,
 * 1 on the route, 2 dimmed). Always sets both keys so switching off reaches the canvas.
 */
export function withOverlay(elements: readonly GraphElement[], doc: MapDocument, overlay: ForceFieldOverlay): GraphElement[] {
  const field = overlay.fieldId ? doc.forceFields.find((f) => f.id === overlay.fieldId) : undefined;
  const stances = new Map((field?.entries ?? []).map((e) => [e.actorId, stanceKey(e.stance)]));
  const onRoute = new Set(overlay.route);
  const routeShown = onRoute.size > 0;
  const routeValue = (id: string): number => (!routeShown ? 0 : onRoute.has(id) ? 1 : 2);
  return elements.map((el) =>
    el.group === 'nodes'
      ? { ...el, data: { ...el.data, stance: field ? (stances.get(el.data.id) ?? 'none') : 'off', route: routeValue(el.data.id) } }
      : { ...el, data: { ...el.data, route: routeValue(el.data.id) } },
  );
}
