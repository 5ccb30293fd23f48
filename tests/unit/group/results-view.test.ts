// @vitest-environment node
/**
 * The group results model works out the parts below the page's first screen when they are
 * first read: what it gives must be exactly what working them out at once gives, and each is
 * worked out once however often the page reads it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakdownBy,
  governanceSpread,
  listComments,
  typologySpread,
} from '../../../src/domain/group/breakdown';
import { buildGroupResultsView, groupAggregate } from '../../../src/domain/group/results-view';
import { listPeople } from '../../../src/domain/privacy/people';
import { answersArb, makeGroupBank, respond } from './group-helpers';

const bank = makeGroupBank();
const sessionArb = fc.array(answersArb(bank), { minLength: 0, maxLength: 9 }).map((all) => ({
  session: { id: 'session-1' },
  responses: all.map((answers, i) => respond(bank, `r-${i}`, answers)),
}));

describe('buildGroupResultsView', () => {
  it('gives the same lower parts as working them out at once', () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        const view = buildGroupResultsView(bank, session);
        const members = listPeople(bank, session.session.id, session.responses).people.map(
          (p) => p.response,
        );
        expect(view.sectors).toEqual(breakdownBy(bank, members, 'sector'));
        expect(view.roles).toEqual(breakdownBy(bank, members, 'role-level'));
        expect(view.types).toEqual(typologySpread(bank, members));
        expect(view.modes).toEqual(governanceSpread(bank, members));
        expect(view.comments).toEqual(listComments(bank, members));
      }),
      { numRuns: 60 },
    );
  });

  it('counts everyone in the session, and gives the same whole-group figures alone as in the view', () => {
    // The page draws its count and its downloads before the view is ready, from the session
    // alone (session.responses.length, groupAggregate): both must agree with the view.
    fc.assert(
      fc.property(sessionArb, (session) => {
        const view = buildGroupResultsView(bank, session);
        expect(view.respondents).toBe(session.responses.length);
        expect(groupAggregate(bank, session)).toEqual(view.aggregate);
      }),
      { numRuns: 60 },
    );
  });

  it('works each part out once, however often it is read', () => {
    const view = buildGroupResultsView(bank, {
      session: { id: 'session-1' },
      responses: [respond(bank, 'a', { sector: 'local-authority' })],
    });
    expect(view.sectors).toBe(view.sectors);
    expect(view.comments).toBe(view.comments);
    expect(view.types).toBe(view.types);
  });
});
