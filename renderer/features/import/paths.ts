/** Where the import review lives: under Incidents, which renders it. */
export const IMPORT_REVIEW_PATH = '/incidents/import';
