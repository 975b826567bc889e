import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { bankHolidaysModuleText, bankHolidaysOf, FIRST_YEAR, LAST_YEAR } from '../../../tools/holidays/bankHolidaysModule';
import { BANK_HOLIDAYS_MODULE } from '../../../tools/holidays/writeBankHolidays';
import { UK_BANK_HOLIDAYS, UK_BANK_HOLIDAYS_FIRST_YEAR, UK_BANK_HOLIDAYS_LAST_YEAR } from '../../../src/model/enquiries/ukBankHolidays';
import { UK_NATIONS, UkNation } from '../../../src/model/enquiries/ukNation';

const projectRoot = join(__dirname, '..', '..', '..');

interface IGovUkEvent {
  date: string;
  title: string;
  notes: string;
}

/** GOV.UK's published bank holidays, 2020–2027 (see the fixture's _source: OGL v3.0). */
const govUk = JSON.parse(readFileSync(join(projectRoot, 'tests', 'fixtures', 'govuk', 'bankHolidays2020to2027.json'), 'utf8')) as Record<
  UkNation,
  IGovUkEvent[]
>;

function datesIn(dates: readonly string[], fromYear: number, toYear: number): string[] {
  return dates.filter((date) => Number(date.slice(0, 4)) >= fromYear && Number(date.slice(0, 4)) <= toYear);
}

describe('the generated bank holidays module', () => {
  test('is what the tool writes today (regenerated in memory): run the tool when this fails', () => {
    expect(readFileSync(BANK_HOLIDAYS_MODULE, 'utf8')).toBe(bankHolidaysModuleText());
  });

  test('--check agrees that the checked-in module is current', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'tools', 'holidays', 'writeBankHolidays.ts'), '--check'], {
      cwd: projectRoot,
      encoding: 'utf8'
    });
    expect(`${result.stdout}${result.stderr}`).toContain('up to date');
    expect(result.status).toBe(0);
  });

  test('covers the documented years', () => {
    expect([UK_BANK_HOLIDAYS_FIRST_YEAR, UK_BANK_HOLIDAYS_LAST_YEAR]).toEqual([FIRST_YEAR, LAST_YEAR]);
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([2020, 2035]);
    for (const nation of UK_NATIONS) {
      for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        // England and Wales have 8 a year, Scotland 9 and Northern Ireland 10 (more in a year of one-off holidays).
        expect(datesIn(UK_BANK_HOLIDAYS[nation], year, year).length).toBeGreaterThanOrEqual(8);
      }
    }
  });

  test.each(UK_NATIONS)('%s: dates in order, each once, each a weekday', (nation) => {
    const dates = UK_BANK_HOLIDAYS[nation];
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    const weekends = dates.filter((date) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()));
    expect(weekends).toEqual([]);
  });

  test.each(UK_NATIONS)('%s: 2020–2027 match GOV.UK\'s published bank holidays exactly', (nation) => {
    const published = govUk[nation].map((event) => event.date).sort();
    expect(published.length).toBeGreaterThan(60);
    expect(datesIn(UK_BANK_HOLIDAYS[nation], 2020, 2027)).toEqual(published);
  });

  test('one-off holidays are there in every nation: VE day 2020, the Platinum Jubilee and the Queen\'s funeral 2022, the coronation 2023', () => {
    for (const nation of UK_NATIONS) {
      const named = new Map(bankHolidaysOf(nation, 2020, 2023).map((holiday) => [holiday.date, holiday.name]));
      expect(named.get('2020-05-08')).toMatch(/VE day/);
      expect(named.get('2020-05-04')).toBeUndefined(); // the early May bank holiday moved to VE day
      expect(named.get('2022-06-02')).toMatch(/Spring bank holiday/); // moved from 30 May
      expect(named.get('2022-05-30')).toBeUndefined();
      expect(named.get('2022-06-03')).toMatch(/Jubilee/);
      expect(named.get('2022-09-19')).toMatch(/Funeral/);
      expect(named.get('2023-05-08')).toMatch(/Coronation/);
    }
  });

  test('substitute days: Christmas and Boxing Day 2027 on a weekend close the Monday and Tuesday; New Year 2022', () => {
    for (const nation of UK_NATIONS) {
      expect(UK_BANK_HOLIDAYS[nation]).toEqual(expect.arrayContaining(['2027-12-27', '2027-12-28', '2022-01-03']));
      expect(UK_BANK_HOLIDAYS[nation]).not.toContain('2027-12-25');
    }
    // Scotland's 1 and 2 January 2022 were a Saturday and Sunday: both move, to Monday and Tuesday.
    expect(UK_BANK_HOLIDAYS.scotland).toEqual(expect.arrayContaining(['2022-01-03', '2022-01-04']));
    expect(UK_BANK_HOLIDAYS['england-and-wales']).not.toContain('2022-01-04');
  });

  test('each nation\'s own days: Easter Monday not in Scotland, St Andrew\'s Day, St Patrick\'s Day, the Boyne, 2 January', () => {
    const england = UK_BANK_HOLIDAYS['england-and-wales'];
    const scotland = UK_BANK_HOLIDAYS.scotland;
    const northernIreland = UK_BANK_HOLIDAYS['northern-ireland'];
    expect(england).toContain('2026-04-06');
    expect(northernIreland).toContain('2026-04-06');
    expect(scotland).not.toContain('2026-04-06');
    expect(scotland).toEqual(expect.arrayContaining(['2026-01-02', '2026-11-30', '2025-12-01', '2026-08-03']));
    expect(england).not.toContain('2026-01-02');
    expect(scotland).not.toContain('2026-08-31');
    expect(england).toContain('2026-08-31');
    expect(northernIreland).toEqual(expect.arrayContaining(['2026-03-17', '2024-03-18', '2026-07-13', '2025-07-14']));
    expect(england).not.toContain('2026-03-17');
  });
});
