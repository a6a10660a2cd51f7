/**
 * How far apart two colours look, for people with normal colour vision and for the two common
 * red–green colour-vision deficiencies. Used to give a new category a colour that stands apart
 * from the ones a map already uses. Plain arithmetic (sRGB → CIELAB, Machado et al. 2009
 * simulation matrices at full severity), so shared/ stays free of libraries it may not import.
 */

type Rgb = readonly [number, number, number];

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** #RRGGBB to linear-light RGB in 0…1; null when it is not a colour. */
function toLinear(hex: string): Rgb | null {
  if (!/^#[0-9A-Fa-f]{6}$/.test(hex)) return null;
  const n = Number.parseInt(hex.slice(1), 16);
  return [linear((n >> 16) & 255), linear((n >> 8) & 255), linear(n & 255)];
}

/** Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear RGB. */
const SIMULATIONS: Readonly<Record<'normal' | 'protan' | 'deutan', readonly number[] | null>> = {
  normal: null,
  protan: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deutan: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
};

function simulate(rgb: Rgb, m: readonly number[] | null): Rgb {
  if (!m) return rgb;
  const [r, g, b] = rgb;
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  return [
    clamp((m[0] ?? 0) * r + (m[1] ?? 0) * g + (m[2] ?? 0) * b),
    clamp((m[3] ?? 0) * r + (m[4] ?? 0) * g + (m[5] ?? 0) * b),
    clamp((m[6] ?? 0) * r + (m[7] ?? 0) * g + (m[8] ?? 0) * b),
  ];
}

/** Linear RGB (D65) to CIELAB. */
function toLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/**
 * The smallest CIELAB distance (ΔE*ab) between two #RRGGBB colours as seen with normal vision,
 * protanopia and deuteranopia. About 10 is "clearly different", under 5 "easily confused".
 */
export function colourDistance(a: string, b: string): number {
  const la = toLinear(a);
  const lb = toLinear(b);
  if (!la || !lb) return 0;
  let least = Infinity;
  for (const m of Object.values(SIMULATIONS)) {
    const [l1, a1, b1] = toLab(simulate(la, m));
    const [l2, a2, b2] = toLab(simulate(lb, m));
    least = Math.min(least, Math.hypot(l1 - l2, a1 - a2, b1 - b2));
  }
  return least;
}

/** Lightness (CIELAB L*, 0 black … 100 white): what a colour becomes on a greyscale printer. */
export function greyLevel(hex: string): number {
  const rgb = toLinear(hex);
  return rgb ? (toLab(rgb)[0] ?? 0) : 0;
}

/**
 * From `candidates`, the colour that stands furthest from every colour in `used` (the largest
 * smallest distance); ties go to the earlier candidate, so the choice is the same every time.
 */
export function mostDistinctColour(used: readonly string[], candidates: readonly string[]): string {
  let best = candidates[0] ?? '#BBBBBB';
  let bestDistance = -1;
  for (const candidate of candidates) {
    const d = used.length ? Math.min(...used.map((u) => colourDistance(candidate, u))) : Infinity;
    if (d > bestDistance + 1e-9) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
