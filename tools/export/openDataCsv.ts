/** The members' open data as CSV: the same writer the member profiles' download button uses. */
export { openDataCsv } from '../../src/model/openDataCsv';
