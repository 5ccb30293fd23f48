/**
 * The half of the shell that needs the question bank and the saved data: it is fetched
 * alongside the first page instead of being part of it, so the start page can be drawn (and
 * prerendered) without the bank, the stores or zod.
 *
 * `start` ties the saved answers to the bank and follows other tabs. It runs once, in the
 * browser, before any of the components below renders (app.tsx calls it as soon as this code
 * arrives); at build time, when pages are prerendered, there is no browser and it does nothing.
 */
import type { ReactNode } from 'react';
import type { Route } from '../config/paths';
import type { Bank } from '../domain/bank/bank-schema';
import { KeptAsideNotice, StartProgress } from '../features/start/start-progress';
import { reconcileWithBank } from '../state/assessment-actions';
import { restoreCustomBank, useBankStore } from '../state/bank-store';
import { keepInStepWithOtherTabs } from '../state/other-tabs';
import { loadBuiltInBank } from './bank-source';
import { useBanks } from './localized-bank';
import {
  AboutPage,
  BankPage,
  CheckAnswersPage,
  DeletePage,
  GroupScreen,
  GroupResultsScreen,
  CycleScreen,
  PresentScreen,
  ProgrammePage,
  HandInPage,
  ImportPage,
  JoinPage,
  NotFoundPage,
  QuestionPage,
  RecoveredPage,
  ResultsPage,
  TaskListPage,
} from './pages';
import { SaveWarning } from './save-warning';

const { bank: englishBuiltIn } = loadBuiltInBank();
let started = false;

export function start() {
  if (started || typeof window === 'undefined') return;
  started = true;
  const builtIn = englishBuiltIn;
  reconcileWithBank(builtIn);
  void restoreCustomBank();
  keepInStepWithOtherTabs(() => useBankStore.getState().custom ?? builtIn);
}

/**
 * The bank in use (one the user loaded from a file, or the built-in one) and the built-in one,
 * in the language in use (English-only custom banks stay English).
 */
function useBank(): { bank: Bank; builtIn: Bank } {
  return useBanks(englishBuiltIn);
}

/** The start page's parts that depend on saved data (see start-progress.tsx). */
export function StartPart({ part }: { part: 'kept-aside' | 'progress' }): ReactNode {
  const banks = useBank();
  if (part === 'kept-aside') return <KeptAsideNotice />;
  return <StartProgress bank={banks.bank} />;
}

export function CurrentSaveWarning() {
  const banks = useBank();
  return <SaveWarning bank={banks.bank} />;
}

/** Every page but the start page and the accessibility statement, with the bank in use. */
export function DataScreen({ route }: { route: Route }) {
  const { bank, builtIn } = useBank();
  switch (route.name) {
    case 'start':
    case 'accessibility':
      // Drawn by the shell without the bank (app.tsx).
      return null;
    case 'about':
      return <AboutPage bank={bank} />;
    case 'tasks':
      return <TaskListPage bank={bank} />;
    case 'question':
      return (
        <QuestionPage
          bank={bank}
          sectionId={route.sectionId}
          pageId={route.pageId}
          fromCheck={route.fromCheck}
        />
      );
    case 'check':
      return <CheckAnswersPage bank={bank} />;
    case 'results':
      return <ResultsPage bank={bank} />;
    case 'delete':
      return <DeletePage bank={bank} builtIn={builtIn} />;
    case 'recovered':
      return <RecoveredPage />;
    case 'import':
      return <ImportPage bank={bank} />;
    case 'bank':
      return <BankPage bank={bank} builtIn={builtIn} />;
    case 'join':
      return <JoinPage bank={bank} token={route.token} />;
    case 'hand-in':
      return <HandInPage bank={bank} done={route.done} />;
    case 'group':
      return route.view === 'results' ? (
        <GroupResultsScreen bank={bank} />
      ) : (
        <GroupScreen bank={bank} view={route.view} />
      );
    case 'cycle':
      return <CycleScreen bank={bank} view={route.view} />;
    case 'present':
      return <PresentScreen bank={bank} view={route.view} from={route.from} />;
    case 'programme':
      return <ProgrammePage bank={bank} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}
