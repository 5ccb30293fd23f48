/**
 * Every form and every import path, driven as a person would with generated bad input, shows
 * only messages written for people: no validator text (tests/helpers/validator-text.ts).
 *
 * - Question pages: on every page, Tab past every question with the keyboard and press
 *   Continue; and, for generated pages, answer some questions, type or paste text past its
 *   limit, then Continue. Text past the limit is kept, not cut off.
 * - Consensus, and session set-up: generated text in every field, then save.
 * - Response files (import, add responses, compare), response codes, session files, bank files
 *   and participant links: generated bad inputs from the fuzz recipes (tests/helpers/
 *   fuzz-inputs.ts), through the page that reads them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Item, Page } from '../../src/domain/bank/bank-schema';
import { COMMENT_FIELD } from '../../src/domain/answers/page-form';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { addResponses, startSession } from '../../src/state/group-actions';
import { useGroupStore } from '../../src/state/group-store';
import { fuzzRecipe, materialise } from '../helpers/fuzz-inputs';
import type { FuzzCase, FuzzTarget } from '../helpers/fuzz-inputs';
import { loadFuzzWorld, type FuzzWorld } from '../helpers/fuzz-harness';
import { validatorTextIn } from '../helpers/validator-text';
import { builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const root = path.resolve(__dirname, '../..');
let world: FuzzWorld;
beforeAll(async () => {
  world = await loadFuzzWorld(root);
});
beforeEach(() => resetStores());

const MESSAGES = [
  '.govuk-error-summary',
  '.govuk-error-message',
  '.govuk-notification-banner',
  '.govuk-inset-text',
  '.govuk-warning-text',
  '.govuk-character-count__message',
  '[role="alert"]',
  '[data-testid="link-problem"]',
].join(', ');

/** Every message on the page now, as a person would read it. */
function shownMessages(): string[] {
  return Array.from(document.querySelectorAll(MESSAGES), (e) => e.textContent ?? '').filter(
    (t) => t.trim() !== '',
  );
}

function expectPlainMessages(label: string) {
  for (const message of shownMessages()) expect(validatorTextIn(message), label).toEqual([]);
}

const pages = bank.sections.flatMap((s) =>
  s.pages.map((p) => ({ section: s, page: p, last: s.pages.at(-1) === p })),
);

function requiredMessages(page: Page): number {
  return page.items
    .filter((i) => i.required)
    .reduce((n, i) => n + (i.kind === 'grid' ? i.rows.length : 1), 0);
}

type User = Awaited<ReturnType<typeof renderApp>>['user'];

/** Tabs through the page until the Continue button has focus, then presses Enter on it. */
async function tabPastEverythingAndContinue(user: User) {
  const button = screen.getByRole('button', { name: 'Continue' });
  for (let i = 0; i < 400 && document.activeElement !== button; i += 1) await user.tab();
  expect(document.activeElement).toBe(button);
  await user.keyboard('{Enter}');
}

describe('question pages, with the keyboard alone', () => {
  it.each(pages.map((p) => [`${p.section.id}/${p.page.id}`, p] as const))(
    '%s: Tab past every question, then Continue',
    async (_name, { section, page }) => {
      const { user } = await renderApp(`#/section/${section.id}/${page.id}`);
      await tabPastEverythingAndContinue(user);
      const expected = requiredMessages(page);
      if (expected === 0) {
        await waitFor(() => expect(window.location.hash).not.toContain(page.id));
        return;
      }
      const summary = await screen.findByRole('alert');
      const links = Array.from(summary.querySelectorAll('a'), (a) => a.textContent ?? '');
      expect(links).toHaveLength(expected);
      for (const item of page.items.filter((i) => i.required)) {
        const named =
          item.kind === 'grid' ? item.rows.map((r) => r.label) : [item.text.slice(0, 40)];
        for (const name of named) expect(links.some((l) => l.includes(name))).toBe(true);
      }
      expectPlainMessages(page.id);
    },
  );
});

/** What a person might do to one question before pressing Continue. */
function actionFor(item: Item): fc.Arbitrary<{ kind: string; index?: number; length?: number }> {
  if (item.kind === 'text')
    return fc.oneof(
      fc.constant({ kind: 'skip' }),
      fc.integer({ min: 0, max: item.maxLength * 2 }).map((length) => ({ kind: 'type', length })),
    );
  return fc.oneof(
    fc.constant({ kind: 'skip' }),
    fc.integer({ min: 0, max: 40 }).map((index) => ({ kind: 'tick', index })),
    fc.integer({ min: 0, max: 40 }).map((index) => ({ kind: 'tick-twice', index })),
  );
}

describe('question pages, with generated answers', () => {
  it('say what is wrong in words, and keep text typed past its limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...pages)
          .chain((p) =>
            fc.tuple(
              fc.constant(p),
              fc.tuple(...p.page.items.map(actionFor)),
              fc.integer({ min: 0, max: 4000 }),
            ),
          ),
        async ([{ section, page, last }, actions, commentLength]) => {
          resetStores();
          const { user, unmount } = await renderApp(`#/section/${section.id}/${page.id}`);
          try {
            for (const [i, item] of page.items.entries()) {
              const action = actions[i]!;
              const group = document.getElementById(item.id)?.closest('.govuk-form-group');
              if (action.kind === 'type') {
                const text = 'a'.repeat(action.length!);
                const field = document.getElementById(item.id) as HTMLInputElement;
                await user.click(field);
                if (text) await user.paste(text);
              } else if (action.kind !== 'skip' && group) {
                const inputs = group.querySelectorAll('input');
                const input = inputs[action.index! % inputs.length]!;
                await user.click(input);
                if (action.kind === 'tick-twice') await user.click(input);
              }
            }
            if (last && section.comment && commentLength > 0) {
              await user.click(document.getElementById(COMMENT_FIELD)!);
              await user.paste('c'.repeat(commentLength));
            }
            await user.click(screen.getByRole('button', { name: 'Continue' }));
            expectPlainMessages(page.id);
            // Nothing typed is lost: the text is saved as typed, over its limit or not.
            const saved = useAssessmentStore.getState();
            for (const [i, item] of page.items.entries()) {
              const a = actions[i]!;
              if (item.kind === 'text' && a.kind === 'type' && a.length! > 0)
                expect(saved.answers[item.id]).toBe('a'.repeat(a.length!));
            }
            if (last && section.comment && commentLength > 0)
              expect(saved.comments[section.id]).toBe('c'.repeat(commentLength));
          } finally {
            unmount();
          }
        },
      ),
      { numRuns: 25, seed: 17 },
    );
  }, 240_000);
});

const fixture = (name: string, id: string): ResponseEnvelope => ({
  ...JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')),
  responseId: id,
});

function withSession() {
  startSession(bank, { id: 'session-1', partnershipName: 'Test Partnership', date: '2026-11-26' });
  addResponses(
    ['council-clear', 'connector-zone', 'market-alliance'].map((n, i) => ({
      source: n,
      result: { ok: true, response: fixture(n, `r${i}`) },
    })),
  );
}

const words = fc.oneof(
  fc.stringMatching(/^[a-z ]{0,12}$/),
  fc.constantFrom('', ' ', '-5', '101', '1e999', 'NaN', '12.5', 'x'.repeat(2001), 'y'.repeat(501)),
);

describe('consensus', () => {
  it('says what is wrong in words, whatever is typed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          score: words,
          rationale: words,
          target: words,
          action: fc.option(fc.record({ what: words, lead: words }), { nil: undefined }),
        }),
        async ({ score, rationale, target, action }) => {
          resetStores();
          withSession();
          const { user, unmount } = await renderApp('#/group/consensus');
          try {
            const dimension = bank.dimensions[0]!.id;
            const scoreField = document.getElementById(`${dimension}-agreedScore`)!;
            await user.clear(scoreField);
            if (score) {
              await user.click(scoreField);
              await user.paste(score);
            }
            if (rationale) {
              await user.click(document.getElementById(`${dimension}-rationale`)!);
              await user.paste(rationale);
            }
            if (target) {
              const aim = screen.getByRole('group', {
                name: `Where the group aims in ${bank.dimensions[0]!.name}`,
              });
              await user.click(within(aim).getByRole('radio', { name: 'Another score' }));
              await user.click(document.getElementById(`${dimension}-target-score`)!);
              await user.paste(target);
            }
            await user.click(screen.getByRole('button', { name: 'Save what we agreed' }));
            expectPlainMessages('consensus');
            // The group's action plan: its form says what is wrong in words too.
            if (action) {
              await user.click(screen.getByRole('button', { name: 'Add an action' }));
              await screen.findByLabelText('What will be done');
              for (const [field, value] of Object.entries(action))
                if (value) {
                  await user.click(document.getElementById(`group-plan-new-${field}`)!);
                  await user.paste(value);
                }
              await user.click(screen.getByRole('button', { name: 'Save action' }));
              expectPlainMessages('the action form');
            }
          } finally {
            unmount();
          }
        },
      ),
      { numRuns: 8, seed: 23 },
    );
  }, 120_000);
});

describe('session set-up', () => {
  it('says what is wrong in words, whatever is typed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: words,
          date: fc.oneof(words, fc.constantFrom('2026-02-30', '2026-13-01', '26/11/2026')),
          label: fc.oneof(words, fc.constant('z'.repeat(81))),
        }),
        async ({ name, date, label }) => {
          resetStores();
          const { user, unmount } = await renderApp('#/group');
          try {
            for (const [id, value] of [
              ['partnershipName', name],
              ['date', date],
              ['label', label],
            ] as const) {
              const field = document.getElementById(id)!;
              await user.clear(field);
              if (value) {
                await user.click(field);
                await user.paste(value);
              }
            }
            await user.click(screen.getByRole('button', { name: 'Create session' }));
            expectPlainMessages('session set-up');
          } finally {
            unmount();
          }
        },
      ),
      { numRuns: 10, seed: 29 },
    );
  }, 120_000);
});

/** Recipes for one path; with `mutated`, only changes to a valid input, the likeliest mistakes. */
const recipeFor = (target: FuzzTarget, mutated = false) =>
  fuzzRecipe.filter((r) => r.target === target && (!mutated || r.source.kind === 'fixture'));
const text = (c: FuzzCase) => (typeof c.input === 'string' ? c.input : JSON.stringify(c.input));

/** Runs generated inputs for one import path through its page. */
async function throughPage(
  target: FuzzTarget,
  seed: number,
  read: (input: string, user: User) => Promise<void>,
  route: string,
  setUp: () => void = () => undefined,
  mutated = false,
) {
  await fc.assert(
    fc.asyncProperty(recipeFor(target, mutated), async (recipe) => {
      const c = materialise(recipe, world.fixtures);
      resetStores();
      setUp();
      const { user, unmount } = await renderApp(route);
      try {
        await read(text(c), user);
        expectPlainMessages(c.label);
      } finally {
        unmount();
      }
    }),
    { numRuns: 10, seed },
  );
}

async function upload(user: User, label: string, input: string) {
  await user.upload(screen.getByLabelText(label), new File([input], 'generated.json'));
}

/** Waits until the page has shown what it made of a file: a problem, a warning or the next step. */
async function settled(ready: () => boolean) {
  await waitFor(() => expect(ready()).toBe(true), { timeout: 10_000 });
}

describe('import paths, with generated bad input', () => {
  it('response files on the import page', async () => {
    await throughPage(
      'response',
      31,
      async (input, user) => {
        await upload(user, 'Import answers from a file', input);
        await user.click(screen.getByRole('button', { name: 'Continue' }));
        await settled(
          () =>
            screen.queryByRole('alert') !== null ||
            screen.queryByRole('heading', { name: 'Check the file before you import it' }) !== null,
        );
      },
      '#/import',
    );
  }, 180_000);

  it('response files and codes on the add responses page', async () => {
    await throughPage(
      'response',
      37,
      async (input, user) => {
        await upload(user, 'Choose response files, or drop them here', input);
        await screen.findByRole('status');
      },
      '#/group/add',
      withSession,
    );
    await throughPage(
      'code',
      41,
      async (input, user) => {
        await user.click(screen.getByLabelText('Type or paste response codes, one on each line'));
        if (input) await user.paste(input);
        await user.click(screen.getByRole('button', { name: 'Add these codes' }));
        await screen.findByRole('status');
      },
      '#/group/add',
      withSession,
    );
  }, 240_000);

  it('session files, on the group page and to compare with', async () => {
    await throughPage(
      'session',
      43,
      async (input, user) => {
        await upload(user, 'Upload a Rally session file', input);
        await settled(
          () => screen.queryByRole('alert') !== null || useGroupStore.getState().session !== null,
        );
      },
      '#/group',
    );
    await throughPage(
      'session',
      47,
      async (input, user) => {
        await upload(user, 'Upload an earlier Rally file', input);
        await settled(
          () =>
            screen.queryByRole('alert') !== null ||
            screen.queryByRole('table', { name: 'Median score by area' }) !== null,
        );
      },
      '#/group/compare',
      withSession,
    );
  }, 240_000);

  it('bank files on the question bank page', async () => {
    await throughPage(
      'bank-file',
      53,
      async (input, user) => {
        await upload(user, 'Upload a question bank file (.json)', input);
        await settled(
          () =>
            screen.queryByRole('alert') !== null ||
            screen.queryByRole('button', { name: 'Use this question bank' }) !== null,
        );
      },
      '#/bank',
      () => undefined,
      true,
    );
  }, 180_000);

  it('participant links', async () => {
    await fc.assert(
      fc.asyncProperty(recipeFor('link'), async (recipe) => {
        const c = materialise(recipe, world.fixtures);
        const input = text(c);
        const query = input.includes('?') ? input.slice(input.indexOf('?') + 1) : '';
        resetStores();
        const { unmount } = await renderApp(
          query.startsWith('s=') ? `#/join?${query}` : `#/join?s=${encodeURIComponent(input)}`,
        );
        try {
          const heading = screen.getByRole('heading', { level: 1 });
          if (heading.textContent === 'This session link does not work') {
            const problem = heading.nextElementSibling!;
            expect(validatorTextIn(problem.textContent ?? ''), c.label).toEqual([]);
          }
          expectPlainMessages(c.label);
        } finally {
          unmount();
        }
      }),
      { numRuns: 20, seed: 59 },
    );
  }, 120_000);
});

describe('messages that name what is wrong', () => {
  it('name each pasted code by its line, blank lines counted', async () => {
    withSession();
    const { user } = await renderApp('#/group/add');
    await user.click(screen.getByLabelText('Type or paste response codes, one on each line'));
    await user.paste(`\n${world.fixtures.codes[0]}\n\nNOT-A-CODE`);
    await user.click(screen.getByRole('button', { name: 'Add these codes' }));
    const report = await screen.findByRole('status');
    expect(report).toHaveTextContent('1 response added');
    expect(report).toHaveTextContent(
      "The code on line 4: This code is not complete or has a typing mistake: check it against the participant's screen",
    );
  });

  it('say a response file from a newer Rally was made with a newer version, on the import page', async () => {
    const { user } = await renderApp('#/import');
    const newer = { ...fixture('council-clear', 'x'), formatVersion: 3 };
    await upload(user, 'Import answers from a file', JSON.stringify(newer));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(
      'The file was made with a newer version of Rally. Open it in the latest version of Rally.',
    );
    expect(summary).not.toHaveTextContent(/damaged/);
  });
});
