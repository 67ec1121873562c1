import { main } from './catalogue-import';

/** npm run import:sill -- <sill.json> — imports the SILL catalogue (see catalogue-import.ts). */
main('SILL');
