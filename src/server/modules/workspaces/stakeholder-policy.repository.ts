import type { Database } from '../../db/database';
import type { WorkspacesTable } from '../../db/schema';

type StoredPolicy = Required<Pick<WorkspacesTable, 'stakeholder_email_domains' | 'round_approval_required'>>;

export function createStakeholderPolicyRepository({ db }: { db: Database }) {
  return {
    async update(workspaceId: string, policy: StoredPolicy): Promise<void> {
      await db.updateTable('workspaces').set(policy).where('id', '=', workspaceId).execute();
    },
  };
}
