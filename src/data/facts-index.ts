// The runtime artefact the background loads to answer cards: each entity's display data and
// statements, with every source resolved to the publisher a reader sees (name, kind, canonical
// link, publication date), and the links between entities, each once. Plain JSON, built once at
// build time; the copy a source was read at (`via`), check days and notes stay out.

import type { Entity } from "../core/dataset";
import { collectLinks, type Link } from "../core/statement-links";
import type { Source, Statement } from "../core/statements";
import { judgeHost, type PublisherKind, type PublisherRegistry } from "./publisher-registry";

/** A source as a card shows it: "Financial Times · 23 May 2024", linked when there is a canonical URL. */
export interface CitedSource {
  publisher: string;
  kind: PublisherKind;
  url?: string;
  published?: string;
}

type Cited<S> = S extends unknown
  ? Omit<S, "sources" | "checked" | "note"> & { sources: CitedSource[] }
  : never;
export type IndexedStatement = Cited<Statement>;
export type IndexedLink = Link<CitedSource>;

export interface IndexedEntity
  extends Pick<Entity, "id" | "name" | "localNames" | "type" | "wikipedia" | "summary"> {
  statements: IndexedStatement[];
}

export interface FactsIndex {
  version: 2;
  entities: Record<string, IndexedEntity>;
  /** Every link of the dataset once, from the statement that states it. */
  links: IndexedLink[];
}

/** Resolves a validated source (its publisher is admitted, or it would not have passed). */
export function citeSource(registry: PublisherRegistry, source: Source): CitedSource {
  const key = source.url ? judgeHost(registry, new URL(source.url).hostname) : undefined;
  const publisher =
    key?.status === "admitted"
      ? key.publisher
      : source.publisher
        ? { ...registry.publishers[source.publisher], key: source.publisher }
        : undefined;
  if (publisher?.name === undefined || publisher.kind === undefined) {
    throw new Error(`source has no admitted publisher: ${JSON.stringify(source)}`);
  }
  const cited: CitedSource = { publisher: publisher.name, kind: publisher.kind };
  if (source.url) cited.url = source.url;
  if (source.published) cited.published = source.published;
  return cited;
}

function citeStatement(registry: PublisherRegistry, statement: Statement): IndexedStatement {
  const { sources, checked: _checked, note: _note, ...rest } = statement;
  return {
    ...rest,
    sources: sources.map((source) => citeSource(registry, source)),
  } as IndexedStatement;
}

export function buildFactsIndex(
  entities: readonly Entity[],
  registry: PublisherRegistry,
): FactsIndex {
  const indexed = entities.map(
    (entity): IndexedEntity => ({
      id: entity.id,
      name: entity.name,
      ...(entity.localNames ? { localNames: entity.localNames } : {}),
      type: entity.type,
      wikipedia: entity.wikipedia,
      summary: entity.summary,
      statements: entity.statements.map((statement) => citeStatement(registry, statement)),
    }),
  );
  const links = collectLinks(entities).map(
    (link): IndexedLink => ({
      ...link,
      sources: link.sources.map((source) => citeSource(registry, source)),
    }),
  );
  return {
    version: 2,
    entities: Object.fromEntries(indexed.map((entity) => [entity.id, entity])),
    links,
  };
}

const linksByEntity = new WeakMap<FactsIndex, Map<string, IndexedLink[]>>();

/** The links with `id` at either end, in dataset order (indexed on first use). */
export function linksOf(index: FactsIndex, id: string): IndexedLink[] {
  let byEntity = linksByEntity.get(index);
  if (byEntity === undefined) {
    byEntity = new Map();
    for (const link of index.links) {
      for (const end of new Set([link.from, link.to])) {
        const list = byEntity.get(end);
        if (list) list.push(link);
        else byEntity.set(end, [link]);
      }
    }
    linksByEntity.set(index, byEntity);
  }
  return byEntity.get(id) ?? [];
}

/** Links whose two ends are both among `ids` (the entities of one page). */
export function relationsAmong(index: FactsIndex, ids: Iterable<string>): IndexedLink[] {
  const wanted = new Set(ids);
  return index.links.filter((link) => wanted.has(link.from) && wanted.has(link.to));
}
