/** What other features may use of the migration feature: its section of a collectivity's page. */
export { MigrationSection } from './components/MigrationSection';
