/**
 * Which code made an index snapshot. A snapshot whose version differs is rebuilt, never loaded:
 * its index may have been built by other rules (weights, stemming, fields) than today's.
 *
 * The value is a hash of the source of every module that builds the index, validates the dataset
 * or writes the snapshot (the imports of src/search/snapshot.ts, followed), and of the versions of
 * the packages they use. tests/search/snapshot-version.test.ts computes it and fails, printing
 * the new value, when this constant is out of date: after changing that code, paste the value
 * the test prints here.
 */
export const INDEX_CODE_VERSION = '2665cce7bb870fdd';
