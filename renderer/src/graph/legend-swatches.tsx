import type { LineStyle, NodeShape } from '../../../shared/visual/encoding';
import { dashSpec, INK } from './visual-tokens';

/** Props of a node swatch: the shape and colours as on the canvas. */
export interface NodeSwatchProps {
  readonly shape: NodeShape;
  readonly fill: string;
  readonly border: string;
  readonly size?: number;
}

/** A small SVG of a node: rounded rectangle (formeel) or ellipse (informeel). Decorative. */
export function NodeSwatch({ shape, fill, border, size = 16 }: NodeSwatchProps) {
  const box = 22;
  const half = size / 2;
  const c = box / 2;
  return (
    <svg className="swatch" width={box} height={box} viewBox={`0 0 ${box} ${box}`} aria-hidden="true" focusable="false">
      {shape === 'ellipse' ? (
        <ellipse cx={c} cy={c} rx={half} ry={half} fill={fill} stroke={border} strokeWidth={1.5} />
      ) : (
        <rect x={c - half} y={c - half} width={size} height={size} rx={size * 0.22} fill={fill} stroke={border} strokeWidth={1.5} />
      )}
    </svg>
  );
}

/** Props of a line swatch: style, colour, width and an optional arrow head. */
export interface LineSwatchProps {
  readonly line: LineStyle;
  readonly colour: string;
  readonly width: number;
  readonly arrow?: boolean;
}

/** A small SVG of a relation line, with the same dash rhythm the canvas uses. Decorative. */
export function LineSwatch({ line, colour, width, arrow = false }: LineSwatchProps) {
  const dash = dashSpec(line, width);
  const w = 40;
  const h = 22;
  const end = arrow ? w - 10 : w - 3;
  return (
    <svg className="swatch swatch-line" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
      <line
        x1={3}
        y1={h / 2}
        x2={end}
        y2={h / 2}
        stroke={colour}
        strokeWidth={width}
        strokeLinecap={dash.cap}
        strokeDasharray={dash.pattern ? dash.pattern.join(' ') : undefined}
      />
      {arrow ? <polygon points={`${w - 11},${h / 2 - 5} ${w - 2},${h / 2} ${w - 11},${h / 2 + 5}`} fill={colour} /> : null}
    </svg>
  );
}

/** Two node outlines of different size: size means influence. Decorative. */
export function SizeSwatch() {
  return (
    <svg className="swatch swatch-line" width={40} height={22} viewBox="0 0 40 22" aria-hidden="true" focusable="false">
      <circle cx={8} cy={13} r={5} fill={INK.neutralFill} stroke={INK.neutralBorder} strokeWidth={1.5} />
      <circle cx={27} cy={11} r={9} fill={INK.neutralFill} stroke={INK.neutralBorder} strokeWidth={1.5} />
    </svg>
  );
}
