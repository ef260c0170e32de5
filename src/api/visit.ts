import type { ComplianceListPage, ComplianceView, HouseholdRef, MyHousehold, Pairing, VisitView } from '../domain/visit/visit-views'
import type { ComplianceList, HelperPairingPage } from '../domain/visit/visit-views'
import { send } from './transport'

/**
 * Helpers' home visits (the `visit` function). Filing a visit goes through the
 * outbox (see packages/visits/file/visit-draft.ts), not through a direct call.
 */
export const visitApi = {
  mine: () => send<{ year: number; households: MyHousehold[] }>({ fn: 'visit', action: 'mine' }),
  /** The latest 20 visits in the order they happened; `nextCursor` asks for the earlier ones. */
  list: (applicationId: string, cursor?: string) =>
    send<{ household: HouseholdRef; visits: VisitView[]; total: number; nextCursor: string | null }>({
      fn: 'visit',
      action: 'list',
      data: cursor ? { applicationId, cursor } : { applicationId },
    }),
  compliance: (year?: number) => send<ComplianceView>({ fn: 'visit', action: 'compliance', data: year ? { year } : {} }),
  /** The next page of one of the compliance lists, from the cursor the view (or the previous page) gave. */
  complianceList: (list: ComplianceList, cursor: string, year?: number) =>
    send<ComplianceListPage>({ fn: 'visit', action: 'complianceList', data: year ? { list, cursor, year } : { list, cursor } }),
  complianceHelpers: (cursor: string, year?: number) =>
    send<HelperPairingPage>({ fn: 'visit', action: 'complianceHelpers', data: year ? { cursor, year } : { cursor } }),
  pair: (data: { applicationId: string; helperId: string; secondHelperId?: string }, requestId: string) =>
    send<Pairing>({ fn: 'visit', action: 'pair', data, requestId }),
}
