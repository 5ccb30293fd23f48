/**
 * A group session made the way the app makes one, for browser tests that need a full room:
 * a session from `createSession`, responses from `createResponse` with their about-you fields
 * from `aboutFromAnswers`, every one checked against the session file's own schema. The answers
 * are varied from the bank by a seeded generator, so every run gets the same session: each
 * person leans towards agreeing or disagreeing, with some Don't know and Not applicable
 * answers, every kind of question answered, sectors and roles spread unevenly (some groups are
 * under 3, so the pages show what they hide), and some comments.
 */
import type { AnswerValue } from '../../src/domain/answers/answer-schema';
import type { Bank, Item } from '../../src/domain/bank/bank-schema';
import type { ConsensusDraftRecord, ConsensusRecord } from '../../src/domain/group/consensus';
import { splitAreaActions } from '../../src/domain/plan/area-actions';
import { createSession, SessionFileSchema, type SessionFile } from '../../src/domain/group/session';
import { aboutFromAnswers, createResponse } from '../../src/domain/response/response-file';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const items = (bank: Bank): Item[] => bank.sections.flatMap((s) => s.pages.flatMap((p) => p.items));

/**
 * Which option of a select item (sector, role) person `index` of `size` picks: the first
 * option takes about half the room, the next ones less and less, and the last option only
 * ever one person, so the pages have large groups, small ones and a lone person.
 */
function unevenOption(ids: string[], index: number, size: number): string {
  if (index === size - 1) return ids[ids.length - 1]!;
  const share = index / size;
  const position = Math.min(ids.length - 2, Math.floor(-Math.log2(1 - share)));
  return ids[Math.max(0, position)]!;
}

function makeResponse(
  bank: Bank,
  index: number,
  size: number,
  random: () => number,
): ResponseEnvelope {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lean = (random() - 0.5) * 3;
  const points = bank.scale.points.map((p) => p.value).sort((a, b) => a - b);
  const answers: Record<string, AnswerValue> = {};
  for (const item of items(bank)) {
    switch (item.kind) {
      case 'agreement': {
        const roll = random();
        if (roll < 0.05) answers[item.id] = 'dk';
        else if (roll < 0.08) answers[item.id] = 'na';
        else if (roll >= 0.1) {
          const raw = Math.round(3 + lean + (random() - 0.5) * 2.5);
          answers[item.id] = Math.min(points[points.length - 1]!, Math.max(points[0]!, raw));
        }
        break;
      }
      case 'choice': {
        const ids = item.options.map((o) => o.id);
        if (item.multiple) {
          const chosen = ids.filter(() => random() < 0.35);
          answers[item.id] = chosen.length > 0 ? chosen : [pick(ids)];
        } else answers[item.id] = pick(ids);
        break;
      }
      case 'grid':
        answers[item.id] = Object.fromEntries(item.rows.map((r) => [r.id, pick(item.options).id]));
        break;
      case 'select':
        answers[item.id] = unevenOption(
          item.options.map((o) => o.id),
          index,
          size,
        );
        break;
      case 'text':
        if (item.field === 'partnership-name') answers[item.id] = 'Northborough Together';
        else if (item.field === 'place') answers[item.id] = 'Northborough';
        else if (random() < 0.3)
          answers[item.id] =
            `Person ${index + 1} thinks the partnership could share more of its plans with residents, and sooner.`;
        break;
    }
  }
  const comments: Record<string, string> = {};
  for (const section of bank.sections)
    if (section.comment && random() < 0.15)
      comments[section.id] = `A comment on ${section.title.toLowerCase()} from one person.`;

  const minute = String(index % 60).padStart(2, '0');
  const response = createResponse(
    bank,
    () => `seeded-${String(index + 1).padStart(3, '0')}`,
    new Date(`2026-03-01T09:${minute}:00.000Z`),
  );
  return { ...response, answers, comments, about: aboutFromAnswers(bank, answers) };
}

export type SeededSessionOptions = {
  size: number;
  seed?: number;
  partnershipName?: string;
  date?: string;
  /** Consensus records for every area, each with actions. */
  withConsensus?: boolean;
};

export function seededSession(bank: Bank, options: SeededSessionOptions): SessionFile {
  const random = prng(options.seed ?? 20190601);
  const session = createSession(
    bank,
    {
      id: `seeded-session-${options.size}`,
      partnershipName: options.partnershipName ?? 'Northborough Together',
      date: options.date ?? '2026-03-01',
      label: 'Spring workshop',
    },
    new Date('2026-03-01T09:00:00.000Z'),
  );
  const responses = Array.from({ length: options.size }, (_, i) =>
    makeResponse(bank, i, options.size, random),
  );
  const consensus: ConsensusDraftRecord[] = options.withConsensus
    ? bank.dimensions.map((d, i) => ({
        dimensionId: d.id as ConsensusRecord['dimensionId'],
        agreedScore: 40 + i * 5,
        rationale:
          'The board minutes show that decisions are still made by one partner, and the room agreed that this holds the partnership back.',
        actions: [
          {
            what: 'Write down who decides what, and share it with every partner before the next board meeting',
            who: 'Partnership manager',
            byWhen: 'End of March',
          },
          {
            what: 'Ask residents how they want to be involved',
            who: 'Community lead',
            byWhen: 'June',
          },
        ],
      }))
    : [];
  // The session file's own schema: if the app's format changes, this fails here, not quietly.
  // Each area's actions go into the action plan, as the consensus page saves them.
  let n = 0;
  const split = splitAreaActions(consensus, [], () => `seeded-action-${++n}`);
  const records = split.records.map((r) => ({ ...r, targetScore: null }));
  return SessionFileSchema.parse({
    ...session,
    responses,
    consensus: records,
    actions: split.actions,
  });
}
