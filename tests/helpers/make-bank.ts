/**
 * Small hand-made banks for domain tests. `makeBankFiles()` returns the raw JSON of a compact
 * but complete bank; `makeBank(edit)` lets a test change that JSON (a fresh copy each call)
 * and returns it parsed by the real `parseBank`, throwing with every problem if it is invalid.
 *
 * The default bank: a 1 to 5 scale, 60% coverage, bands at 75 / 50 / 0, and per dimension
 *   governance 3 items, leadership 5 (steward x2, mediator x2, catalyst x1 shared with a
 *   steward item), culture 3 (c3 reverse-keyed), infrastructure 2, communities 2, learning 3;
 * four types with three indicators (main change importance 3, scope 1, funding 1 multiple);
 * three governance modes with a mode item and three condition items; the accountability grid.
 */
import { parseBank, describeBankProblems } from '../../src/domain/bank/parse-bank';
import type { RawBankFiles } from '../../src/domain/bank/parse-bank';
import type { Bank } from '../../src/domain/bank/bank-schema';

// Raw JSON is edited freely by tests before parsing, so it is typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RawJson = any;
export type RawBank = { bank: RawJson; sections: RawJson[] };

export const TYPE_IDS = [
  'collaborative-council',
  'collaborative-market',
  'agent-of-change',
  'system-connector',
] as const;
export const MODE_IDS = ['shared', 'lead-organisation', 'nao'] as const;

const bandTexts = {
  strength: {
    interpretation: 'This is going well.',
    prompts: ['What makes it work?', 'How do we keep it?'],
  },
  developing: {
    interpretation: 'This is partly in place.',
    prompts: ['What is missing?', 'Who could help?'],
  },
  priority: {
    interpretation: 'This needs discussion.',
    prompts: ['Why is this hard?', 'What would a first step be?'],
  },
};

const dimension = (id: string, name: string) => ({
  id,
  name,
  description: `How the partnership does on ${name.toLowerCase()}.`,
  bands: bandTexts,
  notEnough: `Not enough answers to score ${name.toLowerCase()}.`,
});

/** An agreement item. */
export function agree(
  id: string,
  dimensionId: string,
  extra: Record<string, unknown> = {},
): RawJson {
  return {
    id,
    kind: 'agreement',
    text: `Statement ${id}.`,
    source: 'Test source.',
    dimension: dimensionId,
    ...extra,
  };
}

/** A choice option weighted as given. */
export function option(
  id: string,
  weights: Record<string, number>,
  label = `Option ${id}`,
): RawJson {
  return { id, label, weights };
}

/** A choice item in a profile. */
export function choice(
  id: string,
  profile: string,
  options: RawJson[],
  extra: Record<string, unknown> = {},
): RawJson {
  return {
    id,
    kind: 'choice',
    text: `Question ${id}?`,
    source: 'Test source.',
    profile,
    options,
    ...extra,
  };
}

function meta(): RawJson {
  const target = (id: string) => ({ id, name: `Name of ${id}`, description: `About ${id}.` });
  return {
    id: 'test-bank',
    version: '1.2.0',
    title: 'Test bank',
    locale: 'en-GB',
    description: 'A bank for tests.',
    minutes: { min: 5, max: 10 },
    scale: {
      points: [
        { value: 1, label: 'Strongly disagree' },
        { value: 2, label: 'Disagree' },
        { value: 3, label: 'Neither agree nor disagree' },
        { value: 4, label: 'Agree' },
        { value: 5, label: 'Strongly agree' },
      ],
      dontKnow: "Don't know",
      notApplicable: 'Not applicable',
    },
    scoring: {
      minCoverage: 0.6,
      bands: [
        { id: 'strength', label: 'Strength', min: 75 },
        { id: 'developing', label: 'Developing', min: 50 },
        { id: 'priority', label: 'Priority to discuss', min: 0 },
      ],
    },
    dimensions: [
      dimension('governance', 'Governance'),
      dimension('leadership', 'Leadership'),
      dimension('culture', 'Culture'),
      dimension('infrastructure', 'Infrastructure'),
      dimension('communities', 'Communities'),
      dimension('learning', 'Learning and accountability'),
    ],
    typology: {
      types: TYPE_IDS.map((id) => ({
        ...target(id),
        exampleSites: [`A site for ${id}`],
        meaning: `What ${id} means.`,
      })),
      blendMargin: 10,
      minAnswered: 3,
    },
    governance: {
      modes: MODE_IDS.map(target),
      unclear: 'unclear',
      mismatchPrompt: 'The mode in use differs from the one the conditions suggest.',
      unclearPrompt: 'It is not clear who governs.',
    },
    leadership: {
      roles: ['steward', 'mediator', 'catalyst'].map(target),
      note: 'One person can play several roles.',
    },
    accountability: {
      flags: [
        {
          id: 'only-results',
          rule: { kind: 'only-row', row: 'results' },
          text: 'Only results are used.',
        },
        {
          id: 'no-learning',
          rule: { kind: 'none-for', key: 'learning' },
          text: 'Nothing is used for learning.',
        },
      ],
    },
    // The schema's record over profile ids needs every key, even the profiles named elsewhere.
    profiles: {
      typology: [],
      'governance-mode': [],
      'governance-conditions': [],
      justification: [
        'share-responsibility',
        'bigger-vcs-role',
        'better-impact',
        'better-workplace',
      ].map(target),
      'starting-conditions': [
        'history-cooperation',
        'history-conflict',
        'incentives',
        'power-imbalance',
      ].map(target),
      'community-involvement': [
        'innovators',
        'asset-transfer',
        'strengths-conversation',
        'consulted',
        'not-involved',
      ].map(target),
      accountability: ['learning', 'accountability', 'not-used'].map(target),
    },
    citations: [{ id: 'rallying', text: 'Blundell and others (2019).' }],
    citation: 'Blundell, Rosenbach, Hameed and FitzGerald (2019).',
    disclaimer: 'Independent; a guide for discussion.',
  };
}

function sections(): RawJson[] {
  const [council, market, agent, connector] = TYPE_IDS;
  const [shared, lead, nao] = MODE_IDS;
  const section = (order: number, id: string, scored: boolean, pages: RawJson[]) => ({
    id,
    order,
    title: `Section ${id}`,
    summary: `About ${id}.`,
    scored,
    pages,
  });
  const page = (id: string, items: RawJson[]) => ({ id, items });
  return [
    section(1, 'why', false, [
      page('justifications', [
        choice(
          'justifications',
          'justification',
          [
            option('share', { 'share-responsibility': 1 }),
            option('vcs', { 'bigger-vcs-role': 1 }),
            option('impact', { 'better-impact': 1 }),
            option('workplace', { 'better-workplace': 1 }),
          ],
          { multiple: true },
        ),
      ]),
      page('starting', [
        choice('starting-history', 'starting-conditions', [
          option('cooperation', { 'history-cooperation': 1 }),
          option('conflict', { 'history-conflict': 1 }),
        ]),
        choice('starting-power', 'starting-conditions', [
          option('balanced', { incentives: 1 }),
          option('imbalanced', { 'power-imbalance': 1 }),
        ]),
      ]),
    ]),
    section(2, 'shape', true, [
      page('type', [
        choice(
          'type-main-change',
          'typology',
          [
            option('council', { [council]: 3 }),
            option('market', { [market]: 3 }),
            option('agent', { [agent]: 3 }),
            option('connector', { [connector]: 3 }),
          ],
          { importance: 3 },
        ),
        choice('type-scope', 'typology', [
          option('whole-place', { [council]: 2 }),
          option('one-field', { [market]: 2, [connector]: 1 }),
          option('one-cohort', { [agent]: 2, [connector]: 2 }),
        ]),
        choice(
          'type-funding',
          'typology',
          [
            option('core', { [council]: 1 }),
            option('contract', { [market]: 1 }),
            option('grant', { [agent]: 1 }),
            option('blended', { [connector]: 1, [agent]: 0.5 }),
          ],
          { multiple: true },
        ),
      ]),
      page('gov', [
        choice('gov-mode', 'governance-mode', [
          option('together', { [shared]: 1 }),
          option('one-leads', { [lead]: 1 }),
          option('separate-body', { [nao]: 1 }),
          option('not-clear', { unclear: 1 }),
        ]),
        choice('gov-partners', 'governance-conditions', [
          option('few', { [shared]: 2 }),
          option('some', { [lead]: 1, [nao]: 1 }),
          option('many', { [nao]: 2 }),
        ]),
        choice('gov-trust', 'governance-conditions', [
          option('wide', { [shared]: 1 }),
          option('central', { [lead]: 1 }),
          option('moderate', { [nao]: 1 }),
        ]),
        choice(
          'gov-goals',
          'governance-conditions',
          [option('high', { [shared]: 1, [nao]: 0.5 }), option('low', { [lead]: 1 })],
          { importance: 2 },
        ),
        agree('g1', 'governance'),
        agree('g2', 'governance'),
        agree('g3', 'governance'),
      ]),
    ]),
    section(3, 'leadership', true, [
      page('lead', [
        agree('l1', 'leadership', { roles: ['steward'] }),
        agree('l2', 'leadership', { roles: ['steward', 'catalyst'] }),
        agree('l3', 'leadership', { roles: ['mediator'] }),
        agree('l4', 'leadership', { roles: ['mediator'] }),
        agree('l5', 'leadership'),
      ]),
    ]),
    section(4, 'culture', true, [
      page('culture', [
        agree('c1', 'culture'),
        agree('c2', 'culture'),
        agree('c3', 'culture', { reverse: true }),
      ]),
    ]),
    section(5, 'infrastructure', true, [
      page('infra', [agree('i1', 'infrastructure'), agree('i2', 'infrastructure')]),
    ]),
    section(6, 'communities', true, [
      page('modes', [
        choice(
          'community-modes',
          'community-involvement',
          [
            option('innovators', { innovators: 1 }),
            option('assets', { 'asset-transfer': 1 }),
            option('strengths', { 'strengths-conversation': 1 }),
            option('consulted', { consulted: 1 }),
            option('none', { 'not-involved': 1 }),
          ],
          { multiple: true },
        ),
      ]),
      page('comm', [agree('m1', 'communities'), agree('m2', 'communities')]),
    ]),
    section(7, 'learning', true, [
      page('mix', [
        {
          id: 'accountability-mix',
          kind: 'grid',
          text: 'How is each approach used?',
          source: 'Test source.',
          profile: 'accountability',
          rows: ['results', 'system-health', 'outcomes', 'narratives', 'community-reporting'].map(
            (id) => ({ id, label: `Row ${id}` }),
          ),
          options: [
            option('not-used', { 'not-used': 1 }, 'Not used'),
            option('learning', { learning: 1 }, 'For learning'),
            option('accountability', { accountability: 1 }, 'For accountability'),
            option('both', { learning: 1, accountability: 1 }, 'Both'),
          ],
        },
      ]),
      page('learn', [agree('a1', 'learning'), agree('a2', 'learning'), agree('a3', 'learning')]),
    ]),
  ];
}

/** A fresh copy of the default bank's raw JSON. */
export function makeRawBank(): RawBank {
  return { bank: meta(), sections: sections() };
}

/** Raw bank files (as read from disk) after an optional edit. */
export function makeBankFiles(edit?: (raw: RawBank) => void): RawBankFiles {
  const raw = makeRawBank();
  edit?.(raw);
  return {
    bank: { file: 'bank.json', data: raw.bank },
    sections: raw.sections.map((data: RawJson, i: number) => ({
      file: `sections/0${i + 1}-${data.id}.json`,
      data,
    })),
  };
}

/** A parsed bank after an optional edit; throws with every problem when the edit breaks it. */
export function makeBank(edit?: (raw: RawBank) => void): Bank {
  const parsed = parseBank(makeBankFiles(edit));
  if (!parsed.ok)
    throw new Error(`test bank is invalid:\n${describeBankProblems(parsed.problems)}`);
  return parsed.bank;
}

/** Finds an item in raw sections by id, for edits. */
export function rawItem(raw: RawBank, id: string): RawJson {
  for (const s of raw.sections)
    for (const p of s.pages) for (const i of p.items) if (i.id === id) return i;
  throw new Error(`no item ${id}`);
}

/**
 * The default bank with no choice or grid items at all: no typology, governance, context or
 * accountability questions (and so no accountability flags), only agreement items.
 */
export function makeBankWithoutChoices(): Bank {
  return makeBank((raw) => {
    for (const s of raw.sections)
      for (const p of s.pages)
        p.items = p.items.filter((i: RawJson) => i.kind !== 'choice' && i.kind !== 'grid');
    for (const s of raw.sections) s.pages = s.pages.filter((p: RawJson) => p.items.length > 0);
    raw.sections = raw.sections.filter((s: RawJson) => s.pages.length > 0);
    raw.bank.accountability.flags = [];
  });
}
