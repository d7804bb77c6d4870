export { readJson, listObjects, writeJson } from './gcs';
