import { connectedComponents } from 'graphology-components';
import Graph from 'graphology';
import type { Actor, Relation } from '../domain/map-document';

/** How an informal group is tied to the formal world. */
export type ReachStatus = 'verbonden' | 'kwetsbaar' | 'geen';

/** A group of informal actors tied to each other, and how it reaches formal actors. */
export interface InformalGroup {
  readonly actorIds: readonly string[];
  /** Formal actors the group has a direct tie with. */
  readonly formalContactIds: readonly string[];
  /** Members that hold those ties (the group's go-betweens). */
  readonly linkerIds: readonly string[];
  /** `geen`: no formal tie; `kwetsbaar`: all formal ties run through one member; `verbonden`: two or more. */
  readonly status: ReachStatus;
}

/** Where the formal and the informal world meet. */
export interface FormalInformalBridges {
  /** Relations between a formal and an informal actor. */
  readonly relationIds: readonly string[];
  /** Actors holding at least one such relation. */
  readonly actorIds: readonly string[];
  /** Informal groups (ties among informal actors), weakest reach first. */
  readonly informalGroups: readonly InformalGroup[];
}

const STATUS_ORDER: Record<ReachStatus, number> = { geen: 0, kwetsbaar: 1, verbonden: 2 };

/**
 * Finds the ties and actors between formal and informal actors, and for every group of informal
 * actors (connected among themselves) which formal actors it reaches and through how many members.
 */
export function formalInformalBridges(actors: readonly Actor[], relations: readonly Relation[]): FormalInformalBridges {
  const kindOf = new Map(actors.map((a) => [a.id, a.kind]));
  const informal = new Graph({ type: 'undirected', multi: false });
  for (const a of actors) if (a.kind === 'informeel') informal.addNode(a.id);
  const bridgeIds: string[] = [];
  const bridgeActors = new Set<string>();
  const formalOf = new Map<string, Set<string>>();
  for (const rel of relations) {
    const fromKind = kindOf.get(rel.from);
    const toKind = kindOf.get(rel.to);
    if (fromKind === 'informeel' && toKind === 'informeel') {
      informal.mergeEdge(rel.from, rel.to);
    } else if (fromKind !== toKind) {
      bridgeIds.push(rel.id);
      bridgeActors.add(rel.from).add(rel.to);
      const [inf, form] = fromKind === 'informeel' ? [rel.from, rel.to] : [rel.to, rel.from];
      const set = formalOf.get(inf) ?? new Set<string>();
      set.add(form);
      formalOf.set(inf, set);
    }
  }
  const groups: InformalGroup[] = connectedComponents(informal).map((members) => {
    const sorted = [...members].sort();
    const linkers = sorted.filter((id) => formalOf.has(id));
    const contacts = new Set<string>();
    for (const id of linkers) for (const f of formalOf.get(id) ?? []) contacts.add(f);
    const status: ReachStatus = linkers.length === 0 ? 'geen' : linkers.length === 1 ? 'kwetsbaar' : 'verbonden';
    return { actorIds: sorted, formalContactIds: [...contacts].sort(), linkerIds: linkers, status };
  });
  groups.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.actorIds.length - a.actorIds.length);
  return { relationIds: bridgeIds, actorIds: [...bridgeActors].sort(), informalGroups: groups };
}
