/**
 * The action plan on screen, for one respondent (results page) or the group (consensus page):
 * each action as a GOV.UK summary card, in the plan's order, with buttons to change it, move it
 * up or down, and remove it; a removal can be undone from a notification banner. Adding or
 * changing an action opens ActionForm in place.
 *
 * The page passes the plan and `change`, which applies one operation of
 * src/domain/plan/action-plan.ts and saves the result (changeOwnPlan, changeGroupPlan), so every
 * step is saved as it happens. Moves are announced and keep focus on the button pressed (or,
 * at either end of the list, on the other move button), so a keyboard user can press it again.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import {
  lazy,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import {
  addAction,
  editAction,
  isOverdue,
  nudgeAction,
  removeAction,
  STATUS_WORDS,
  undoRemove,
  type Action,
  type PlanState,
} from '../../domain/plan/action-plan';
import { formatDate } from '../../i18n';
import type { ActionForm as TheActionForm } from './action-form';

/**
 * The form's code (with react-hook-form) is fetched once the plan is on screen rather than with
 * the page: the results page paints without waiting for it. It has nearly always arrived before
 * anyone presses "Add an action", and then the form opens at once, focus and all; only if it has
 * not does the form appear a moment later.
 */
let loadedForm: typeof TheActionForm | null = null;
const loadActionForm = () =>
  import('./action-form').then((m) => {
    loadedForm = m.ActionForm;
    return m;
  });
const LazyActionForm = lazy(() => loadActionForm().then((m) => ({ default: m.ActionForm })));

function ActionForm(props: ComponentProps<typeof LazyActionForm>) {
  const Form = loadedForm ?? LazyActionForm;
  return (
    <Suspense fallback={null}>
      <Form {...props} />
    </Suspense>
  );
}

export type PlanChange = (operation: (plan: PlanState) => PlanState) => void;

/** Today as YYYY-MM-DD on this device's calendar. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function ActionPlanEditor({
  bank,
  idPrefix,
  actions,
  change,
  newId,
  emptyText,
}: {
  bank: Bank;
  /** Starts every id in the editor, so that two editors could share a page. */
  idPrefix: string;
  actions: readonly Action[];
  change: PlanChange;
  newId: () => string;
  /** What to say when there is no action yet. */
  emptyText: string;
}) {
  const { t, i18n } = useLingui();
  /** 'new', an action's id, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Action | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The element to focus after the next render (its id), for moves, saves and undo. */
  const focusNext = useRef<string[] | null>(null);
  useEffect(() => {
    void loadActionForm();
  }, []);
  useLayoutEffect(() => {
    const ids = focusNext.current;
    if (!ids) return;
    focusNext.current = null;
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el) {
        el.focus();
        return;
      }
    }
  });
  const id = (actionId: string, part: string) => `${idPrefix}-${actionId}-${part}`;
  const count = actions.length;
  const day = today();
  const areaName = (dimensionId: string) =>
    bank.dimensions.find((d) => d.id === dimensionId)?.name ?? dimensionId;

  const save = (action: Action) => {
    const isNew = editing === 'new';
    // Every field the form shows is given, an optional one left empty as undefined (removed).
    const { id: actionId, ...fields } = action;
    const changes = { due: undefined, dueNote: undefined, resources: undefined, ...fields };
    change((plan) => (isNew ? addAction(plan, action) : editAction(plan, actionId, changes)));
    setEditing(null);
    setRemoved(null);
    setAnnouncement(isNew ? t`Action added.` : t`Action saved.`);
    focusNext.current = [id(action.id, 'title')];
  };
  const move = (action: Action, by: -1 | 1) => {
    const from = actions.findIndex((a) => a.id === action.id);
    const to = Math.min(count - 1, Math.max(0, from + by));
    if (to === from) return;
    change((plan) => nudgeAction(plan, action.id, by));
    const place = to + 1;
    const what = action.what;
    setAnnouncement(t`“${what}” moved to number ${place} of ${count}.`);
    const pressed = by < 0 ? 'up' : 'down';
    const other = by < 0 ? 'down' : 'up';
    focusNext.current = [id(action.id, pressed), id(action.id, other)];
  };
  const remove = (action: Action) => {
    change((plan) => removeAction(plan, action.id));
    setRemoved(action);
    setEditing(null);
    setAnnouncement('');
    focusNext.current = [`${idPrefix}-removed`];
  };
  const undo = () => {
    const back = removed;
    change(undoRemove);
    setRemoved(null);
    if (back) {
      const what = back.what;
      setAnnouncement(t`“${what}” is back in the plan.`);
      focusNext.current = [id(back.id, 'title')];
    }
  };
  const cancel = (actionId: string | null) => {
    setEditing(null);
    focusNext.current = actionId ? [id(actionId, 'edit')] : [`${idPrefix}-add`];
  };

  const removedWhat = removed?.what ?? '';
  return (
    <div className="app-plan">
      {removed && (
        <div
          className="govuk-notification-banner"
          role="region"
          aria-labelledby={`${idPrefix}-removed-title`}
          id={`${idPrefix}-removed`}
          tabIndex={-1}
        >
          <div className="govuk-notification-banner__header">
            <h3 className="govuk-notification-banner__title" id={`${idPrefix}-removed-title`}>
              <Trans>Action removed</Trans>
            </h3>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-body">
              <Trans>You removed “{removedWhat}”.</Trans>
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={undo}
            >
              <Trans>
                Undo <span className="govuk-visually-hidden">removing “{removedWhat}”</span>
              </Trans>
            </button>
          </div>
        </div>
      )}
      <p className="govuk-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {count === 0 && editing !== 'new' && (
        <p className="govuk-body app-plan__empty">{emptyText}</p>
      )}
      {count > 0 && (
        <ol className="app-plan__list">
          {actions.map((a, index) => {
            const number = index + 1;
            const what = a.what;
            if (editing === a.id)
              return (
                <li key={a.id} className="app-plan__item">
                  <ActionForm
                    bank={bank}
                    idPrefix={id(a.id, 'form')}
                    action={a}
                    newId={newId}
                    number={number}
                    onSave={save}
                    onCancel={() => cancel(a.id)}
                  />
                </li>
              );
            const overdue = isOverdue(a, day);
            return (
              <li key={a.id} className="app-plan__item">
                <div className="govuk-summary-card">
                  <div className="govuk-summary-card__title-wrapper">
                    <h3 className="govuk-summary-card__title" id={id(a.id, 'title')} tabIndex={-1}>
                      <Trans>
                        {number}. {what}
                      </Trans>
                    </h3>
                  </div>
                  <div className="govuk-summary-card__content">
                    <dl className="govuk-summary-list">
                      <Row label={t`Area`} value={areaName(a.dimensionId)} />
                      <Row label={t`Who leads it`} value={a.lead || t`Not decided yet`} />
                      <Row
                        label={t`By when`}
                        value={
                          a.due ? (
                            <>
                              {formatDate(a.due, i18n.locale)}
                              {overdue && (
                                <>
                                  {' '}
                                  <strong className="govuk-tag govuk-tag--red">
                                    <Trans>Overdue</Trans>
                                  </strong>
                                </>
                              )}
                            </>
                          ) : (
                            (a.dueNote ?? t`No date yet`)
                          )
                        }
                      />
                      <Row label={t`Status`} value={i18n._(STATUS_WORDS[a.status])} />
                      <Row
                        label={t`How you will know it worked`}
                        value={a.measure || t`Not decided yet`}
                      />
                      {a.resources && <Row label={t`What it needs`} value={a.resources} />}
                    </dl>
                    <div className="govuk-button-group app-plan__buttons">
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary"
                        id={id(a.id, 'edit')}
                        onClick={() => {
                          setEditing(a.id);
                          setRemoved(null);
                        }}
                      >
                        <Trans>
                          Change <span className="govuk-visually-hidden">action {number}</span>
                        </Trans>
                      </button>
                      {index > 0 && (
                        <button
                          type="button"
                          className="govuk-button govuk-button--secondary"
                          id={id(a.id, 'up')}
                          onClick={() => move(a, -1)}
                        >
                          <Trans>
                            Move up <span className="govuk-visually-hidden">action {number}</span>
                          </Trans>
                        </button>
                      )}
                      {index < count - 1 && (
                        <button
                          type="button"
                          className="govuk-button govuk-button--secondary"
                          id={id(a.id, 'down')}
                          onClick={() => move(a, 1)}
                        >
                          <Trans>
                            Move down <span className="govuk-visually-hidden">action {number}</span>
                          </Trans>
                        </button>
                      )}
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary"
                        onClick={() => remove(a)}
                      >
                        <Trans>
                          Remove <span className="govuk-visually-hidden">action {number}</span>
                        </Trans>
                      </button>
                    </div>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {editing === 'new' ? (
        <ActionForm
          bank={bank}
          idPrefix={`${idPrefix}-new`}
          action={null}
          newId={newId}
          number={count + 1}
          onSave={save}
          onCancel={() => cancel(null)}
        />
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          id={`${idPrefix}-add`}
          onClick={() => {
            setEditing('new');
            setRemoved(null);
          }}
        >
          {count === 0 ? <Trans>Add an action</Trans> : <Trans>Add another action</Trans>}
        </button>
      )}
    </div>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-pre-wrap">{value}</dd>
    </div>
  );
}
