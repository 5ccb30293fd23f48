/**
 * Group views that look past the whole-group figures: medians by sector and by role level, the
 * spread of typology best fits and of governance modes named, and the group's comments.
 *
 * By sector and by role level (instrument.md section 7)
 *   - Who is in which group, and which groups may be shown, is the privacy rule's to say
 *     (src/domain/privacy/privacy-rule.ts): a group is the option chosen for the bank's select
 *     item that fills the about-field (`sector` or `role-level`), or "Not given".
 *   - Groups are listed in the item's option order, then "Not given"; groups nobody is in are
 *     left out.
 *   - A group with fewer than 3 respondents is suppressed: `{ suppressed: true, n }` and no
 *     figures, because a small group can be re-identified. The same applies within a shown
 *     group to each dimension: a median over fewer than 3 respondents with a score there is
 *     suppressed too (otherwise one person's score could show through).
 *   - Medians are of respondents' 0..100 dimension scores (aggregate.ts), rounded to one
 *     decimal place.
 *
 * Spreads
 *   - Typology: each respondent's best fit (score-typology.ts). A blend is counted as a blend
 *     (and by its pair of types), not as its first type; too few answers is counted as such.
 *   - Governance: each respondent's mode in use (score-governance.ts): a mode, not clear, Don't
 *     know, or not answered. `distinct` counts the different answers given (modes and "not
 *     clear"): more than one means the group does not agree on how it is governed, which is
 *     itself a finding.
 *
 * Comments: every section comment and every free-text answer that is not an about-field
 * (the reflections), grouped by section in bank order, then by question (reflection items in
 * bank order, then the section's comment box). With `aboutTexts`, the about-you free-text
 * answers (such as the place) are listed the same way, for the group CSV. Within a group the texts are sorted
 * alphabetically, so that a comment's position says nothing about who wrote it and cannot link
 * one person's comments across questions. No names, ids or about-fields are ever attached.
 * Blank texts are left out; texts are trimmed.
 */
import { isLanguage, type Language } from '../language';
import type { Bank } from '../bank/bank-schema';
import { bandFor } from '../scoring/bands';
import type { BandRef } from '../scoring/bands';
import { UNCLEAR, scoreGovernance } from '../scoring/score-governance';
import { scoreTypology } from '../scoring/score-typology';
import { aboutSelect, groupOf, groupOptions, mayShowGroup } from '../privacy/privacy-rule';
import type { BreakdownField, GroupMember } from '../privacy/privacy-rule';
import { aggregateGroup } from './aggregate';

export { MIN_GROUP_SIZE, NOT_GIVEN, NOT_GIVEN_LABEL } from '../privacy/privacy-rule';
export type { BreakdownField, GroupMember } from '../privacy/privacy-rule';

export type BreakdownCell =
  | { dimensionId: string; name: string; suppressed: true; n: number }
  | {
      dimensionId: string;
      name: string;
      suppressed: false;
      n: number;
      medianScore: number;
      band: BandRef | null;
    };

export type BreakdownGroup =
  | { groupId: string; label: string; suppressed: true; n: number }
  | { groupId: string; label: string; suppressed: false; n: number; dimensions: BreakdownCell[] };

export type Breakdown = {
  field: BreakdownField;
  /** The question that asked for the field, or null when the bank has none. */
  question: string | null;
  groups: BreakdownGroup[];
};

/** Dimension medians per sector or role-level group, small groups suppressed. */
export function breakdownBy(
  bank: Bank,
  members: readonly GroupMember[],
  field: BreakdownField,
): Breakdown {
  const item = aboutSelect(bank, field);
  const options = groupOptions(item);
  const byGroup = new Map<string, GroupMember[]>(options.map((o) => [o.id, []]));
  for (const m of members) byGroup.get(groupOf(item, m, field))!.push(m);

  const groups: BreakdownGroup[] = [];
  for (const option of options) {
    const inGroup = byGroup.get(option.id)!;
    const n = inGroup.length;
    if (n === 0) continue;
    if (!mayShowGroup(n)) {
      groups.push({ groupId: option.id, label: option.label, suppressed: true, n });
      continue;
    }
    const aggregate = aggregateGroup(bank, inGroup);
    groups.push({
      groupId: option.id,
      label: option.label,
      suppressed: false,
      n,
      dimensions: aggregate.dimensions.map((d): BreakdownCell =>
        !mayShowGroup(d.n) || d.medianScore === null
          ? { dimensionId: d.dimensionId, name: d.name, suppressed: true, n: d.n }
          : {
              dimensionId: d.dimensionId,
              name: d.name,
              suppressed: false,
              n: d.n,
              medianScore: d.medianScore,
              band: bandFor(bank, d.medianScore),
            },
      ),
    });
  }
  return { field, question: item?.text ?? null, groups };
}

export type TypologySpread = {
  /** Respondents whose best fit is one type (not a blend), per type in bank order. */
  types: { typeId: string; name: string; count: number }[];
  /** Respondents whose result is a blend of two types. */
  blend: number;
  /** The blends, by pair (in bank order within the pair), most frequent first. */
  blends: { typeIds: [string, string]; names: [string, string]; count: number }[];
  /** Respondents with too few typology answers for a best fit. */
  tooFew: number;
  total: number;
};

/** How the group's individual typology results spread across the types. */
export function typologySpread(bank: Bank, members: readonly GroupMember[]): TypologySpread {
  const types = bank.typology.types;
  const counts = new Map<string, number>(types.map((t) => [t.id, 0]));
  const blends = new Map<string, number>();
  let blend = 0;
  let tooFew = 0;
  const rank = (id: string) => types.findIndex((t) => t.id === id);
  for (const m of members) {
    const result = scoreTypology(bank, m.answers);
    if (result.tooFew || result.bestFit === null) tooFew += 1;
    else if (result.blend) {
      blend += 1;
      const pair = [...result.blend].sort((a, b) => rank(a) - rank(b)).join('|');
      blends.set(pair, (blends.get(pair) ?? 0) + 1);
    } else counts.set(result.bestFit, (counts.get(result.bestFit) ?? 0) + 1);
  }
  const nameOf = (id: string) => types.find((t) => t.id === id)?.name ?? id;
  const pairs = [...blends.entries()]
    .map(([key, count]) => {
      const [a, b] = key.split('|') as [string, string];
      return {
        typeIds: [a, b] as [string, string],
        names: [nameOf(a), nameOf(b)] as [string, string],
        count,
      };
    })
    .sort(
      (x, y) =>
        y.count - x.count ||
        rank(x.typeIds[0]) - rank(y.typeIds[0]) ||
        rank(x.typeIds[1]) - rank(y.typeIds[1]),
    );
  return {
    types: types.map((t) => ({ typeId: t.id, name: t.name, count: counts.get(t.id)! })),
    blend,
    blends: pairs,
    tooFew,
    total: members.length,
  };
}

export type GovernanceSpread = {
  /** Respondents naming each mode, in bank order. */
  modes: { modeId: string; name: string; count: number }[];
  /** Respondents saying it is not clear who governs. */
  unclear: number;
  dontKnow: number;
  notAnswered: number;
  /** Different answers given among the modes and "not clear". */
  distinct: number;
  total: number;
};

/** How the group's answers about the governance mode in use spread. */
export function governanceSpread(bank: Bank, members: readonly GroupMember[]): GovernanceSpread {
  const modes = bank.governance.modes;
  const counts = new Map<string, number>(modes.map((m) => [m.id, 0]));
  let unclear = 0;
  let dontKnow = 0;
  let notAnswered = 0;
  for (const m of members) {
    const result = scoreGovernance(bank, m.answers);
    if (result.inUse === UNCLEAR) unclear += 1;
    else if (result.inUse !== null && counts.has(result.inUse))
      counts.set(result.inUse, counts.get(result.inUse)! + 1);
    else if (result.inUseDontKnow) dontKnow += 1;
    else notAnswered += 1;
  }
  const list = modes.map((m) => ({ modeId: m.id, name: m.name, count: counts.get(m.id)! }));
  return {
    modes: list,
    unclear,
    dontKnow,
    notAnswered,
    distinct: list.filter((m) => m.count > 0).length + (unclear > 0 ? 1 : 0),
    total: members.length,
  };
}

export type CommentGroup = {
  sectionId: string;
  sectionTitle: string;
  /** A reflection (free-text item), an about-you text, or the section's comment box. */
  kind: 'reflection' | 'about-text' | 'section-comment';
  /** The free-text item's id; null for the section's comment box. */
  itemId: string | null;
  /** The free-text item's question; null for the section's comment box. */
  question: string | null;
  /** Trimmed, non-blank texts in alphabetical order. */
  texts: string[];
  /**
   * The same texts in the same order, each with the language it was written in when its
   * response says (`commentLanguages` / `answerLanguages`); no language for older files.
   */
  entries: CommentEntry[];
};

export type CommentEntry = { text: string; language?: Language };

// One collator for every comparison: far faster than localeCompare on each pair. Texts equal
// to the collator fall back to code-unit order so that the order is total and deterministic.
// Made on first use, not when this code is loaded: the first collator of a page loads the
// browser's collation data, a long task that would otherwise hold up the group pages' start.
let collator: Intl.Collator | undefined;
const alphabetical = (a: string, b: string) =>
  (collator ??= new Intl.Collator('en', { sensitivity: 'base' })).compare(a, b) ||
  (a < b ? -1 : a > b ? 1 : 0);

/** The language recorded for `id`, if it is one Rally knows. */
function languageIn(map: Record<string, unknown> | undefined, id: string): Language | undefined {
  const value = map && Object.hasOwn(map, id) ? map[id] : undefined;
  return isLanguage(value) ? value : undefined;
}

/** Every comment and reflection in the group, without names, grouped by section and question. */
export function listComments(
  bank: Bank,
  members: readonly GroupMember[],
  options: { aboutTexts?: boolean } = {},
): CommentGroup[] {
  const groups: CommentGroup[] = [];
  const collect = (
    pick: (m: GroupMember) => unknown,
    languageOf: (m: GroupMember) => Language | undefined,
  ): CommentEntry[] =>
    members
      .map((m) => ({ text: pick(m), language: languageOf(m) }))
      .filter((e): e is { text: string; language: Language | undefined } => {
        return typeof e.text === 'string' && e.text.trim() !== '';
      })
      .map(({ text, language }) => ({ text: text.trim(), ...(language ? { language } : {}) }))
      .sort((a, b) => alphabetical(a.text, b.text));
  for (const section of bank.sections) {
    for (const item of section.pages.flatMap((p) => p.items)) {
      if (item.kind !== 'text' || (item.field && !options.aboutTexts)) continue;
      const entries = collect(
        (m) => (Object.hasOwn(m.answers, item.id) ? m.answers[item.id] : undefined),
        (m) => languageIn(m.answerLanguages, item.id),
      );
      const texts = entries.map((e) => e.text);
      if (texts.length) {
        groups.push({
          sectionId: section.id,
          sectionTitle: section.title,
          kind: item.field ? 'about-text' : 'reflection',
          itemId: item.id,
          question: item.text,
          texts,
          entries,
        });
      }
    }
    const entries = collect(
      (m) =>
        m.comments && Object.hasOwn(m.comments, section.id) ? m.comments[section.id] : undefined,
      (m) => languageIn(m.commentLanguages, section.id),
    );
    const texts = entries.map((e) => e.text);
    if (texts.length) {
      groups.push({
        sectionId: section.id,
        sectionTitle: section.title,
        kind: 'section-comment',
        itemId: null,
        question: null,
        texts,
        entries,
      });
    }
  }
  return groups;
}
