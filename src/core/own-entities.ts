// Entities the user adds: highlighted and carded like the bundled ones, stored locally.
import { ENTITY_TYPES, type EntityType } from "./dataset";
import { isHttpsUrl, isRecord } from "./guards";
import { type Problem, problem, problemText } from "./problems";
import type { SettingsIssue } from "./settings";

export interface OwnEntity {
  /** "own-" + a slug of the name; never collides with a dataset id. */
  id: string;
  name: string;
  type: EntityType;
  /** Other ways the name is written; the name itself always matches. */
  aliases: string[];
  note: string;
  /** An https link shown on the card, or null. */
  link: string | null;
}

export const OWN_ENTITY_LIMITS = { count: 500, name: 100, aliases: 20, note: 500 } as const;

/**
 * "Jane Doe Labs" → "own-jane-doe-labs". Names the ascii slug cannot tell apart ("Яндекс" and
 * "北京大学" both slug to nothing; two 90-letter names may share their first 80) get a hash of
 * their letters too: the editor replaces an entity of the same id, so a collision lost one.
 */
export function ownEntityId(name: string): string {
  const folded = name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const short = slug.slice(0, 80).replace(/-+$/, "");
  const letters = folded.match(/[\p{L}\p{N}]+/gu)?.join("-") ?? "";
  const lossy = short === "" || short !== slug || letters !== slug;
  if (!lossy) return `own-${short}`;
  return short === "" ? `own-${hashOf(letters || folded)}` : `own-${short}-${hashOf(letters)}`;
}

/** FNV-1a, 32 bits, base 36: a short stable tag, not a security measure. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Parses one own entity; null with an issue when any part is invalid. */
export function parseOwnEntity(
  raw: unknown,
  field: string,
): { entity: OwnEntity; issues: [] } | { entity: null; issues: SettingsIssue[] } {
  const fail = (found: Problem, at = field) => ({
    entity: null,
    issues: [{ field: at, message: problemText(found), problem: found }],
  });
  if (!isRecord(raw)) return fail(problem("ownMustBeObject"));
  const { name, type = "company", aliases = [], note = "", link = null } = raw;
  if (typeof name !== "string" || name.trim().length < 2 || name.length > OWN_ENTITY_LIMITS.name) {
    return fail(problem("ownNameLength", String(OWN_ENTITY_LIMITS.name)), `${field}.name`);
  }
  if (
    !Array.isArray(aliases) ||
    aliases.length > OWN_ENTITY_LIMITS.aliases ||
    // Array.from: `every` skips the holes of a sparse array (`[,]`), which would pass as names.
    !Array.from(aliases).every(
      (alias) => typeof alias === "string" && alias.trim().length >= 2 && alias.length <= 100,
    )
  ) {
    return fail(
      problem("ownAliasesInvalid", String(OWN_ENTITY_LIMITS.aliases)),
      `${field}.aliases`,
    );
  }
  if (!(ENTITY_TYPES as readonly unknown[]).includes(type)) {
    return fail(problem("mustBeOneOf", ENTITY_TYPES.join(", ")), `${field}.type`);
  }
  if (typeof note !== "string" || note.length > OWN_ENTITY_LIMITS.note) {
    return fail(problem("ownNoteLength", String(OWN_ENTITY_LIMITS.note)), `${field}.note`);
  }
  if (link !== null && !isHttpsUrl(link)) return fail(problem("ownLinkInvalid"), `${field}.link`);
  const cleanName = name.trim();
  const entity: OwnEntity = {
    id: ownEntityId(cleanName),
    name: cleanName,
    type: type as EntityType,
    aliases: [...new Set((aliases as string[]).map((alias) => alias.trim()))].filter(
      (alias) => alias !== cleanName,
    ),
    note: note.trim(),
    link,
  };
  return { entity, issues: [] };
}

/** A list of own entities; strict (an import) refuses on any flaw, lenient drops bad ones. */
export function parseOwnEntities(
  raw: unknown,
  mode: "stored" | "import",
): { entities: OwnEntity[]; issues: SettingsIssue[] } {
  if (raw === undefined) return { entities: [], issues: [] };
  if (!Array.isArray(raw)) return { entities: [], issues: [listIssue(problem("mustBeList"))] };
  if (raw.length > OWN_ENTITY_LIMITS.count) {
    return {
      entities: [],
      issues: [listIssue(problem("tooManyEntries", String(OWN_ENTITY_LIMITS.count)))],
    };
  }
  const entities: OwnEntity[] = [];
  const issues: SettingsIssue[] = [];
  const ids = new Set<string>();
  raw.forEach((item, index) => {
    const field = `ownEntities[${index}]`;
    const parsed = parseOwnEntity(item, field);
    if (parsed.entity === null) {
      issues.push(...parsed.issues);
    } else if (ids.has(parsed.entity.id)) {
      const repeated = problem("repeatsName", parsed.entity.name);
      issues.push({ field: `${field}.name`, message: problemText(repeated), problem: repeated });
    } else {
      ids.add(parsed.entity.id);
      entities.push(parsed.entity);
    }
  });
  return mode === "import" && issues.length > 0 ? { entities: [], issues } : { entities, issues };
}

function listIssue(found: Problem): SettingsIssue {
  return { field: "ownEntities", message: problemText(found), problem: found };
}
