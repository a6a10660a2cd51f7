import { engagementOf, type Engagement } from '../../../shared/forcefield/advice';
import type { ForceField, ForceFieldEntry } from '../../../shared/domain/force-field';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { ForceFieldAnalysis } from '../../../shared/forcefield/analysis';
import type { Quadrant } from '../../../shared/forcefield/quadrants';

interface Named {
  readonly id: string;
  readonly name: string;
}

/** The stable `--json` shape of `wijkweb krachtenveld` (documented in docs/krachtenveld.md). */
export interface KrachtenveldJson {
  readonly map: Named;
  readonly forceField: Pick<ForceField, 'id' | 'question' | 'date' | 'role' | 'position'>;
  readonly balance: {
    readonly for: number;
    readonly against: number;
    readonly net: number;
    readonly actors: readonly (Named & {
      readonly stance: number | null;
      readonly influence: number;
      readonly interest: number;
      readonly force: number;
      readonly side: 'for' | 'against' | 'neutral' | 'unknown';
      readonly quadrant: Quadrant;
      /** How closely to involve the actor (Mendelow: influence × interest). */
      readonly engagement: Engagement;
    })[];
  };
  readonly us: readonly Named[];
  readonly targets: readonly {
    readonly target: Named;
    readonly reachable: boolean;
    readonly routes: readonly {
      readonly rank: number;
      readonly score: number;
      readonly text: string;
      readonly path: readonly Named[];
      readonly steps: readonly { relationId: string; from: string; to: string; kind: string; strength: number; against: boolean; cost: number }[];
      readonly goBetweens: readonly (Named & { stance: number | null; cost: number })[];
    }[];
  }[];
  readonly unreachable: readonly Named[];
  readonly coalition: {
    readonly members: readonly (Named & { force: number })[];
    readonly force: number;
    readonly opposition: number;
    readonly outweighs: boolean;
    readonly swings: readonly (Named & { stance: number | null; influence: number; gain: number; tipsBalance: boolean })[];
  };
}

/** Builds the JSON output from the shared analysis. */
export function krachtenveldJson(
  doc: MapDocument,
  field: ForceField,
  us: readonly string[],
  a: ForceFieldAnalysis,
  quadrantOf: (e: Pick<ForceFieldEntry, 'stance' | 'influence'>) => Quadrant,
): KrachtenveldJson {
  const names = new Map(doc.actors.map((x) => [x.id, x.name]));
  const named = (id: string): Named => ({ id, name: names.get(id) ?? id });
  const b = a.balance;
  const side = (s: number | null): 'for' | 'against' | 'neutral' | 'unknown' => (s === null ? 'unknown' : s > 0 ? 'for' : s < 0 ? 'against' : 'neutral');
  return {
    map: { id: doc.id, name: doc.name },
    forceField: { id: field.id, question: field.question, date: field.date, role: field.role, position: field.position },
    balance: {
      for: b.totalFor,
      against: b.totalAgainst,
      net: b.net,
      actors: [...b.driving, ...b.restraining, ...b.neutral, ...b.unknown].map((e) => ({
        id: e.actorId,
        name: e.name,
        stance: e.stance,
        influence: e.influence,
        interest: e.interest,
        force: e.force,
        side: side(e.stance),
        quadrant: quadrantOf(e),
        engagement: engagementOf(e),
      })),
    },
    us: us.map(named),
    targets: a.targets.map((t) => ({
      target: named(t.target),
      reachable: t.routes.length > 0,
      routes: t.routes.map((r, i) => ({
        rank: i + 1,
        score: r.cost,
        text: r.text,
        path: r.path.map(named),
        steps: r.steps.map((s) => ({ ...s })),
        goBetweens: r.goBetweens.map((g) => ({ id: g.actorId, name: g.name, stance: g.stance, cost: g.cost })),
      })),
    })),
    unreachable: a.unreachable.map(named),
    coalition: {
      members: a.coalition.members.map((m) => ({ id: m.actorId, name: m.name, force: m.force })),
      force: a.coalition.memberForce,
      opposition: a.coalition.opposition,
      outweighs: a.coalition.outweighs,
      swings: a.coalition.swings.map((s) => ({ id: s.actorId, name: s.name, stance: s.stance, influence: s.influence, gain: s.gain, tipsBalance: s.tipsBalance })),
    },
  };
}

const ENGAGEMENT_LABEL: Record<Engagement, string> = {
  'nauw-betrekken': 'nauw betrekken',
  'tevreden-houden': 'tevreden houden',
  informeren: 'informeren',
  volgen: 'volgen',
};

const QUADRANT_LABEL: Record<Quadrant, string> = {
  bondgenoten: 'bondgenoot',
  'te-winnen': 'te winnen',
  tegenstanders: 'tegenstander',
  'in-de-gaten-houden': 'weinig invloed',
};

function signed(n: number | null): string {
  return n === null ? '?' : n > 0 ? `+${n}` : String(n);
}

/** Plain Dutch text for the terminal. */
export function krachtenveldText(d: KrachtenveldJson): string {
  const lines: string[] = [];
  lines.push(`Krachtenveld: ${d.forceField.question}${d.forceField.date ? ` (${d.forceField.date})` : ''}`);
  lines.push(`Voor ${d.balance.for} · tegen ${d.balance.against} · saldo ${signed(d.balance.net)}`, '');
  for (const a of d.balance.actors) {
    lines.push(`  ${signed(a.stance).padStart(2)}  kracht ${String(a.force).padStart(2)}  ${a.name} (invloed ${a.influence}, belang ${a.interest}; ${QUADRANT_LABEL[a.quadrant]}; aanpak: ${ENGAGEMENT_LABEL[a.engagement]})`);
  }
  if (d.us.length === 0) lines.push('', 'Routes: geef --van (de eigen organisatie) om routes via wie te zoeken.');
  for (const t of d.targets) {
    lines.push('', `Naar ${t.target.name}:`);
    if (!t.reachable) lines.push('  geen route zonder spanningsrelaties');
    for (const r of t.routes) lines.push(`  ${r.rank}. ${r.text} (vanaf ${r.path[0]?.name ?? ''}; score ${String(r.score).replace('.', ',')})`);
  }
  if (d.unreachable.length) lines.push('', `Niet bereikbaar: ${d.unreachable.map((u) => u.name).join(', ')}`);
  lines.push('', 'Coalitievoorstel:');
  if (d.coalition.members.length === 0) lines.push('  nog niemand is voor');
  else {
    const members = d.coalition.members.map((m) => `${m.name} (${m.force})`).join(', ');
    lines.push(`  ${members}: kracht ${d.coalition.force} ${d.coalition.outweighs ? '>' : '≤'} tegenkracht ${d.coalition.opposition}`);
  }
  for (const s of d.coalition.swings.slice(0, 5)) {
    lines.push(`  winnen: ${s.name} → saldo +${s.gain}${s.tipsBalance ? ' (doet de balans omslaan)' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
