/** Mixes a #RRGGBB colour towards black by `amount` (0 = unchanged, 1 = black). */
export function darken(hex: string, amount: number): string {
  const n = Number.parseInt(hex.replace('#', '').slice(0, 6), 16);
  if (Number.isNaN(n)) return hex;
  const f = 1 - Math.min(1, Math.max(0, amount));
  const channel = (shift: number): string =>
    Math.round(((n >> shift) & 255) * f)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(16)}${channel(8)}${channel(0)}`.toUpperCase();
}
