/**
 * Declared commitments: the form on a collectivity's page (anyone signed in) and the desk's queue where a campaign
 * moderator accepts or refuses them.
 */
export { DeclareCommitment } from './components/DeclareCommitment';
export { DeclarationQueue } from './components/DeclarationQueue';
