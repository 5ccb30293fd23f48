/**
 * The start, questionnaire and check-your-answers pages in Welsh (issue 11): what a Welsh
 * reader sees, with counts in more than one Welsh plural form, a form's error message, a date,
 * and none of the pages' English left.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths';
import { allItems } from '../../src/domain/bank/bank-queries';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const items = allItems(bank).filter((i) => i.kind === 'agreement');
const culture = bank.sections.find((s) => s.id === 'culture')!;
const page = culture.pages[0]!;

beforeEach(() => {
  resetStores();
});

/** Opens the app at `hash` and switches to Welsh with the toggle, as a user would. */
async function inWelsh(hash: string) {
  const view = await renderApp(hash);
  await view.user.click(screen.getByRole('link', { name: /^Cymraeg/ }));
  await waitFor(() => expect(document.documentElement.lang).toBe('cy'));
  return view;
}

async function open(hash: string, heading: string | RegExp) {
  window.location.hash = hash;
  return screen.findByRole('heading', { level: 1, name: heading });
}

/** The page's visible text, to check that none of the English is left. */
const pageText = () => document.querySelector('main')!.textContent ?? '';

describe('the start pages in Welsh', () => {
  it('shows the start page in Welsh, counting answers in the one, two and few forms', async () => {
    useAssessmentStore.setState({ answers: { [items[0]!.id]: 4 } });
    await inWelsh(paths.start());
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Asesu sut mae eich partneriaeth yn cydweithio',
      }),
    ).toBeVisible();
    expect(document.title).toBe('Asesu sut mae eich partneriaeth yn cydweithio – Rally');
    expect(screen.getByText('Rydych chi wedi ateb 1 cwestiwn hyd yma.')).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Parhau o’r man lle gwnaethoch adael' }),
    ).toBeVisible();

    useAssessmentStore.setState({ answers: { [items[0]!.id]: 4, [items[1]!.id]: 2 } });
    expect(await screen.findByText('Rydych chi wedi ateb 2 gwestiwn hyd yma.')).toBeVisible();
    useAssessmentStore.setState({
      answers: { [items[0]!.id]: 4, [items[1]!.id]: 2, [items[2]!.id]: 'dk' },
    });
    expect(await screen.findByText('Rydych chi wedi ateb 3 chwestiwn hyd yma.')).toBeVisible();

    for (const english of [
      'Assess how your partnership works together',
      'Running a workshop?',
      'Your answers stay on this device',
      'Continue where you left off',
      'You have answered',
      'Import answers from a file',
    ])
      expect(pageText()).not.toContain(english);
  });

  it('dates the accessibility statement in Welsh and counts sections and statements on the about page', async () => {
    await inWelsh(paths.accessibility());
    await open(paths.accessibility(), 'Datganiad hygyrchedd ar gyfer Rally');
    expect(screen.getByText(/Paratowyd y datganiad hwn ar 26 Tachwedd 2026\./)).toBeVisible();
    expect(pageText()).not.toMatch(/November|How accessible this service is|Enforcement/);

    await open(paths.about(), 'Sut mae’r asesiad hwn yn gweithio');
    expect(screen.getByText(`Mae ${bank.sections.length} adran:`)).toBeVisible();
    expect(pageText()).not.toMatch(/What it asks|What you get|Your privacy|There are/);
  });

  it('says what deleting removes in Welsh, with the zero form of each count, and refuses in Welsh', async () => {
    await inWelsh(paths.delete());
    await open(paths.delete(), 'Dileu eich atebion o’r ddyfais hon');
    expect(
      screen.getByText(/^eich 0 ateb a’ch 0 sylw i’r banc cwestiynau sy’n cael ei ddefnyddio/),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Dileu fy atebion' })).toBeVisible();
    expect(pageText()).not.toMatch(/Delete your answers|Deleting cannot be undone|Cancel/);
  });
});

describe('the questionnaire in Welsh', () => {
  it('counts completed sections and names each status in Welsh', async () => {
    await inWelsh(paths.tasks());
    await open(paths.tasks(), 'Asesu eich partneriaeth');
    expect(
      screen.getByText(`Rydych chi wedi cwblhau 0 o ${bank.sections.length} adran.`),
    ).toBeVisible();
    expect(screen.getAllByText('Heb ddechrau eto')).toHaveLength(bank.sections.length);
    expect(pageText()).not.toMatch(/Not yet started|You have completed|Check your answers/);
  });

  it('refuses Continue with the question named in Welsh, and says an English error again in Welsh', async () => {
    const { user } = await renderApp(paths.question(culture.id, page.id));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link')[0]).toHaveTextContent(/^Select how much you agree/);

    await user.click(screen.getByRole('link', { name: /^Cymraeg/ }));
    await waitFor(() => expect(document.documentElement.lang).toBe('cy'));
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).getAllByRole('link')[0]).toHaveTextContent(
        /^Dewiswch i ba raddau rydych chi’n cytuno â ‘.+’, neu dewiswch Ddim yn gwybod$/,
      ),
    );
    expect(document.title).toMatch(/^Gwall: .+ – Rally$/);
    expect(screen.getByRole('button', { name: 'Parhau' })).toBeVisible();
    expect(
      screen.getByText('Caiff eich atebion eu cadw ar y ddyfais hon wrth i chi fynd.'),
    ).toBeVisible();
    expect(pageText()).not.toMatch(/Select how much|Return to the list of sections|Continue/);
  });

  it('counts the questions not answered yet on check your answers in Welsh', async () => {
    await inWelsh(paths.check());
    await open(paths.check(), 'Gwirio eich atebion');
    const missing = allItems(bank).filter((i) => i.required).length;
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: `Nid yw ${missing} cwestiwn wedi’u hateb eto`,
      }),
    ).toBeVisible();
    expect(screen.getAllByText('Heb ei ateb').length).toBeGreaterThan(0);
    expect(pageText()).not.toMatch(/not answered yet|Not answered|See your results|Change/);
  });
});
