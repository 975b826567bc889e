/**
 * Writes src/model/enquiries/ukBankHolidays.ts from date-holidays (see bankHolidaysModule.ts).
 *
 *   node --import tsx tools/holidays/writeBankHolidays.ts          # write
 *   node --import tsx tools/holidays/writeBankHolidays.ts --check  # exit 1 if the checked-in module is stale
 *
 * Each year: update date-holidays (npm, devDependency), raise LAST_YEAR in bankHolidaysModule.ts
 * if needed, run this, and commit the module (docs/enquiries.md § Bank holidays).
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { bankHolidaysModuleText } from './bankHolidaysModule';

export const BANK_HOLIDAYS_MODULE = join(__dirname, '..', '..', 'src', 'model', 'enquiries', 'ukBankHolidays.ts');

function main(check: boolean): number {
  const wanted = bankHolidaysModuleText();
  const current = existsSync(BANK_HOLIDAYS_MODULE) ? readFileSync(BANK_HOLIDAYS_MODULE, 'utf8') : undefined;
  if (current === wanted) {
    console.log('src/model/enquiries/ukBankHolidays.ts is up to date.');
    return 0;
  }
  if (check) {
    console.error('src/model/enquiries/ukBankHolidays.ts is stale: run node --import tsx tools/holidays/writeBankHolidays.ts');
    return 1;
  }
  writeFileSync(BANK_HOLIDAYS_MODULE, wanted);
  console.log('Wrote src/model/enquiries/ukBankHolidays.ts');
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.includes('--check'));
