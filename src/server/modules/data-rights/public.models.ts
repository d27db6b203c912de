// The data-rights module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { type ExportRow, toCsv } from './export-files.models';
