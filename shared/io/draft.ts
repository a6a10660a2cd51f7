import type { Actor, Relation } from '../domain/map-document';
import type { ImportProblem } from './problems';

/** The formats Wijkweb reads. */
export const IMPORT_FORMATS = ['csv', 'graphml', 'gexf', 'cytoscape', 'gml', 'pajek', 'kumu', 'wijkweb'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Actor fields a file can give (everything except the id, which the plan decides). */
export type ActorFields = Partial<Omit<Actor, 'id' | 'parentId'>>;
/** Relation fields a file can give (everything except id and ends). */
export type RelationFields = Partial<Omit<Relation, 'id' | 'from' | 'to'>>;

/** An actor as read from a file, before it is matched against a map. */
export interface DraftActor {
  /** The id in the source file (node id), if it has one. */
  readonly sourceId: string | null;
  readonly name: string;
  readonly fields: ActorFields;
  /** Reference (source id or name) of the group this actor belongs to. */
  readonly parent?: string | undefined;
  readonly line?: number | undefined;
}

/** A relation as read from a file: its ends are references (source id or name). */
export interface DraftRelation {
  readonly sourceId: string | null;
  readonly from: string;
  readonly to: string;
  readonly fields: RelationFields;
  readonly line?: number | undefined;
}

/** Everything read from one or more files, not yet applied to any map. */
export interface ImportDraft {
  readonly format: ImportFormat;
  /** A name for a new map (from the file's metadata or its name). */
  readonly title: string;
  /** The file name(s) read, for messages. */
  readonly source: string;
  readonly actors: DraftActor[];
  readonly relations: DraftRelation[];
  readonly problems: ImportProblem[];
}
