/** A node with the box it takes on the map (node and label together), offset from its centre. */
export interface Box {
  x: number;
  y: number;
  readonly w: number;
  readonly h: number;
  /** Vertical offset of the box centre from the node centre (a label below shifts it down). */
  readonly dy: number;
  readonly fixed: boolean;
}

/**
 * Pushes boxes apart until none overlap (with `margin` between them), each pair along the axis
 * where it overlaps least, so the layout's shape survives. Fixed boxes never move. Returns the
 * number of overlapping pairs left (0 unless `maxSweeps` ran out).
 */
export function removeOverlaps(boxes: Box[], margin = 8, maxSweeps = 400): number {
  const order = boxes.map((_, i) => i);
  const widest = boxes.reduce((m, b) => Math.max(m, b.w), 0);
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let left = 0;
    // Sorted by left edge, so a pair is only tested while their x-ranges can meet.
    order.sort((a, b) => (boxes[a] as Box).x - (boxes[a] as Box).w / 2 - ((boxes[b] as Box).x - (boxes[b] as Box).w / 2));
    for (let oi = 0; oi < order.length; oi++) {
      const a = boxes[order[oi] as number] as Box;
      for (let oj = oi + 1; oj < order.length; oj++) {
        const b = boxes[order[oj] as number] as Box;
        if (b.x - b.w / 2 > a.x + a.w / 2 + margin + widest) break;
        const dx = b.x - a.x;
        const dy = b.y + b.dy - (a.y + a.dy);
        const ox = (a.w + b.w) / 2 + margin - Math.abs(dx);
        const oy = (a.h + b.h) / 2 + margin - Math.abs(dy);
        // A hair of tolerance: boxes pushed to exactly `margin` apart must not count again.
        if (ox <= 0.01 || oy <= 0.01 || (a.fixed && b.fixed)) continue;
        left += 1;
        const share = a.fixed ? 0 : b.fixed ? 1 : 0.5;
        if (ox < oy) {
          const push = (dx === 0 ? (oi % 2 ? 1 : -1) : Math.sign(dx)) * (ox + 0.05);
          a.x -= push * share;
          b.x += push * (1 - share);
        } else {
          const push = (dy === 0 ? (oj % 2 ? 1 : -1) : Math.sign(dy)) * (oy + 0.05);
          a.y -= push * share;
          b.y += push * (1 - share);
        }
      }
    }
    if (left === 0) return 0;
  }
  return countBoxOverlaps(boxes, 0);
}

/** Pairs of boxes that overlap (closer than `margin`). */
export function countBoxOverlaps(boxes: readonly Box[], margin = 0): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i] as Box;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j] as Box;
      if (Math.abs(b.x - a.x) * 2 < a.w + b.w + 2 * margin && Math.abs(b.y + b.dy - a.y - a.dy) * 2 < a.h + b.h + 2 * margin) count += 1;
    }
  }
  return count;
}
