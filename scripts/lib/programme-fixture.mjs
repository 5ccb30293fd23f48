/**
 * Made-up programme data for bench:programme and the programme page's browser test: many
 * partnerships' response files or session files for the built-in bank, varied by a seeded
 * pseudo-random generator so every run uses the same ones.
 *
 * Each response is one of group-fixture.mjs's made-up respondents, given its partnership's
 * name. Each partnership leans towards one answer to each typology question and to the
 * governance mode question (7 in 10 of its people give it), so that partnerships differ in
 * type and mode as real ones would.
 */
import { makeResponse, prng, readBank } from './group-fixture.mjs';

export const PROGRAMME_SEED = 20191101;

const pad = (n, width = 3) => String(n).padStart(width, '0');

function leaningResponse(bank, sections, index, random, partnership) {
  const response = makeResponse(bank, sections, index, random);
  const items = sections.flatMap((s) => s.pages.flatMap((p) => p.items));
  for (const item of items) {
    if (item.kind === 'text' && item.field === 'partnership-name') {
      response.answers[item.id] = partnership.name;
      response.about['partnership-name'] = partnership.name;
    }
    if (item.kind !== 'choice' || item.multiple) continue;
    if (item.profile !== 'typology' && item.profile !== 'governance-mode') continue;
    if (random() < 0.7)
      response.answers[item.id] = item.options[partnership.lean % item.options.length].id;
  }
  return response;
}

function partnershipsOf(count, random) {
  return Array.from({ length: count }, (_, i) => ({
    name: `Partnership ${pad(i + 1)}`,
    lean: Math.floor(random() * 4),
  }));
}

/**
 * `files` response files spread evenly over `partnerships` partnerships, as
 * `{ name, text }`, in a fixed order.
 */
export function programmeResponseFiles({ files, partnerships, seed = PROGRAMME_SEED }) {
  const { bank, sections } = readBank();
  const random = prng(seed);
  const list = partnershipsOf(partnerships, random);
  return Array.from({ length: files }, (_, i) => {
    const p = list[i % partnerships];
    const response = leaningResponse(bank, sections, i, random, p);
    response.responseId = `programme-${seed}-${pad(i + 1, 6)}`;
    return {
      name: `rally-response-${pad(i + 1, 6)}.json`,
      text: `${JSON.stringify(response, null, 2)}\n`,
    };
  });
}

/**
 * `sessions` session files for `partnerships` partnerships: each partnership's first session on
 * 2025-03-01, and every later one a year on, so partnerships given two sessions have two
 * cycles. Each session holds 3 to 8 responses, except every tenth partnership's, which holds 2
 * (a small partnership, flagged on the page); or, given `responses`, every session holds that
 * many (bench:programme --sessions: 400 sessions of 50, the 20,000 responses of the default).
 */
export function programmeSessionFiles({
  sessions,
  partnerships,
  responses: perSession,
  seed = PROGRAMME_SEED,
}) {
  const { bank, sections } = readBank();
  const random = prng(seed);
  const list = partnershipsOf(partnerships, random);
  let index = 0;
  return Array.from({ length: sessions }, (_, s) => {
    const which = s % partnerships;
    const cycle = Math.floor(s / partnerships);
    const p = list[which];
    const size =
      perSession !== undefined ? perSession : which % 10 === 9 ? 2 : 3 + Math.floor(random() * 6);
    const responses = Array.from({ length: size }, () => {
      const response = leaningResponse(bank, sections, index, random, p);
      response.responseId = `session-${seed}-${pad((index += 1), 6)}`;
      return response;
    });
    const date = `${2025 + cycle}-03-01`;
    const file = {
      format: 'rally-session',
      formatVersion: 2,
      bankId: bank.id,
      bankVersion: bank.version,
      session: { id: `programme-${pad(which + 1)}-${date}`, partnershipName: p.name, date },
      responses,
      consensus: [],
      actions: [],
      createdAt: `${date}T09:00:00.000Z`,
      updatedAt: `${date}T12:00:00.000Z`,
    };
    return {
      name: `rally-session-${pad(which + 1)}-${date}.json`,
      text: `${JSON.stringify(file, null, 2)}\n`,
    };
  });
}
