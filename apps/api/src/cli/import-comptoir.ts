import { main } from './catalogue-import';

/** npm run import:comptoir -- <comptoir-du-libre_export_v1.json> — imports the Comptoir du Libre export. */
main('COMPTOIR');
