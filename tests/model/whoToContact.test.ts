import { serviceAnswer, whoToContact } from '../../src/model/whoToContact';
import { aDirectory, anOfficer, aService, DIRECTORY, SERVICES } from './support/officerDirectory';

const ask = (question: string): [string, string | undefined, string | undefined][] =>
  whoToContact(DIRECTORY, question).map((answer) => [answer.service.name, answer.matchedBy, answer.matchedKeyword]);

describe('whoToContact', () => {
  test.each([
    ['potholes', [['Highways', 'keyword', 'potholes']]],
    ['Bins', [['Waste and Recycling', 'keyword', 'bins']]],
    ['school transport', [['Home to School Transport', 'keyword', 'school transport']]],
    // A keyword said inside a longer question.
    ['potholes on my road', [['Highways', 'keyword', 'potholes']]],
    // A keyword the question begins.
    ['school bu', [['Home to School Transport', 'keywordPrefix', 'school buses']]],
    ['fly tip', [['Waste and Recycling', 'keywordPrefix', 'fly-tipping']]],
    // Keyword exact beats a keyword one of whose words the question begins.
    ['buses', [['Transport Planning', 'keyword', 'buses'], ['Home to School Transport', 'keywordPrefix', 'school buses']]],
    ['pothole', [['Highways', 'keywordPrefix', 'potholes'], ['Pothole Repairs Team', 'name', undefined]]],
    ['road', [['Highways', 'keywordPrefix', 'roads'], ['Road Safety', 'name', undefined]]],
    // Then the directorate.
    ['communities', [['Parks and Open Spaces', 'directorate', undefined]]],
    ['', []],
    ['nothing we do', []]
  ] as const)('%s', (question, expected) => {
    expect(ask(question)).toEqual(expected);
  });

  it('puts services with liaison officers before those without, then A to Z, within a rank', () => {
    // "place" is the directorate of Highways (CLOs), Waste and Recycling, Road Safety, Pothole Repairs Team and Transport Planning (none).
    expect(ask('place').map(([name]) => name)).toEqual(['Highways', 'Pothole Repairs Team', 'Road Safety', 'Transport Planning', 'Waste and Recycling']);
  });

  it("answers with the service's Councillor Liaison Officers, surname A to Z, and a dialable phone link", () => {
    const [answer] = whoToContact(DIRECTORY, 'potholes');
    expect(answer.liaisonOfficers.map((officer) => officer.name)).toEqual(['Sam Adams', 'Tom Hill']);
    expect(answer.phoneHref).toBe('tel:01632961000');
  });

  it('answers for a chosen service without a match reason', () => {
    const answer = serviceAnswer(DIRECTORY, SERVICES[1]);
    expect(answer).toEqual({ service: SERVICES[1], liaisonOfficers: [], phoneHref: undefined });
  });

  it('ignores liaison officers of other services and officers without a service', () => {
    const directory = aDirectory(
      [anOfficer(1, 'Lone Clo', { isLiaisonOfficer: true }), anOfficer(2, 'Other Clo', { serviceId: 2, isLiaisonOfficer: true })],
      [aService(1, 'Highways', { keywords: ['potholes'] }), aService(2, 'Waste', {})]
    );
    expect(whoToContact(directory, 'potholes')[0].liaisonOfficers).toEqual([]);
  });
});
