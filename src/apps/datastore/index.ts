/** datastore: records in the host's data stores, written through the cycle's transaction. */
import { countRecords, existRecord, getRecord } from './read-records';
import { searchRecords } from './search-records';
import { addRecord, deleteAllRecords, deleteRecord, updateRecord } from './write-records';

export const datastoreModules = [
  addRecord,
  updateRecord,
  getRecord,
  existRecord,
  searchRecords,
  deleteRecord,
  deleteAllRecords,
  countRecords,
];
