import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n';
import { useInventoryEditing } from '../hooks/useInventoryEditing';
import { proposalRows, type Proposal } from '../utils/proposals';
import { AddItemForm } from './AddItemForm';
import { AdvanceStageForm } from './AdvanceStageForm';
import { EditItemForm, type EditedItem } from './EditItemForm';
import { FleetForm, type Declaration } from './FleetForm';
import { ProposedUpdates, type StageChange } from './ProposedUpdates';

/**
 * The inventory's forms, for those who may keep it: add a software, and for each item change it or record a later
 * stage; declare the whole fleet the shares are counted against; what a stage proposes for the pact actions then
 * shows above the forms, to confirm or dismiss.
 */
export function InventoryEditing({ items, fleet }: { items: readonly EditedItem[]; fleet: readonly Declaration[] }) {
  const { t, plural } = useI18n();
  const { abilities, commitment } = useInventoryEditing();
  const [change, setChange] = useState<StageChange | null>(null);
  const changes = useRef(0);
  if (!abilities.manageInventory) return null;
  const show = (itemName: string, stage: EditedItem['stage'], proposals: readonly Proposal[]) => {
    changes.current += 1;
    setChange({ id: changes.current, itemName, stage, rows: proposalRows(proposals, commitment?.actions ?? []) });
  };
  return (
    <div className="inventory-editing" data-testid="inventory-editing">
      <h3>{t('migration.editing.title')}</h3>
      {change && <ProposedUpdates key={change.id} change={change} onClose={() => setChange(null)} />}
      <Folded summary={t('migration.fleet.title')} testId="declare-fleet">
        <FleetForm fleet={fleet} />
      </Folded>
      <Folded summary={t('migration.add.title')} testId="add-inventory-item">
        <AddItemForm />
      </Folded>
      {items.map((item) => (
        <Folded
          key={item.id}
          summary={t('migration.edit.open', { product: item.productName })}
          testId={`edit-item-${item.id}`}
        >
          {item.proposedProgressUpdates.length > 0 && (
            <p>
              {plural('migration.proposals.pending', item.proposedProgressUpdates.length)}{' '}
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => show(item.productName, item.stage, item.proposedProgressUpdates)}
              >
                {t('migration.proposals.show')}
              </button>
            </p>
          )}
          <div className="action-editor-forms">
            <EditItemForm item={item} />
            <AdvanceStageForm
              // A new stage starts a new form: its choices are the stages after it.
              key={item.stage}
              item={item}
              onAdvanced={(advance) => show(advance.itemName, advance.stage, advance.proposals)}
            />
          </div>
        </Folded>
      ))}
    </div>
  );
}

/** A native disclosure whose content is mounted once opened (keyboard ready, light on the page). */
function Folded({ summary, testId, children }: { summary: string; testId: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="action-editor" data-testid={testId} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <div className="inventory-editor-body">{children}</div>}
    </details>
  );
}
