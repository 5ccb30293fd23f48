/**
 * Made-up group responses for the benchmarks and Lighthouse (bench-group.mjs, lighthouse.mjs):
 * valid response files for the built-in bank, varied by a seeded pseudo-random generator so
 * every run uses the same ones. Each respondent leans towards agreeing or disagreeing, with
 * some Don't know and Not applicable answers, every kind of question answered, and an
 * occasional comment.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { root } from './bench-app.mjs';

/** A bank text's English: texts are a string or `{ en, cy }` (questions/README.md). */
const englishOf = (text) => (typeof text === 'string' ? text : text.en);

export const SEED = 20190601;

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function readBank() {
  const bank = JSON.parse(readFileSync(path.join(root, 'questions/bank.json'), 'utf8'));
  const dir = path.join(root, 'questions/sections');
  const sections = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
  return { bank, sections };
}

/** One respondent's answers to every question, varied by `random`. */
export function makeResponse(bank, sections, index, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lean = (random() - 0.5) * 3; // from -1.5 (disagrees) to +1.5 (agrees)
  const points = bank.scale.points.map((p) => p.value).sort((a, b) => a - b);
  const answers = {};
  const about = {};
  const comments = {};
  for (const section of sections) {
    for (const item of section.pages.flatMap((p) => p.items)) {
      switch (item.kind) {
        case 'agreement': {
          const roll = random();
          if (roll < 0.05) answers[item.id] = 'dk';
          else if (roll < 0.08) answers[item.id] = 'na';
          else if (roll < 0.1)
            break; // left blank
          else {
            const raw = Math.round(3 + lean + (random() - 0.5) * 2.5);
            answers[item.id] = Math.min(points[points.length - 1], Math.max(points[0], raw));
          }
          break;
        }
        case 'choice': {
          const ids = item.options.map((o) => o.id);
          if (random() < 0.05) answers[item.id] = 'dk';
          else if (item.multiple) {
            const chosen = ids.filter(() => random() < 0.35);
            answers[item.id] = chosen.length > 0 ? chosen : [pick(ids)];
          } else answers[item.id] = pick(ids);
          break;
        }
        case 'grid':
          answers[item.id] = Object.fromEntries(
            item.rows.map((row) => [row.id, random() < 0.05 ? 'dk' : pick(item.options).id]),
          );
          break;
        case 'select': {
          const value = pick(item.options).id;
          answers[item.id] = value;
          if (item.field) about[item.field] = value;
          break;
        }
        case 'text': {
          let value = null;
          if (item.field === 'partnership-name') value = 'Northborough Together';
          else if (item.field === 'place') value = 'Northborough';
          else if (random() < 0.3)
            value = `Respondent ${index + 1} thinks the partnership could share more of its plans with residents.`;
          if (value !== null) {
            answers[item.id] = value;
            if (item.field) about[item.field] = value;
          }
          break;
        }
        default:
          throw new Error(`Unknown question kind: ${item.kind}`);
      }
    }
    if (section.comment && random() < 0.15)
      comments[section.id] =
        `A comment on ${englishOf(section.title).toLowerCase()} from respondent ${index + 1}.`;
  }
  const minute = String(index % 60).padStart(2, '0');
  return {
    format: 'rally-response',
    formatVersion: 2,
    bankId: bank.id,
    bankVersion: bank.version,
    responseId: `bench-${SEED}-${String(index + 1).padStart(3, '0')}`,
    createdAt: `2026-03-01T09:${minute}:00.000Z`,
    updatedAt: `2026-03-01T10:${minute}:00.000Z`,
    about,
    answers,
    comments,
    targets: {},
    actions: [],
  };
}

/**
 * A group session of `count` responses as the app saves it in local storage
 * (src/state/group-store.ts: key `rally:group`, `{ state, version }`), for seeding a browser.
 */
export function savedGroupSession(count) {
  const { bank, sections } = readBank();
  const random = prng(SEED);
  const responses = Array.from({ length: count }, (_, i) =>
    makeResponse(bank, sections, i, random),
  );
  const session = {
    format: 'rally-session',
    formatVersion: 2,
    bankId: bank.id,
    bankVersion: bank.version,
    session: {
      id: 'made-up-session',
      partnershipName: 'Northborough Together',
      date: '2026-03-01',
    },
    responses,
    consensus: [],
    actions: [],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T11:00:00.000Z',
  };
  return JSON.stringify({ state: { session, joined: null, handedIn: [] }, version: 2 });
}
