import { drag } from 'd3-drag';
import { pointer, select } from 'd3-selection';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForceField } from '../../../shared/domain/force-field';
import type { MapDocument } from '../../../shared/domain/map-document';
import { namedEntries } from '../../../shared/forcefield/balance';
import { HIGH_INFLUENCE } from '../../../shared/forcefield/quadrants';
import type { MapController } from '../map/use-map-state';
import { DiagramExportButtons } from './download';
import { LABEL, layoutMatrix, MATRIX, PLOT_RIGHT, rowMiddle, valuesAt, xOf, type MatrixItem } from './matrix-layout';
import { fileStem } from './names';
import { STANCE_COLOUR, stanceKey } from './stance-colours';

const INK = '#1F2328';
const MUTED = '#57606A';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

interface Props {
  readonly doc: MapDocument;
  readonly field: ForceField;
  readonly controller: MapController;
}

/**
 * The stance–influence matrix: stance on x (−2 … +2, unknown apart), influence on y, interest as
 * circle size, regions named (bondgenoten, te winnen, tegenstanders, in de gaten houden). Drag an
 * actor to another cell to change its stance and influence (one undoable command).
 */
export function StanceMatrix({ doc, field, controller }: Props) {
  const { t } = useTranslation();
  const ref = useRef<SVGSVGElement>(null);
  const layout = useMemo(() => layoutMatrix(namedEntries(doc, field)), [doc, field]);
  const { items, height } = layout;
  /** The actor whose point had keyboard focus, so it keeps focus after a redraw. */
  const focused = useRef<string | null>(null);

  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const root = select(svg);
    // Remember the focused point before the redraw removes it (removal may fire blur).
    const keep = focused.current;
    root.selectAll('*').remove();
    const { width, top, left } = MATRIX;
    const { plotBottom, bands } = layout;
    // Between the high-influence rows (3–5) and the rest.
    const split = bands.find((b) => b.influence === HIGH_INFLUENCE)?.bottom ?? plotBottom;
    root.append('rect').attr('width', width).attr('height', height).attr('fill', '#FFFFFF');
    const region = (x0: number, x1: number, y0: number, y1: number, fill: string, name: string) => {
      root.append('rect').attr('x', x0).attr('y', y0).attr('width', x1 - x0).attr('height', y1 - y0).attr('fill', fill).attr('stroke', '#D0D5DC');
      root
        .append('text')
        .attr('x', (x0 + x1) / 2)
        .attr('y', y1 - 8)
        .attr('text-anchor', 'middle')
        .attr('font-family', FONT)
        .attr('font-size', 13)
        .attr('font-weight', 'bold')
        .attr('fill', MUTED)
        .text(name);
    };
    region(left, xOf(-0.5), top, split, '#FBEDEE', t('forcefield.quadrants.tegenstanders'));
    region(xOf(-0.5), xOf(0.5), top, split, '#F6F6F6', t('forcefield.quadrants.te-winnen'));
    region(xOf(0.5), PLOT_RIGHT, top, split, '#EAF2F8', t('forcefield.quadrants.bondgenoten'));
    region(left, PLOT_RIGHT, split, plotBottom, '#FFFFFF', t('forcefield.quadrants.in-de-gaten-houden'));
    region(PLOT_RIGHT + 8, width - 4, top, plotBottom, '#F2F2F2', t('forcefield.stance.unknown'));
    // Light grid: one column per stance, one row per influence.
    const grid = root.append('g').attr('stroke', '#D0D5DC').attr('stroke-dasharray', '3 4');
    for (const k of [-1.5, -0.5, 0.5, 1.5]) grid.append('line').attr('x1', xOf(k)).attr('x2', xOf(k)).attr('y1', top).attr('y2', plotBottom);
    for (const b of bands.slice(0, -1)) if (b.bottom !== split) grid.append('line').attr('x1', left).attr('x2', PLOT_RIGHT).attr('y1', b.bottom).attr('y2', b.bottom);
    // Axes: stance below, influence on the left.
    const axisText = (x: number, y: number, s: string, anchor = 'middle', weight = 'normal') =>
      root
        .append('text')
        .attr('x', x)
        .attr('y', y)
        .attr('text-anchor', anchor)
        .attr('font-family', FONT)
        .attr('font-size', 12)
        .attr('font-weight', weight)
        .attr('fill', INK)
        .text(s);
    for (const s of [-2, -1, 0, 1, 2]) axisText(xOf(s), plotBottom + 18, t(`forcefield.stanceShort.${s}`));
    for (const i of [1, 2, 3, 4, 5]) axisText(left - 10, rowMiddle(layout, i) + 4, String(i), 'end');
    axisText((left + PLOT_RIGHT) / 2, plotBottom + 44, t('forcefield.matrix.xAxis'), 'middle', 'bold');
    root
      .append('text')
      .attr('transform', `translate(20, ${(top + plotBottom) / 2}) rotate(-90)`)
      .attr('text-anchor', 'middle')
      .attr('font-family', FONT)
      .attr('font-size', 12)
      .attr('font-weight', 'bold')
      .attr('fill', INK)
      .text(t('forcefield.matrix.yAxis'));
    axisText(width - 4, height - 16, t('forcefield.matrix.sizeHint'), 'end');

    const nodes = root
      .append('g')
      .selectAll<SVGGElement, MatrixItem>('g')
      .data(items, (d) => d.actor.actorId)
      .join('g')
      .attr('class', 'ff-matrix-item')
      .attr('data-actor', (d) => d.actor.name)
      .attr('transform', (d) => `translate(${d.x}, ${d.y})`)
      .attr('tabindex', 0)
      .attr('role', 'button')
      .attr('aria-label', (d) =>
        t('forcefield.matrix.itemLabel', { name: d.actor.name, stance: d.actor.stance ?? '?', influence: d.actor.influence, interest: d.actor.interest }),
      )
      .style('cursor', 'grab')
      .on('focus', (_event, d) => {
        focused.current = d.actor.actorId;
      })
      .on('blur', () => {
        focused.current = null;
      })
      .on('keydown', (event: KeyboardEvent, d) => {
        const entry = field.entries.find((e) => e.actorId === d.actor.actorId);
        if (!entry) return;
        const stance = entry.stance ?? 0;
        const next = { ...entry };
        if (event.key === 'ArrowRight') next.stance = entry.stance === null ? 0 : Math.min(2, stance + 1);
        else if (event.key === 'ArrowLeft') next.stance = entry.stance === null ? 0 : Math.max(-2, stance - 1);
        else if (event.key === 'ArrowUp') next.influence = Math.min(5, entry.influence + 1);
        else if (event.key === 'ArrowDown') next.influence = Math.max(1, entry.influence - 1);
        else return;
        event.preventDefault();
        focused.current = d.actor.actorId;
        if (next.stance !== entry.stance || next.influence !== entry.influence) {
          void controller.run({ type: 'forcefield.entry.set', forceFieldId: field.id, entry: next });
        }
      });
    nodes.append('title').attr('aria-hidden', 'true').text((d) => `${d.actor.name}: ${t('forcefield.matrix.tooltip', { stance: d.actor.stance ?? '?', influence: d.actor.influence, interest: d.actor.interest })}`);
    nodes
      .append('circle')
      .attr('r', (d) => d.r)
      .attr('fill', (d) => STANCE_COLOUR[stanceKey(d.actor.stance)] ?? '#BBBBBB')
      .attr('stroke', INK)
      .attr('stroke-width', 1.2)
      .attr('stroke-dasharray', (d) => (d.actor.stance === null ? '3 2' : null));
    // The full name, wrapped beside the circle (never cut to a few letters); the tooltip and the table have it too.
    nodes
      .append('text')
      .attr('font-family', FONT)
      .attr('font-size', LABEL.size)
      .attr('fill', INK)
      .attr('paint-order', 'stroke')
      .attr('stroke', '#FFFFFF')
      .attr('stroke-width', 3)
      .selectAll('tspan')
      .data((d) => d.lines.map((line, i) => ({ line, y: 4 + (i - (d.lines.length - 1) / 2) * LABEL.line })))
      .join('tspan')
      .attr('x', LABEL.dx)
      .attr('y', (l) => l.y)
      .text((l) => l.line);
    nodes.call(
      drag<SVGGElement, MatrixItem>()
        .on('drag', function (event: { x: number; y: number }) {
          select(this).attr('transform', `translate(${event.x}, ${event.y})`).style('cursor', 'grabbing');
        })
        .on('end', function (event: { sourceEvent: Event }, d) {
          const [px, py] = pointer(event.sourceEvent, svg);
          const next = valuesAt(px, py, layout);
          const entry = field.entries.find((e) => e.actorId === d.actor.actorId);
          if (entry && (next.stance !== entry.stance || next.influence !== entry.influence)) {
            void controller.run({ type: 'forcefield.entry.set', forceFieldId: field.id, entry: { ...entry, ...next } });
          } else select(this).attr('transform', `translate(${d.x}, ${d.y})`);
        }),
    );
    if (keep) nodes.filter((d) => d.actor.actorId === keep).node()?.focus();
  }, [items, layout, height, field, controller, t]);

  const stem = `${fileStem(field)}-matrix`;
  return (
    <div className="ff-diagram">
      <div className="ff-diagram-actions">
        <p className="ff-hint">{t('forcefield.matrix.dragHint')}</p>
        <DiagramExportButtons svg={ref} stem={stem} />
      </div>
      <svg
        ref={ref}
        className="ff-svg"
        viewBox={`0 0 ${MATRIX.width} ${height}`}
        width={MATRIX.width}
        height={height}
        role="group"
        aria-label={t('forcefield.matrix.label', { question: field.question })}
        data-testid="stance-matrix"
      />
    </div>
  );
}
