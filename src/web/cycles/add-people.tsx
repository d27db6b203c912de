import { AddListForm } from '../stakeholders/add-list-form';
import { AddStakeholderForm } from '../stakeholders/add-stakeholder-form';
import { stakeholdersPath } from './cycle-data';
import { useCyclesText } from './cycles-text';

/**
 * Adding stakeholders without leaving the "ask for input" step: one at a time, or a pasted list.
 * The forms post to the stakeholders page's action; the cycle page reloads its list afterwards.
 */
export function AddPeople({ workspaceId }: { workspaceId: string }) {
  const t = useCyclesText();
  const action = stakeholdersPath(workspaceId);
  return (
    <div className="add-people">
      <AddStakeholderForm action={action} />
      <details className="disclosure">
        <summary className="disclosure-summary">{t('addPeople.pasteList')}</summary>
        <AddListForm action={action} />
      </details>
    </div>
  );
}
