// case: a NestJS service method builds an organization overview from imported helper functions
// category: imported-helpers
// why: fetchOrgMembers is a prisma findMany; the default-imported orgBilling reads the org row
//      and then retrieves the Stripe subscription (through a lazily created client): both only
//      read and take orgId alone. archiveStaleInvites is a $transaction that moves invites, awaited
//      for its effect, so it is not a member and stays after the group
import { Injectable, Logger } from '@nestjs/common';

import { fetchOrgMembers } from './_modules/x/org/members';
import orgBilling from './_modules/x/org/billing';
import { archiveStaleInvites } from './_modules/x/org/invites';

@Injectable()
export class OrgOverviewService {
  private readonly logger = new Logger(OrgOverviewService.name);

  async overview(orgId: string) {
    const members = /*@A*/ await fetchOrgMembers(orgId);
    const billing = /*@A*/ await orgBilling(orgId);
    this.logger.debug(`overview ${orgId}: ${members.length} members on ${billing.plan}`);

    await archiveStaleInvites(orgId);

    return {
      orgId,
      billing,
      members,
      admins: members.filter(member => member.role === 'admin').length,
    };
  }
}
