/**
 * A translation supplies text and nothing else. For each kind of piece, `*Text` picks out of
 * the English master exactly the fields a translator writes (a "text tree": strings, lists and
 * objects of them, in the master's shape). The same tree is what a translation file holds, what
 * is compared with the master to find a missing or an extra field, what is hashed to know
 * whether a translation is still current, and what is laid over the master to make the
 * translated piece. Dates, codes, counts and sources have no place in a tree, so a
 * translation cannot change one. Pure functions.
 */
import { createHash } from 'node:crypto';
import type { Incident } from '../schemas/incident';
import type { TalksEvent } from '../schemas/talks-event';
import type { Update, LaterDevelopment } from '../schemas/common';
import type { Count } from '../schemas/casualties';

/** Text, and lists and objects of text: all a translation may hold. */
export type TextTree = string | readonly TextTree[] | { readonly [key: string]: TextTree };

/** Drops the keys whose value is undefined, an empty list or an empty object, so the tree says only what exists. */
function compact(o: Record<string, TextTree | undefined>): { [key: string]: TextTree } {
  const out: { [key: string]: TextTree } = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}

const updatesText = (updates: readonly Update[]) =>
  updates.map((u) => compact({ text: u.text, was: u.was, now: u.now }));
const laterText = (later: readonly LaterDevelopment[]) => later.map((l) => ({ text: l.text }));
const countText = (c: Count | undefined) => c && compact({ lowSource: c.lowSource, highSource: c.highSource });

/** The words of an incident entry; names and places come from the glossary instead. */
export function incidentText(i: Incident): { [key: string]: TextTree } {
  return compact({
    role: i.role,
    dateNote: i.dateNote,
    person: compact({ ageNote: i.person.ageNote }),
    place: compact({ detail: i.place.detail }),
    methodDetail: i.methodDetail,
    casualties: compact({
      text: i.casualties.text,
      othersKilled: countText(i.casualties.othersKilled),
      injured: countText(i.casualties.injured),
    }),
    attribution: i.attribution.map((a) => ({ who: a.who, text: a.text })),
    summary: i.summary,
    disputed: i.disputed,
    updates: updatesText(i.updates),
    later: laterText(i.later),
  });
}

/** The words of a peace-talks event. */
export function talksEventText(e: TalksEvent): { [key: string]: TextTree } {
  return compact({
    title: e.title,
    place: e.place,
    participants: e.participants,
    outcome: e.outcome,
    updates: updatesText(e.updates),
    later: laterText(e.later),
  });
}

/** The words of a section: its frontmatter text and its MDX body. */
export function sectionText(
  s: { title: string; summary: string; updates: readonly Update[]; later: readonly LaterDevelopment[] },
  body: string,
): { [key: string]: TextTree } {
  return compact({
    title: s.title,
    summary: s.summary,
    updates: updatesText(s.updates),
    later: laterText(s.later),
    // Trimmed: the same text read by Astro or by a script differs only in the newline after the fence.
    body: body.trim(),
  });
}

/** The frontmatter fields of each kind of MDX piece that are text. */
export const MDX_TEXT_FIELDS = {
  explainer: ['title', 'summary'],
  'peace-talks': ['title', 'summary'],
  pages: ['title', 'description', 'kicker', 'heading', 'standfirst'],
  snippets: [],
} as const;

/** The words of an MDX piece: the named frontmatter fields and the body (a page, a snippet). */
export function mdxText(
  data: Record<string, unknown>,
  fields: readonly string[],
  body: string,
): { [key: string]: TextTree } {
  return compact({ ...Object.fromEntries(fields.map((f) => [f, data[f] as TextTree | undefined])), body: body.trim() });
}

/** The words of a figure caption: every text field but its id. */
export function captionText(caption: Record<string, unknown>): { [key: string]: TextTree } {
  return compact(
    Object.fromEntries(Object.entries(caption).filter(([k, v]) => k !== 'id' && typeof v === 'string')) as Record<
      string,
      TextTree
    >,
  );
}

const kindOf = (t: TextTree | undefined) =>
  t === undefined ? 'nothing' : typeof t === 'string' ? 'text' : Array.isArray(t) ? 'a list' : 'a group of fields';

/**
 * Where a translation's tree differs in shape from the master's: each problem as
 * [field, what is wrong], e.g. ["disputed", "has 2 items; the English has 3"].
 */
export function shapeProblems(master: TextTree, translation: unknown, path = ''): [string, string][] {
  const at = (k: string | number) => (typeof k === 'number' ? `${path}[${k}]` : path ? `${path}.${k}` : k);
  if (typeof master === 'string') {
    if (typeof translation === 'string' && translation.trim()) return [];
    return [[path, `must be the translated text (the English has text here; found ${describe(translation)})`]];
  }
  if (Array.isArray(master)) {
    if (!Array.isArray(translation))
      return [[path, `must be a list of ${master.length} (found ${describe(translation)})`]];
    if (translation.length !== master.length)
      return [[path, `has ${translation.length} item(s); the English has ${master.length}, in the same order`]];
    return master.flatMap((m: TextTree, i) => shapeProblems(m, translation[i], at(i)));
  }
  if (typeof translation !== 'object' || translation === null || Array.isArray(translation))
    return [[path, `must be a group of fields (found ${describe(translation)})`]];
  const problems: [string, string][] = [];
  const t = translation as Record<string, unknown>;
  for (const [k, m] of Object.entries(master as Record<string, TextTree>)) {
    if (t[k] === undefined) problems.push([at(k), `is missing: the English has ${kindOf(m)} here to translate`]);
    else problems.push(...shapeProblems(m, t[k], at(k)));
  }
  // An empty list where the English has none (`disputed: []`) says the same thing, so it is let be.
  for (const k of Object.keys(t))
    if (!(k in master) && !(Array.isArray(t[k]) && (t[k] as unknown[]).length === 0))
      problems.push([at(k), 'is not a field a translation can have here (the English has none, or it is not text)']);
  return problems;
}

function describe(v: unknown): string {
  if (v === undefined || v === null) return 'nothing';
  if (typeof v === 'string') return v.trim() ? 'text' : 'empty text';
  return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a group of fields' : String(v);
}

/**
 * The version of the English a translation was made from: a short hash of the master's text
 * tree. A translation records it in `translatedFrom`; when the English changes, they differ.
 */
export function textVersion(tree: TextTree): string {
  return createHash('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 12);
}

/**
 * The master with the translation's text laid over it: every field the tree names is
 * replaced, list items by position; everything else (dates, codes, sources) is the master's.
 */
export function overlay<T>(master: T, text: TextTree | undefined): T {
  if (text === undefined) return master;
  if (typeof text === 'string') return text as T;
  if (Array.isArray(master) && Array.isArray(text)) return master.map((m, i) => overlay(m, text[i])) as T;
  if (typeof master === 'object' && master !== null && !Array.isArray(text)) {
    const out: Record<string, unknown> = { ...(master as Record<string, unknown>) };
    for (const [k, v] of Object.entries(text as Record<string, TextTree>)) out[k] = overlay(out[k], v);
    return out as T;
  }
  return master;
}
