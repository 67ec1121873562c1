/**
 * What other features may use of the account feature: the signed-in session, the roles and what they allow, and the
 * account widgets a collectivity page shows. Anything else in this folder is the feature's own.
 */
export { FollowCollectivity } from './components/FollowCollectivity';
export { RoleRequest } from './components/RoleRequest';
export { PendingRoleRequests } from './components/PendingRoleRequests';
export { useSession, type Me } from './hooks/useSession';
export { ROLE_LABELS } from './utils/labels';
export { NO_ABILITIES, abilitiesOn, deskAbilities, mayUseDesk, type Abilities } from './utils/roles';
