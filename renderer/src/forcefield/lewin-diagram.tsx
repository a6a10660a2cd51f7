import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForceField } from '../../../shared/domain/force-field';
import type { MapDocument } from '../../../shared/domain/map-document';
import { balanceOf, type ActorForce } from '../../../shared/forcefield/balance';
import { DiagramExportButtons } from './download';
import { fileStem } from './names';
import { STANCE_COLOUR, stanceKey } from './stance-colours';
import { shorten, wrapText } from './text-wrap';

const W = 980;
const CENTRE_W = 200;
const CENTRE_X = (W - CENTRE_W) / 2;
const ROW = 38;
const TOP = 64;
const MAX_BAR = CENTRE_X - 24;
const INK = '#1F2328';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Characters of a name that fit between the page edge and the question box at 12 px. */
const NAME_CHARS = Math.floor((CENTRE_X - 16) / 6.4);

/**
 * The Lewin diagram: the question in the middle, driving forces (for) on the left pushing right,
 * restraining forces (against) on the right pushing left; bar length = influence × |stance|,
 * totals under each side, neutral and unknown actors listed below.
 */
export function LewinDiagram({ doc, field }: { readonly doc: MapDocument; readonly field: ForceField }) {
  const { t } = useTranslation();
  const ref = useRef<SVGSVGElement>(null);
  const balance = useMemo(() => balanceOf(doc, field), [doc, field]);
  const rows = Math.max(balance.driving.length, balance.restraining.length, 3);
  const apart = useMemo(() => [...balance.neutral, ...balance.unknown], [balance]);
  const apartLines = Math.ceil(apart.length / 2);
  const bodyBottom = TOP + rows * ROW;
  const height = bodyBottom + 56 + (apart.length ? 28 + apartLines * 20 : 0);

  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const root = select(svg);
    root.selectAll('*').remove();
    const maxForce = Math.max(10, ...balance.driving.map((d) => d.force), ...balance.restraining.map((d) => d.force));
    const len = scaleLinear().domain([0, maxForce]).range([0, MAX_BAR]);
    root.append('rect').attr('width', W).attr('height', height).attr('fill', '#FFFFFF');
    const text = (x: number, y: number, s: string, anchor: string, weight = 'normal', size = 13) =>
      root
        .append('text')
        .attr('x', x)
        .attr('y', y)
        .attr('text-anchor', anchor)
        .attr('font-family', FONT)
        .attr('font-size', size)
        .attr('font-weight', weight)
        .attr('fill', INK)
        .text(s);
    text(CENTRE_X / 2, 24, t('forcefield.lewin.driving'), 'middle', 'bold', 15);
    text(CENTRE_X + CENTRE_W + CENTRE_X / 2, 24, t('forcefield.lewin.restraining'), 'middle', 'bold', 15);
    text(CENTRE_X / 2, 44, t('forcefield.lewin.drivingHint'), 'middle', 'normal', 12);
    text(CENTRE_X + CENTRE_W + CENTRE_X / 2, 44, t('forcefield.lewin.restrainingHint'), 'middle', 'normal', 12);
    // The question in the middle.
    root
      .append('rect')
      .attr('x', CENTRE_X)
      .attr('y', TOP - 8)
      .attr('width', CENTRE_W)
      .attr('height', rows * ROW + 8)
      .attr('rx', 8)
      .attr('fill', '#EEF0F3')
      .attr('stroke', INK);
    const lines = wrapText(field.question, 19);
    const midY = TOP + (rows * ROW) / 2 - ((lines.length - 1) * 18) / 2;
    lines.forEach((line, i) => text(W / 2, midY + i * 18, line, 'middle', 'bold', 14));

    const side = (list: readonly ActorForce[], left: boolean): void => {
      const g = root.append('g').attr('data-side', left ? 'driving' : 'restraining');
      const row = g
        .selectAll('g')
        .data(list)
        .join('g')
        .attr('transform', (_d, i) => `translate(0, ${TOP + i * ROW})`);
      // The full name on hover (and in the table), also when it is too long for the row.
      row.append('title').text((d) => d.name);
      const anchorX = left ? CENTRE_X - 6 : CENTRE_X + CENTRE_W + 6;
      row
        .append('text')
        .attr('x', anchorX)
        .attr('y', 11)
        .attr('text-anchor', left ? 'end' : 'start')
        .attr('font-family', FONT)
        .attr('font-size', 12)
        .attr('fill', INK)
        .text((d) => shorten(d.name, NAME_CHARS));
      row
        .append('rect')
        .attr('x', (d) => (left ? anchorX - len(d.force) : anchorX))
        .attr('y', 16)
        .attr('width', (d) => len(d.force))
        .attr('height', 14)
        .attr('fill', (d) => STANCE_COLOUR[stanceKey(d.stance)] ?? '#BBBBBB')
        .attr('stroke', INK)
        .attr('stroke-width', 0.75);
      // Arrow head pointing at the question.
      row
        .append('path')
        .attr('d', () => (left ? `M${anchorX} 23 l-7 -7 v14 z` : `M${anchorX} 23 l7 -7 v14 z`))
        .attr('fill', INK);
      row
        .append('text')
        .attr('x', (d) => (left ? anchorX - len(d.force) - 4 : anchorX + len(d.force) + 4))
        .attr('y', 28)
        .attr('text-anchor', left ? 'end' : 'start')
        .attr('font-family', FONT)
        .attr('font-size', 12)
        .attr('font-weight', 'bold')
        .attr('fill', INK)
        .text((d) => `${d.force} (${d.stance && d.stance > 0 ? '+' : '−'}${Math.abs(d.stance ?? 0)} × ${d.influence})`);
    };
    side(balance.driving, true);
    side(balance.restraining, false);
    text(CENTRE_X / 2, bodyBottom + 30, t('forcefield.lewin.totalFor', { total: balance.totalFor }), 'middle', 'bold', 14);
    text(CENTRE_X + CENTRE_W + CENTRE_X / 2, bodyBottom + 30, t('forcefield.lewin.totalAgainst', { total: balance.totalAgainst }), 'middle', 'bold', 14);
    text(W / 2, bodyBottom + 30, t('forcefield.lewin.net', { net: balance.net > 0 ? `+${balance.net}` : String(balance.net) }), 'middle', 'bold', 14);
    if (apart.length) {
      const y0 = bodyBottom + 66;
      text(16, y0, t('forcefield.lewin.apart'), 'start', 'bold', 13);
      apart.forEach((d, i) => {
        const label = `${shorten(d.name, 58)} — ${d.stance === null ? t('forcefield.stance.unknown') : t('forcefield.stance.0')}`;
        text(16 + (i % 2) * 480, y0 + 22 + Math.floor(i / 2) * 20, label, 'start', 'normal', 12)
          .append('title')
          .text(d.name);
      });
    }
  }, [balance, field.question, height, rows, bodyBottom, apart, t]);

  const stem = `${fileStem(field)}-lewin`;
  return (
    <div className="ff-diagram">
      <div className="ff-diagram-actions">
        <DiagramExportButtons svg={ref} stem={stem} />
      </div>
      <svg
        ref={ref}
        className="ff-svg"
        viewBox={`0 0 ${W} ${height}`}
        width={W}
        height={height}
        role="img"
        aria-label={t('forcefield.lewin.label', { question: field.question, totalFor: balance.totalFor, totalAgainst: balance.totalAgainst })}
        data-testid="lewin-diagram"
      />
    </div>
  );
}
